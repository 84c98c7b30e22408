import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Refunds and reconciliation")
struct RefundAndReconciliationTests {
    static let citizenA = "5VBK5VR"

    /// A signed-in official's browser (a fresh TOTP step each time).
    static func official(_ world: PaymentsWorld, _ fin: String, _ secret: [UInt8]) async throws -> TestBrowser {
        let browser = world.portal.browser()
        world.portal.clock.advance(by: 31)
        try await browser.signIn(fin, PaymentsWorld.password, code: world.portal.totp(secret))
        try await browser.get("/office/payments")
        return browser
    }

    @Test("refunds: an official asks, the same person cannot approve, another head does; the provider's callback refunds it")
    func twoPersonRefund() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            let handler = RecordingHandler(failing: false)
            world.app.payments.register(handler, forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            var secrets: [String: [UInt8]] = [:]
            for (fin, role, card) in [("2DVX3J9", OfficialRole.head, "AA3344556"), ("1DVX2H8", .head, "AA2233445"), ("3EN4K1A", .head, "AA4455667")] {
                secrets[fin] = TOTP.generateSecret()
                try await world.portal.account(fin, roles: [.init(agencyCode: fin == "3EN4K1A" ? "EN" : "DVX", role: role)], totpSecret: secrets[fin], idCard: card)
            }
            let (invoice, payment, _) = try await CallbackAndIdempotencyTests.paidThroughSimulator(world)

            let asker = try await Self.official(world, "2DVX3J9", secrets["2DVX3J9"]!)
            let found = try await asker.get("/office/payments/invoices?number=\(invoice.number)")
            #expect(found.body.string.contains("/office/payments/payments/\(payment.id!.uuidString)/refunds"))
            #expect(try await asker.post("/office/payments/payments/\(payment.id!.uuidString)/refunds", [("reason", "")]).status == .seeOther)
            #expect(try await RefundModel.query(on: world.app.db).count() == 0, "a reason is required")
            _ = try await asker.post("/office/payments/payments/\(payment.id!.uuidString)/refunds", [("reason", "Xidmət göstərilmədi")])
            let refund = try #require(try await RefundModel.query(on: world.app.db).first())
            #expect(refund.state == .requested)
            _ = try await asker.post("/office/payments/payments/\(payment.id!.uuidString)/refunds", [("reason", "again")])
            #expect(try await RefundModel.query(on: world.app.db).count() == 1, "one open refund per payment")

            // The asker holds the approval permission too, but not for their own request.
            try await asker.get("/office/payments/refunds")
            let own = try await asker.post("/office/payments/refunds/\(refund.id!.uuidString)/approve")
            #expect(own.headers.first(name: .location) == "/office/payments/refunds")
            #expect(try await RefundModel.find(refund.id!, on: world.app.db)?.state == .requested)
            // The schema refuses it as well.
            await expectSchemaRefuses(.constraint) {
                try await (world.app.db as! any SQLDatabase).raw(
                    "UPDATE payments_refunds SET decided_by = requested_by, state = 'approved' WHERE id = \(bind: refund.id!)").run()
            }
            // A head of another agency does not see it.
            let otherAgency = try await Self.official(world, "3EN4K1A", secrets["3EN4K1A"]!)
            try await otherAgency.get("/office/payments/refunds")
            #expect(try await otherAgency.post("/office/payments/refunds/\(refund.id!.uuidString)/approve").status == .notFound)

            let head = try await Self.official(world, "1DVX2H8", secrets["1DVX2H8"]!)
            try await head.get("/office/payments/refunds")
            let approved = try await head.post("/office/payments/refunds/\(refund.id!.uuidString)/approve")
            #expect(approved.status == .seeOther)
            try await world.eventually("the provider's refund callback is applied") {
                try await world.payment(payment.id!)?.status == .refunded
            }
            #expect(try await RefundModel.find(refund.id!, on: world.app.db)?.state == .completed)
            // The payer, and nobody else, is told the money came back.
            let refunds = try await world.portal.inboxRows(kind: "payment.refunded")
            #expect(refunds.map(\.recipient) == [payment.payerUserID] && refunds.first?.key == "payment.refunded:\(refund.id!)")
            #expect(try await world.invoiceModel(invoice.id)?.status == .refunded)
            #expect(try await RecordingHandler.state(world.app, invoice.subject.id) == "refunded", "the owning module was told")
        }
    }

    @Test("reconciliation names payments missing on either side, amounts and statuses that differ")
    func reconciliation() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            // A settlement file covers one UTC day: payments made on either side of midnight land in two files
            // (a CI run paid these at 23:59 and 00:00). Start far enough from midnight that all of them share a day.
            try await Self.awayFromMidnightUTC(seconds: 180)
            world.app.payments.register(RecordingHandler(failing: false), forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let (_, matched, _) = try await CallbackAndIdempotencyTests.paidThroughSimulator(world)
            let (_, altered, _) = try await CallbackAndIdempotencyTests.paidThroughSimulator(world)
            // A payment without the provider's id would crash the run below instead of failing this test.
            let matchedProviderID = try #require(matched.providerPaymentID)
            let alteredProviderID = try #require(altered.providerPaymentID)
            world.sim.overrideSettledAmount(paymentID: alteredProviderID, amount: altered.amount + 1)
            // A payment the portal thinks succeeded but the provider never settled (a callback the provider did not send).
            let ghostInvoice = try await world.invoice(fin: Self.citizenA, amount: 700)
            let citizen = try await world.citizen(Self.citizenA)
            _ = try await citizen.post("/payments/invoices/\(ghostInvoice.id.uuidString)/pay")
            let ghost = try #require(try await PaymentModel.query(on: world.app.db).filter(\.$invoiceID == ghostInvoice.id).first())
            let ghostProviderID = try #require(ghost.providerPaymentID)
            #expect(try await world.sendCallback(ProviderEvent(eventId: "evt_ghost", type: .succeeded, paymentId: ghostProviderID, orderId: ghost.id!.uuidString,
                                                               amount: 700, currency: "AZN", occurredAt: Date())).status == .ok)
            let day = LocalDate(Date(), in: TimeZone(secondsFromGMT: 0)!).iso
            var file = try await world.app.payments.provider.settlementReport(day: day)
            #expect(file.contains(matchedProviderID))
            file += "ps_unknown,\(UUID().uuidString),900,AZN,succeeded,\(day)T01:00:00Z\n"
            let lines = try Reconciliation.parse(file).get()
            let report = try await Reconciliation(app: world.app).report(day: day, lines: lines)
            let kinds = Dictionary(grouping: report.mismatches, by: \.kind)
            #expect(report.matched == 1)
            #expect(kinds[.amountDiffers]?.map(\.orderID) == [altered.id!.uuidString])
            #expect(kinds[.missingAtProvider]?.map(\.orderID) == [ghost.id!.uuidString])
            #expect(kinds[.missingInPortal]?.count == 1)
            // Status differs: the provider says refunded, the portal says succeeded.
            let refundedLine = Reconciliation.SettlementLine(providerPaymentID: matchedProviderID, orderID: matched.id!.uuidString,
                                                             amount: matched.amount, currency: "AZN", status: "refunded")
            let second = try await Reconciliation(app: world.app).report(day: day, lines: [refundedLine])
            #expect(second.mismatches.contains { $0.kind == .statusDiffers && $0.orderID == matched.id!.uuidString })
            let csv = Reconciliation.csv(report)
            #expect(csv.hasPrefix("kind,order_id,") && csv.contains("amount_differs,\(altered.id!.uuidString)"))
            #expect(try CSV.parse(csv).count == 1 + report.mismatches.count, "RFC 4180: one record per mismatch after the header")
        }
    }

    /// Sleeps past the next midnight (UTC) when fewer than `seconds` remain before it.
    static func awayFromMidnightUTC(seconds: Int) async throws {
        let now = Date().timeIntervalSince1970
        let toMidnight = 86_400 - now.truncatingRemainder(dividingBy: 86_400)
        if toMidnight < Double(seconds) { try await Task.sleep(for: .seconds(toMidnight + 1)) }
    }
}
