import Foundation
import Identity
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Payments' pages as the portal serves them (docs/views.md, "Snapshots"): the citizen's cabinet, invoice,
/// the step to the provider and the page back from it; the payments office (hub, fines, an invoice found
/// for a refund, refunds, reconciliation). References in __Snapshots__/PaymentsPageSnapshotTests/.
@Suite("Payments page snapshots")
struct PaymentsPageSnapshotTests {
    static let citizen = "5VBK5VR"
    static let password = "correct horse battery"

    /// The provider answering in process (the simulator signs with real time; snapshots need the fixed clock).
    struct Provider: PaymentProvider {
        let baseURL: String

        func createPayment(_ request: ProviderPaymentRequest) async throws -> ProviderPayment {
            ProviderPayment(id: "pay_" + request.orderId, orderId: request.orderId, status: "pending", amount: request.amount,
                            paymentUrl: baseURL + "/pay/" + request.orderId)
        }

        func refund(providerPaymentID: String, amount: Int64, reference: String) async throws -> ProviderRefund {
            ProviderRefund(id: "ref_" + reference, paymentId: providerPaymentID, status: "pending")
        }

        func settlementReport(day: String) async throws -> String { Reconciliation.header + "\n" }
    }

    /// The citizen, two heads of the State Tax Service (fines, refunds asked and decided) and the platform
    /// administrator (reconciliation), signed in.
    struct Cast {
        var citizen: TestBrowser
        var head: TestBrowser
        var secondHead: TestBrowser
        var admin: TestBrowser
    }

    static func cast(_ portal: PortalHarness) async throws -> Cast {
        portal.app.payments.provider = Provider(baseURL: portal.app.payments.config.providerBaseURL)
        try await portal.account(Self.citizen)
        let citizen = portal.browser()
        try await citizen.signIn(Self.citizen, Self.password)
        var officials: [TestBrowser] = []
        for (fin, card) in [("2DVX3J9", "AA3344556"), ("1DVX2H8", "AA2233445")] {
            let secret = TOTP.generateSecret()
            try await portal.account(fin, roles: [.init(agencyCode: "DVX", role: .head)], totpSecret: secret, idCard: card)
            officials.append(try await Self.official(portal, fin, secret))
        }
        let adminFIN = "4ASN5L2"
        try await portal.person(adminFIN, idCard: "AA5566778")
        _ = try await CreatePlatformAdmin(app: portal.app).run(fin: adminFIN, email: "admin@example.az", password: Self.password, names: nil)
        let secret = TOTP.generateSecret()
        try await (portal.app.db as! any SQLDatabase).raw("""
            UPDATE identity_users SET totp_enabled = \(bind: true), totp_secret = \(bind: try AuthorizationMatrixTests.seal(secret, portal))
            WHERE fin = \(bind: adminFIN)
            """).run()
        let admin = try await Self.official(portal, adminFIN, secret)
        return Cast(citizen: citizen, head: officials[0], secondHead: officials[1], admin: admin)
    }

    static func official(_ portal: PortalHarness, _ fin: String, _ secret: [UInt8]) async throws -> TestBrowser {
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, Self.password, code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }

    static func fineForm(_ protocolNumber: String, amount: String = "40,50", _ portal: PortalHarness) -> [(String, String)] {
        [("agency", "DVX"), ("fin", "5vbk 5vr"), ("amount", amount), ("offence", "Bəyannamə gecikdirilib"),
         ("offence_date", LocalDate(portal.clock.now()).adding(days: -2).iso), ("protocol_number", protocolNumber)]
    }

    /// Records a fine on the office's page; answers its invoice's id.
    static func recordFine(_ cast: Cast, _ protocolNumber: String, _ portal: PortalHarness) async throws -> String {
        try await cast.head.get("/office/payments/fines")
        let res = try await cast.head.post("/office/payments/fines", Self.fineForm(protocolNumber, portal))
        #expect(res.headers.first(name: .location) == "/office/payments/fines", "the fine is recorded: \(res.status)")
        let row = try #require(try await (portal.app.db as! any SQLDatabase).raw("""
            SELECT invoice_id FROM payments_fines WHERE protocol_number = \(bind: protocolNumber)
            """).first())
        return try row.decode(column: "invoice_id", as: UUID.self).uuidString
    }

    /// Presses Pay on the invoice page: the payment's id (the page that leads to the provider).
    static func pay(_ cast: Cast, invoice: String) async throws -> String {
        try await cast.citizen.get("/payments/invoices/\(invoice)")
        let res = try await cast.citizen.post("/payments/invoices/\(invoice)/pay")
        let location = try #require(res.headers.first(name: .location), "Pay: \(res.status)")
        #expect(location.hasPrefix("/payments/go/"))
        return String(location.dropFirst("/payments/go/".count))
    }

    /// The provider's signed message about a payment.
    static func callback(_ portal: PortalHarness, _ kind: ProviderEvent.Kind, payment: String, amount: Int64) async throws {
        let event = ProviderEvent(eventId: "evt_\(kind.rawValue)_\(payment)", type: kind, paymentId: "pay_" + payment, orderId: payment,
                                  amount: amount, currency: "AZN", occurredAt: portal.clock.now())
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let body = try encoder.encode(event)
        let timestamp = Int(portal.clock.now().timeIntervalSince1970)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: ProviderSignature.timestampHeader, value: String(timestamp))
        headers.replaceOrAdd(name: ProviderSignature.signatureHeader,
                             value: ProviderSignature(secret: portal.app.payments.config.secret).sign(body, timestamp: timestamp))
        let res = try await portal.browser().send(.POST, "/payments/provider/callback", headers: headers, body: ByteBuffer(data: body))
        #expect(res.status == .ok, "the provider's \(kind.rawValue): \(res.status) \(res.body.string)")
    }

    @Test("citizen: the cabinet (empty, owing, with history), an invoice (unpaid, paid), the step to the provider, the page back (waiting, paid, failed), the receipt (page, printable)")
    func citizenPages() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            try await assertPageSnapshot(cast.citizen, "/cabinet/payments", named: "cabinet-empty")
            let paid = try await Self.recordFine(cast, "DYP-1", portal)
            portal.clock.advance(by: 60)  // lists are newest first: a tie would order them differently on SQLite and PostgreSQL
            let failed = try await Self.recordFine(cast, "DYP-2", portal)
            try await assertPageSnapshot(cast.citizen, "/cabinet/payments", named: "cabinet-owing")
            try await assertPageSnapshot(cast.citizen, "/payments/invoices/\(paid)", named: "invoice-unpaid")
            let payment = try await Self.pay(cast, invoice: paid)
            try await assertPageSnapshot(cast.citizen, "/payments/go/\(payment)", named: "go")
            try await assertPageSnapshot(cast.citizen, "/payments/return/\(payment)", named: "return-waiting")
            try await Self.callback(portal, .succeeded, payment: payment, amount: 4050)
            try await assertPageSnapshot(cast.citizen, "/payments/return/\(payment)", named: "return-succeeded")
            try await assertPageSnapshot(cast.citizen, "/payments/invoices/\(paid)", named: "invoice-paid")
            try await assertPageSnapshot(cast.citizen, "/cabinet/payments/\(payment)/receipt", named: "receipt")
            try await assertPageSnapshot(cast.citizen, "/cabinet/payments/\(payment)/receipt?print=1", named: "receipt-printable")
            let declined = try await Self.pay(cast, invoice: failed)
            try await Self.callback(portal, .failed, payment: declined, amount: 4050)
            try await assertPageSnapshot(cast.citizen, "/payments/return/\(declined)", named: "return-failed")
            try await assertPageSnapshot(cast.citizen, "/payments/invoices/\(failed)", named: "invoice-after-failure")
            try await assertPageSnapshot(cast.citizen, "/cabinet/payments", named: "cabinet-history")
        }
    }

    @Test("office: the hub (head, administrator), fines (empty, errors, recorded), an invoice for a refund, refunds, reconciliation")
    func officePages() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            try await assertPageSnapshot(cast.head, "/office/payments", named: "hub-head")
            try await assertPageSnapshot(cast.admin, "/office/payments", named: "hub-admin")
            try await assertPageSnapshot(cast.head, "/office/payments/fines", named: "fines-empty")
            let refused = try await cast.head.post("/office/payments/fines",
                                                   Self.fineForm("", amount: "-3", portal).filter { $0.0 != "offence" } + [("offence", "")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "fines-errors")
            let invoice = try await Self.recordFine(cast, "DYP-1", portal)
            try await assertPageSnapshot(cast.head, "/office/payments/fines", named: "fines-recorded")
            let payment = try await Self.pay(cast, invoice: invoice)
            try await Self.callback(portal, .succeeded, payment: payment, amount: 4050)
            let number = try #require(try await (portal.app.db as! any SQLDatabase).raw("""
                SELECT number FROM payments_invoices WHERE id = \(bind: UUID(uuidString: invoice)!)
                """).first()).decode(column: "number", as: String.self)

            try await assertPageSnapshot(cast.head, "/office/payments/invoices", named: "invoice-lookup")
            try await assertPageSnapshot(cast.head, "/office/payments/invoices?number=\(number)", named: "invoice-found")
            try await assertPageSnapshot(cast.head, "/office/payments/invoices?number=INV-2026-999999", named: "invoice-not-found", status: .notFound)
            try await assertPageSnapshot(cast.head, "/office/payments/refunds", named: "refunds-none")
            let asked = try await cast.head.post("/office/payments/payments/\(payment)/refunds", [("reason", "İki dəfə ödənilib")])
            #expect(asked.headers.first(name: .location) == "/office/payments/refunds")
            try await assertPageSnapshot(cast.head, "/office/payments/refunds", named: "refunds-mine")
            try await assertPageSnapshot(cast.secondHead, "/office/payments/refunds", named: "refunds-to-decide")

            let day = LocalDate(portal.clock.now(), in: TimeZone(secondsFromGMT: 0)!).iso
            let page = "/office/payments/reconciliation?day=\(day)"
            try await assertPageSnapshot(cast.admin, page, named: "reconciliation-no-file")
            for (name, file) in [
                ("reconciliation-mismatches", Reconciliation.header + "\npay_\(payment),\(payment),4051,AZN,succeeded,\(day)T12:00:00Z\n"
                    + "pay_unknown,00000000-0000-0000-0000-000000000001,900,AZN,succeeded,\(day)T12:00:00Z\n"),
                ("reconciliation-all-match", Reconciliation.header + "\npay_\(payment),\(payment),4050,AZN,succeeded,\(day)T12:00:00Z\n"),
                ("reconciliation-bad-file", "order,amount\n1,2\n"),
            ] {
                portal.clock.advance(by: 60)
                let stored = try await cast.admin.upload("/office/payments/reconciliation", field: "file", filename: "settlement.csv",
                                                         contents: Data(file.utf8), contentType: "text/csv", [("day", day), ("action", "upload")])
                #expect(stored.headers.first(name: .location) == page, "\(name): \(stored.status)")
                try await assertPageSnapshot(cast.admin, page, named: name)
            }
        }
    }
}
