@testable import Applications
import Catalog
import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// A fee-paying e-service end to end over the real HTTP path: marriage registration (10 AZN). The
/// application waits for its fee and moves to "received" in the same transaction as the payment.
@Suite("Applications with a state fee")
struct ApplicationFeeTests {
    static let citizen = "5VBK5VR"

    @Test("submit → awaiting payment with an invoice of 10 AZN → pay at the provider → received, once, with the legal clock started")
    func marriageFee() async throws {
        try await PaymentsWorld.run { world in
            let portal = world.portal
            try await CatalogModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
            try await ApplicationsModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
            try await portal.account(Self.citizen, idCard: "AA1234567")
            try await portal.person("94FMDDD", idCard: "AZE12345678")
            let browser = try await world.citizen(Self.citizen)
            try await browser.get("/services/EN-0002/apply")
            var res = try await browser.post("/services/EN-0002/apply")
            let location = try #require(res.headers.first(name: .location))
            let id = String(location.split(separator: "/")[1])
            for (page, form) in [("applicant", [("phone", "0501234567"), ("email", "")]),
                                 ("spouse", [("spouse_fin", "94FMDDD"), ("spouse_phone", "0551234567")]),
                                 ("history", [("married_before", "no")])] {
                try await browser.get("/applications/\(id)/pages/\(page)")
                res = try await browser.post("/applications/\(id)/pages/\(page)", form)
                #expect(res.status == .seeOther, "\(page): \(res.status)")
            }
            try await browser.get("/applications/\(id)/pages/ceremony")
            let wished = LocalDate(portal.clock.now()).adding(days: 40).iso
            res = try await browser.upload("/applications/\(id)/pages/ceremony", field: "medical", filename: "arayis.pdf",
                                           contents: Data("%PDF-1.4 medical".utf8), contentType: "application/pdf",
                                           [("wished_date", wished), ("ceremony_unit", "AZ-QBA"), ("surname_choice", "keep")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check", "\(res.status) \(res.body.string.suffix(1500))")
            try await browser.get("/applications/\(id)/check")
            res = try await browser.post("/applications/\(id)/submit")
            #expect(res.status == .seeOther)

            var model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .awaitingPayment && model.receivedOn == nil, "the clock waits for the fee")
            let invoiceID = try #require(model.invoiceID)
            let invoice = try #require(try await Invoices.find(id: invoiceID, on: portal.app.db))
            #expect(invoice.amount.minorUnits == 1000 && invoice.subject == InvoiceSubject(type: "application", id: model.number!))
            #expect(invoice.returnPath == "/applications/\(id)")
            #expect(invoice.unitCode == "AZ-QBA" && invoice.unitCode == model.unitCode, "the fee belongs to the case's region (payments office scope)")
            #expect(try await browser.get("/applications/\(id)").body.string.contains("/payments/invoices/\(invoiceID.uuidString)"))

            let hosted = try await world.startPaying(browser, invoiceID)
            _ = try await world.decide(hosted, pay: true)
            try await world.eventually("the application is received") {
                try await CaseModel.find(UUID(uuidString: id), on: portal.app.db)?.status == .received
            }
            model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.receivedOn == LocalDate(portal.clock.now()).iso && model.dueOn != nil)
            #expect(try await world.invoiceModel(invoiceID)?.status == .paid)
            let events = try await CaseEventModel.query(on: portal.app.db).filter(\.$caseID == model.id!).sort(\.$seq).all()
            #expect(events.compactMap(\.toStatus?.rawValue) == ["submitted", "awaiting_payment", "received"], "moved on exactly once")
            // A redelivered success changes nothing.
            let payment = try #require(try await PaymentModel.query(on: portal.app.db).filter(\.$invoiceID == invoiceID).first())
            let again = ProviderEvent(eventId: "evt_again", type: .succeeded, paymentId: try #require(payment.providerPaymentID),
                                      orderId: payment.id!.uuidString, amount: 1000, currency: "AZN", occurredAt: portal.clock.now())
            _ = try await world.sendCallback(again)
            #expect(try await CaseEventModel.query(on: portal.app.db).filter(\.$caseID == model.id!).count() == events.count)
        }
    }
}
