import Foundation
@testable import Payments
import PortalHTTP
import Testing
import VaporTesting

/// The payment provider for the matrix: answers in process, as the simulator does over HTTP.
struct MatrixProvider: PaymentProvider {
    let baseURL: String

    func createPayment(_ request: ProviderPaymentRequest) async throws -> ProviderPayment {
        ProviderPayment(id: "pay_" + request.orderId, orderId: request.orderId, status: "pending", amount: request.amount,
                        paymentUrl: baseURL + "/pay/" + request.orderId)
    }

    func refund(providerPaymentID: String, amount: Int64, reference: String) async throws -> ProviderRefund {
        ProviderRefund(id: "ref_" + reference, paymentId: providerPaymentID, status: "succeeded")
    }

    func settlementReport(day: String) async throws -> String { "payment_id,order_id,amount,currency,status,settled_at\n" }
}

/// A's invoices and payments: the marriage fee (agency Y, region R), fines R's operator records against
/// A, attempts A starts on the invoice page, a payment the provider confirms, refunds R's operator asks for.
extension MatrixWorld {
    func installProvider() {
        app.payments.provider = MatrixProvider(baseURL: app.payments.config.providerBaseURL)
        // Creation limits are not what the matrix proves: A pays many fresh invoices within one minute.
        app.payments.config.creationsPerMinute = 10_000
    }

    /// The state fee of A's marriage registration (agency Y, region R).
    var feeInvoiceOfA: String {
        get async throws {
            try await shared("A's fee invoice") {
                let id = try await feeCaseOfA(fresh: false)
                return try await self.id("SELECT invoice_id FROM applications_cases WHERE id = \(bind: UUID(uuidString: id)!)", column: "invoice_id")
            }
        }
    }

    func invoiceNumber(_ id: String) async throws -> String {
        let row = try #require(try await sql.raw("SELECT number FROM payments_invoices WHERE id = \(bind: UUID(uuidString: id)!)").first())
        return try row.decode(column: "number", as: String.self)
    }

    /// A fine R's operator records against A on the office's fines page (its invoice id).
    func fineInvoiceOfA(fresh: Bool) async throws -> String {
        try await object("a fine of A", fresh: fresh) {
            let protocolNumber = "MTX-\(next())"
            let res = try await browser(.operatorR).post("/office/payments/fines", Self.fineForm(protocolNumber, today: LocalDate(portal.clock.now()).iso))
            #expect(res.headers.first(name: .location) == "/office/payments/fines", "R's operator records a fine: \(res.status) \(MatrixRunner.detail(res) ?? "")")
            return try await id("""
                SELECT i.id FROM payments_invoices i JOIN payments_fines f ON f.invoice_id = i.id WHERE f.protocol_number = \(bind: protocolNumber)
                """)
        }
    }

    static func fineForm(_ protocolNumber: String, today: String) -> [(String, String)] {
        [("agency", MatrixCast.agencyY), ("fin", MatrixCast.fins[.citizenA]!), ("amount", "25"), ("offence", "Notarial record late"),
         ("offence_date", today), ("protocol_number", protocolNumber)]
    }

    /// A payment attempt A starts with Pay on a fresh fine (the provider's page is open).
    func startedPaymentOfA(fresh: Bool) async throws -> String {
        try await object("A's started payment", fresh: fresh) {
            let invoice = try await fineInvoiceOfA(fresh: true)
            let res = try await browser(.citizenA).post("/payments/invoices/\(invoice)/pay")
            let location = try #require(res.headers.first(name: .location), "A pays: \(res.status)")
            #expect(location.hasPrefix("/payments/go/"), "A pays: \(location)")
            return String(location.dropFirst("/payments/go/".count))
        }
    }

    /// The provider's signed message about a payment.
    func signedEvent(_ kind: ProviderEvent.Kind, payment: String, eventID: String) async throws -> Call {
        let amount = try #require(try await sql.raw("SELECT amount FROM payments_payments WHERE id = \(bind: UUID(uuidString: payment)!)").first())
            .decode(column: "amount", as: Int64.self)
        let event = ProviderEvent(eventId: eventID, type: kind, paymentId: "pay_" + payment, orderId: payment, amount: amount, currency: "AZN",
                                  occurredAt: portal.clock.now())
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let body = try encoder.encode(event)
        let timestamp = Int(portal.clock.now().timeIntervalSince1970)
        let signature = ProviderSignature(secret: app.payments.config.secret).sign(body, timestamp: timestamp)
        return Call("/payments/provider/callback", json: String(decoding: body, as: UTF8.self),
                    headers: [(ProviderSignature.timestampHeader, String(timestamp)), (ProviderSignature.signatureHeader, signature)])
    }

    /// A payment the provider confirmed (a fine of A, paid).
    func paidPaymentOfA(fresh: Bool) async throws -> String {
        try await object("A's paid payment", fresh: fresh) {
            let payment = try await startedPaymentOfA(fresh: true)
            let call = try await signedEvent(.succeeded, payment: payment, eventID: "evt_paid_\(payment)")
            var headers = HTTPHeaders(call.headers)
            headers.contentType = .json
            let res = try await portal.browser().send(.POST, call.path, headers: headers, body: ByteBuffer(string: call.json!))
            #expect(res.status == .ok, "the provider confirms \(payment): \(res.status) \(res.body.string)")
            return payment
        }
    }

    /// A refund of A's paid fine, asked for by R's operator (R's head decides it).
    func refundOfA(fresh: Bool) async throws -> String {
        try await object("a refund to A", fresh: fresh) {
            let payment = try await paidPaymentOfA(fresh: true)
            let res = try await browser(.operatorR).post("/office/payments/payments/\(payment)/refunds", [("reason", "Recorded twice.")])
            #expect(res.headers.first(name: .location) == "/office/payments/refunds", "R's operator asks for a refund: \(res.status)")
            return try await id("SELECT r.id FROM payments_refunds r JOIN payments_payments p ON p.invoice_id = r.invoice_id WHERE p.id = \(bind: UUID(uuidString: payment)!)")
        }
    }
}
