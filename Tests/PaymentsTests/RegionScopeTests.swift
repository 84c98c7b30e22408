import Foundation
import Identity
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Region-scoped officials in the payments office see and act on their region's fines, invoices,
/// payments and refunds only, as in the case queue.
@Suite("Payments office regions")
struct RegionScopeTests {
    static let password = "correct horse battery"
    static let residentR = "5VBK5VR", residentS = "7HK2M3P"
    static let operatorR = "4ASN5L2", headR = "3EN4K1A", operatorAll = "2DVX3J9"

    struct World {
        let portal: PortalHarness
        let secrets: [String: [UInt8]]

        var sql: any SQLDatabase { portal.app.db as! any SQLDatabase }

        func official(_ fin: String) async throws -> TestBrowser {
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            try await browser.signIn(fin, RegionScopeTests.password, code: portal.totp(secrets[fin]!))
            try await browser.get("/office/payments")
            return browser
        }

        func recordFine(_ browser: TestBrowser, fin: String, protocolNumber: String) async throws -> TestingHTTPResponse {
            try await browser.get("/office/payments/fines")
            return try await browser.post("/office/payments/fines", [
                ("agency", "DIN"), ("fin", fin), ("amount", "40"), ("offence", "Sürət həddinin aşılması"),
                ("offence_date", LocalDate(portal.clock.now()).adding(days: -1).iso), ("protocol_number", protocolNumber)])
        }

        func invoice(ofFine protocolNumber: String) async throws -> InvoiceModel {
            let fine = try #require(try await FineModel.query(on: portal.app.db).filter(\.$protocolNumber == protocolNumber).first())
            return try #require(try await InvoiceModel.find(fine.invoiceID, on: portal.app.db))
        }

        /// A succeeded payment of the invoice (recorded directly: no provider in this test).
        func succeededPayment(_ invoice: InvoiceModel) async throws -> UUID {
            let user = try await sql.raw("SELECT id FROM identity_users WHERE fin = \(bind: invoice.payerFIN)").first()!.decode(column: "id", as: UUID.self)
            let id = UUID()
            let now = portal.clock.now()
            try await sql.raw("""
                INSERT INTO payments_payments (id, invoice_id, payer_user_id, amount, currency, status, provider_payment_id, created_at, expires_at, finished_at)
                VALUES (\(bind: id), \(bind: invoice.id!), \(bind: user), \(bind: invoice.amount), 'AZN', 'succeeded', \(bind: "ps_" + id.uuidString),
                        \(bind: now), \(bind: now.addingTimeInterval(5400)), \(bind: now))
                """).run()
            return id
        }
    }

    static func world(_ portal: PortalHarness) async throws -> World {
        try await portal.person(residentR, first: "Aysel", last: "Məmmədova", idCard: "AA1234567", unit: "AZ-QBA")
        try await portal.person(residentS, first: "Nigar", last: "Hüseynova", idCard: "AA2345678", unit: "AZ-MAS")
        try await portal.account(residentR)
        try await portal.account(residentS)
        var secrets: [String: [UInt8]] = [:]
        for (fin, card, role) in [(operatorR, "AA5566778", ProvisionAccount.Role(agencyCode: "DIN", role: .operator_, unitCode: "AZ-QBA")),
                                  (headR, "AA4455667", .init(agencyCode: "DIN", role: .head, unitCode: "AZ-QBA")),
                                  (operatorAll, "AA3344556", .init(agencyCode: "DIN", role: .operator_))] {
            secrets[fin] = TOTP.generateSecret()
            try await portal.account(fin, roles: [role], totpSecret: secrets[fin], idCard: card)
        }
        return World(portal: portal, secrets: secrets)
    }

    @Test("an official scoped to region R lists, opens and asks refunds for R's fines and invoices only; S's answer 404")
    func regionScope() async throws {
        try await withPortal { portal in
            let world = try await Self.world(portal)
            let everywhere = try await world.official(Self.operatorAll)
            #expect(try await world.recordFine(everywhere, fin: Self.residentR, protocolNumber: "DYP-R1").status == .seeOther)
            #expect(try await world.recordFine(everywhere, fin: Self.residentS, protocolNumber: "DYP-S1").status == .seeOther)
            let invoiceR = try await world.invoice(ofFine: "DYP-R1"), invoiceS = try await world.invoice(ofFine: "DYP-S1")
            #expect(invoiceR.unitCode == "AZ-QBA" && invoiceS.unitCode == "AZ-MAS", "an invoice belongs to the payer's registered district")
            // Each offender, and nobody else, is told of their own new fine.
            let contacts = try await portal.app.portal.accountContacts!.contacts(ofFINs: [Self.residentR, Self.residentS], on: portal.app.db)
            let fines = try await portal.inboxRows(kind: "payment.fine_issued")
            #expect(Set(fines.map(\.recipient)) == [contacts[Self.residentR]!.userID, contacts[Self.residentS]!.userID] && fines.count == 2)
            let fineR = try #require(try await FineModel.query(on: portal.app.db).filter(\.$protocolNumber == "DYP-R1").first())
            #expect(fines.contains { $0.recipient == contacts[Self.residentR]!.userID && $0.key == "payment.fine_issued:\(fineR.id!)" })

            let official = try await world.official(Self.operatorR)
            // List.
            var page = try await official.get("/office/payments/fines").body.string
            #expect(page.contains("DYP-R1") && !page.contains("DYP-S1"))
            // Recording: only for residents of the region, whose fine the official then sees.
            var res = try await world.recordFine(official, fin: Self.residentS, protocolNumber: "DYP-S2")
            #expect(res.status == .unprocessableEntity && res.body.string.contains("href=\"#fin\""))
            #expect(try await FineModel.query(on: portal.app.db).filter(\.$protocolNumber == "DYP-S2").first() == nil)
            #expect(try await world.recordFine(official, fin: Self.residentR, protocolNumber: "DYP-R2").status == .seeOther)
            #expect(try await world.invoice(ofFine: "DYP-R2").unitCode == "AZ-QBA")
            // Detail.
            res = try await official.get("/office/payments/invoices?number=\(invoiceR.number)")
            #expect(res.status == .ok && res.body.string.contains(Self.residentR))
            res = try await official.get("/office/payments/invoices?number=\(invoiceS.number)")
            #expect(res.status == .notFound && !res.body.string.contains(Self.residentS))
            let reads = try await world.sql.raw("SELECT count(*) AS n FROM audit_events WHERE action = 'payments.invoice.read' AND subject_fin = \(bind: Self.residentS)")
                .first()!.decode(column: "n", as: Int.self)
            #expect(reads == 0, "nothing of S was read")
            // Refund request.
            let paymentR = try await world.succeededPayment(invoiceR), paymentS = try await world.succeededPayment(invoiceS)
            try await official.get("/office/payments/invoices?number=\(invoiceR.number)")
            res = try await official.post("/office/payments/payments/\(paymentS.uuidString)/refunds", [("reason", "Səhv protokol")])
            #expect(res.status == .notFound)
            res = try await official.post("/office/payments/payments/\(paymentR.uuidString)/refunds", [("reason", "Səhv protokol")])
            #expect(res.status == .seeOther && res.headers.first(name: .location) == "/office/payments/refunds")
            try await everywhere.get("/office/payments/invoices?number=\(invoiceS.number)")
            #expect(try await everywhere.post("/office/payments/payments/\(paymentS.uuidString)/refunds", [("reason", "Səhv protokol")]).status == .seeOther)
            let refundR = try #require(try await RefundModel.query(on: portal.app.db).filter(\.$paymentID == paymentR).first())
            let refundS = try #require(try await RefundModel.query(on: portal.app.db).filter(\.$paymentID == paymentS).first())

            page = try await official.get("/office/payments/refunds").body.string
            #expect(page.contains(invoiceR.number) && !page.contains(invoiceS.number))
            let everyRefund = try await everywhere.get("/office/payments/refunds").body.string
            #expect(everyRefund.contains(invoiceR.number) && everyRefund.contains(invoiceS.number), "an agency-wide official sees both regions")

            // The region's head decides R's refund, not S's.
            let head = try await world.official(Self.headR)
            page = try await head.get("/office/payments/refunds").body.string
            #expect(page.contains("/office/payments/refunds/\(refundR.id!.uuidString)/approve") && !page.contains(refundS.id!.uuidString))
            #expect(try await head.post("/office/payments/refunds/\(refundS.id!.uuidString)/approve").status == .notFound)
            #expect(try await RefundModel.find(refundS.id!, on: portal.app.db)?.state == .requested)
            #expect(try await head.post("/office/payments/refunds/\(refundR.id!.uuidString)/reject").status == .seeOther)
            #expect(try await RefundModel.find(refundR.id!, on: portal.app.db)?.state == .rejected)
        }
    }

    @Test("the migration fills the region of existing invoices and fines from the payer's registered district")
    func backfill() async throws {
        try await withPortal { portal in
            let world = try await Self.world(portal)
            let everywhere = try await world.official(Self.operatorAll)
            #expect(try await world.recordFine(everywhere, fin: Self.residentS, protocolNumber: "DYP-S1").status == .seeOther)
            let state = try await Invoices.create(InvoiceDraft(
                payer: InvoicePayer(fin: Self.residentR), amount: 1000, purpose: .stateFee, subject: InvoiceSubject(type: "application", id: "OW-1"),
                description: .text(LocalizedText(az: "Rüsum")), agencyCode: "DIN", returnPath: "/cabinet"), on: portal.app.db, services: portal.app)
            try await world.sql.raw("UPDATE payments_fines SET unit_code = NULL").run()
            try await world.sql.raw("UPDATE payments_invoices SET unit_code = NULL").run()
            try await AddPaymentRegions.backfill(on: portal.app.db)
            #expect(try await world.invoice(ofFine: "DYP-S1").unitCode == "AZ-MAS")
            #expect(try await FineModel.query(on: portal.app.db).first()?.unitCode == "AZ-MAS")
            #expect(try await InvoiceModel.find(state.id, on: portal.app.db)?.unitCode == "AZ-QBA")
        }
    }
}
