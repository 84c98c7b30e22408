import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Paying through the real HTTP path: portal on loopback, simulator on loopback, signed callbacks.
@Suite("Payments through the simulator")
struct PaymentFlowTests {
    static let citizenA = "5VBK5VR"
    static let citizenB = "94FMDDD"

    static func paymentID(fromLocation location: String?) -> UUID? {
        location.flatMap { $0.split(separator: "/").last.map(String.init) }.flatMap(UUID.init(uuidString:))
    }

    @Test("an official records a fine; the citizen sees it, pays on the hosted page, comes back and sees it paid")
    func fineEndToEnd() async throws {
        try await PaymentsWorld.run { world in
            let portal = world.portal
            try await portal.account(Self.citizenA)
            let secret = TOTP.generateSecret()
            try await portal.account("4ASN5L2", roles: [.init(agencyCode: "DIN", role: .operator_)], totpSecret: secret, idCard: "AA5566778")
            let official = portal.browser()
            portal.clock.advance(by: 31)
            try await official.signIn("4ASN5L2", PaymentsWorld.password, code: portal.totp(secret))
            try await official.get("/office/payments/fines")
            let form: [(String, String)] = [("agency", "DIN"), ("fin", "5vbk 5vr"), ("amount", "40,50"), ("offence", "Sürət həddinin aşılması"),
                                            ("offence_date", LocalDate(portal.clock.now()).adding(days: -2).iso), ("protocol_number", "DYP-1")]
            var res = try await official.post("/office/payments/fines", form.filter { $0.0 != "amount" } + [("amount", "-3")])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("href=\"#amount\""), "a bad amount is named")
            res = try await official.post("/office/payments/fines", form)
            #expect(res.status == .seeOther)
            res = try await official.post("/office/payments/fines", form)
            #expect(res.status == .unprocessableEntity, "the same record number twice is refused")

            let citizen = try await world.citizen(Self.citizenA)
            var page = try await citizen.get("/cabinet/payments")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("DYP-1") && page.body.string.contains("40,50 ₼"), "the fine and its amount in qəpik, formatted")
            let invoice = try #require(try await FineModel.query(on: world.app.db).first()?.invoiceID)
            page = try await citizen.get("/payments/invoices/\(invoice.uuidString)")
            #expect(page.body.string.contains("id=\"pay\""))
            let hosted = try await world.startPaying(citizen, invoice)
            #expect(hosted.hasPrefix(world.sim.baseURL + "/pay/"), "sent on to the provider's hosted page")
            // Pressing Pay again in another tab reuses the attempt in progress.
            #expect(try await world.startPaying(citizen, invoice) == hosted)

            let back = try await world.decide(hosted, pay: true)
            let paymentID = try #require(Self.paymentID(fromLocation: back))
            #expect(back == "https://portal.test/payments/return/\(paymentID.uuidString)")
            try await world.eventually("the invoice is paid") { try await world.invoiceModel(invoice)?.status == .paid }
            #expect(try await FineModel.query(on: world.app.db).first()?.status == .paid, "the fine is paid in the same transaction")
            #expect(try await world.payment(paymentID)?.status == .succeeded)
            let returned = try await citizen.get("/payments/return/\(paymentID.uuidString)")
            #expect(returned.status == .ok && returned.body.string.contains("href=\"/cabinet/payments\" id=\"continue\""))
            #expect(returned.body.string.contains(portal.app.portal.localizer.text("payments.payment.status.succeeded", .az)))
            page = try await citizen.get("/cabinet/payments")
            #expect(page.body.string.contains(portal.app.portal.localizer.text("payments.fine.status.paid", .az)))
            #expect(try await PaymentModel.query(on: world.app.db).count() == 1, "one attempt, reused")
        }
    }

    @Test("a declined payment leaves the invoice unpaid; a new attempt then succeeds")
    func declineThenPay() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            world.app.payments.register(RecordingHandler(failing: false), forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let invoice = try await world.invoice(fin: Self.citizenA)
            let citizen = try await world.citizen(Self.citizenA)
            let first = try await world.startPaying(citizen, invoice.id)
            let firstID = try #require(Self.paymentID(fromLocation: try await world.decide(first, pay: false)))
            try await world.eventually("the attempt failed") { try await world.payment(firstID)?.status == .failed }
            #expect(try await world.invoiceModel(invoice.id)?.status == .unpaid)
            let second = try await world.startPaying(citizen, invoice.id)
            #expect(second != first, "a new attempt after a failed one")
            let secondID = try #require(Self.paymentID(fromLocation: try await world.decide(second)))
            try await world.eventually("the invoice is paid") { try await world.invoiceModel(invoice.id)?.status == .paid }
            #expect(try await world.invoiceModel(invoice.id)?.paidPaymentID == secondID)
            #expect(try await RecordingHandler.state(world.app, invoice.subject.id) == "paid")
        }
    }

    @Test("the settlement handler runs in the payment's transaction: when it throws nothing is paid, and the provider's retry pays it")
    func settlementInTheSameTransaction() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            let handler = RecordingHandler(failing: true)
            world.app.payments.register(handler, forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let invoice = try await world.invoice(fin: Self.citizenA, amount: 2500)
            let citizen = try await world.citizen(Self.citizenA)
            let paymentID = try #require(Self.paymentID(fromLocation: try await world.decide(try await world.startPaying(citizen, invoice.id))))
            try await world.eventually("the provider retried at least three times") {
                (world.sim.deliveredEvents.first?.attempts ?? 0) >= 3
            }
            #expect(try await world.payment(paymentID)?.status == .started, "the payment is not marked succeeded")
            #expect(try await world.invoiceModel(invoice.id)?.status == .unpaid, "the invoice is not paid")
            #expect(try await RecordingHandler.state(world.app, invoice.subject.id) == nil, "the handler's own write was rolled back")
            #expect(try await ProviderEventModel.query(on: world.app.db).count() == 0, "the event is not marked processed")
            #expect(handler.sawPaymentStatus.allSatisfy { $0 == "succeeded" } && !handler.sawPaymentStatus.isEmpty,
                    "inside the transaction the handler saw the payment succeeded")

            handler.setFailing(false)
            try await world.eventually("a retry is applied") { try await world.invoiceModel(invoice.id)?.status == .paid }
            #expect(try await RecordingHandler.state(world.app, invoice.subject.id) == "paid")
            #expect(try await world.payment(paymentID)?.status == .succeeded)
            #expect(handler.paidSubjects == [invoice.subject.id], "settled once")
        }
    }

    @Test("an invoice created in the caller's transaction rolls back with it")
    func invoiceInCallersTransaction() async throws {
        try await PaymentsWorld.run { world in
            try await RecordingHandler.createTable(world.app)
            struct CaseRejected: Error {}
            let app = world.app
            await #expect(throws: CaseRejected.self) {
                try await app.db.writeTransaction { db in
                    try await (db as! any SQLDatabase).raw("INSERT INTO test_applications (id, state) VALUES ('OW-1', 'awaiting_payment')").run()
                    _ = try await Invoices.create(InvoiceDraft(
                        payer: InvoicePayer(fin: "5VBK5VR"), amount: 1000, purpose: .stateFee, subject: InvoiceSubject(type: "application", id: "OW-1"),
                        description: .key("payments.fine.description", arguments: ["1", "x"]), agencyCode: "DVX", returnPath: "/cabinet"),
                        on: db, services: app)
                    throw CaseRejected()
                }
            }
            #expect(try await InvoiceModel.query(on: app.db).count() == 0)
            #expect(try await RecordingHandler.state(app, "OW-1") == nil)

            let info = try await app.db.writeTransaction { db in
                try await (db as! any SQLDatabase).raw("INSERT INTO test_applications (id, state) VALUES ('OW-1', 'awaiting_payment')").run()
                return try await Invoices.create(InvoiceDraft(
                    payer: InvoicePayer(fin: "5VBK5VR"), amount: 1000, purpose: .stateFee, subject: InvoiceSubject(type: "application", id: "OW-1"),
                    description: .text(LocalizedText(az: "Rüsum")), agencyCode: "DVX", returnPath: "/cabinet/applications/OW-1"), on: db, services: app)
            }
            #expect(info.number.range(of: #"^INV-\d{4}-000001$"#, options: .regularExpression) != nil, "numbers start at 1 (the rolled-back one gave its number back)")
            #expect(info.status == .unpaid && info.amount == Money(minorUnits: 1000) && info.agencyCode == "DVX")
        }
    }

    @Test("the contract refuses bad drafts and is idempotent per subject")
    func invoiceContract() async throws {
        try await PaymentsWorld.run { world in
            let app = world.app
            func draft(_ change: (inout InvoiceDraft) -> Void) -> InvoiceDraft {
                var d = InvoiceDraft(payer: InvoicePayer(fin: "5VBK5VR"), amount: 500, purpose: .stateFee, subject: InvoiceSubject(type: "application", id: "A1"),
                                     description: .text(LocalizedText(az: "Rüsum")), agencyCode: "DVX", returnPath: "/cabinet/applications/A1")
                change(&d)
                return d
            }
            await #expect(throws: InvoiceError.amountNotPositive) { try await Invoices.create(draft { $0.amount = 0 }, on: app.db, services: app) }
            await #expect(throws: InvoiceError.invalidPayerFIN) { try await Invoices.create(draft { $0.payer.fin = "IO12345" }, on: app.db, services: app) }
            await #expect(throws: InvoiceError.invalidPayerVOEN) { try await Invoices.create(draft { $0.payer.voen = "1400057424" }, on: app.db, services: app) }
            await #expect(throws: InvoiceError.unknownAgency("NOPE")) { try await Invoices.create(draft { $0.agencyCode = "NOPE" }, on: app.db, services: app) }
            await #expect(throws: InvoiceError.returnPathNotLocal) { try await Invoices.create(draft { $0.returnPath = "//evil.example/" }, on: app.db, services: app) }
            await #expect(throws: InvoiceError.returnPathNotLocal) { try await Invoices.create(draft { $0.returnPath = "https://evil.example/" }, on: app.db, services: app) }
            // Browsers drop tabs and line breaks and read `\` as `/` in a Location; encoded forms count too.
            for path in ["/\t/evil.example/", "/\\evil.example/", "/%2F%2Fevil.example/", "/%5Cevil.example", "/cabinet%0d%0aSet-Cookie:x=y", "/a/%252F%252Fevil"] {
                await #expect(throws: InvoiceError.returnPathNotLocal, "\(path)") { try await Invoices.create(draft { $0.returnPath = path }, on: app.db, services: app) }
            }
            let first = try await Invoices.create(draft { _ in }, on: app.db, services: app)
            let again = try await Invoices.create(draft { _ in }, on: app.db, services: app)
            #expect(first.id == again.id, "the same subject and terms: the same invoice")
            await #expect(throws: InvoiceError.subjectAlreadyInvoiced(existing: first.id)) {
                try await Invoices.create(draft { $0.amount = 700 }, on: app.db, services: app)
            }
            let second = try await Invoices.create(draft { $0.subject.id = "A2" }, on: app.db, services: app)
            #expect(second.number.hasSuffix("-000002"))
            #expect(try await Invoices.find(subject: InvoiceSubject(type: "application", id: "A2"), on: app.db)?.id == second.id)
            // The schema holds the rule too.
            await expectSchemaRefuses(.constraint) {
                try await (app.db as! any SQLDatabase).raw("UPDATE payments_invoices SET amount = 0 WHERE id = \(bind: first.id)").run()
            }
        }
    }

    @Test("a payment not finished in 90 minutes expires; a late success is still recorded")
    func expiry() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            world.app.payments.register(RecordingHandler(failing: false), forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let invoice = try await world.invoice(fin: Self.citizenA)
            let citizen = try await world.citizen(Self.citizenA)
            _ = try await citizen.post("/payments/invoices/\(invoice.id.uuidString)/pay")
            let payment = try #require(try await PaymentModel.query(on: world.app.db).first())
            #expect(payment.status == .started)
            world.portal.clock.advance(by: 89 * 60)
            #expect(try await ExpirePayments(app: world.app).run() == 0)
            world.portal.clock.advance(by: 2 * 60)
            #expect(try await ExpirePayments(app: world.app).run() == 1)
            #expect(try await world.payment(payment.id!)?.status == .expired)
            let late = ProviderEvent(eventId: "evt_late", type: .succeeded, paymentId: try #require(payment.providerPaymentID), orderId: payment.id!.uuidString,
                                     amount: payment.amount, currency: "AZN", occurredAt: world.portal.clock.now())
            let res = try await world.sendCallback(late)
            #expect(res.status == .ok)
            #expect(try await world.invoiceModel(invoice.id)?.status == .paid)
        }
    }
}
