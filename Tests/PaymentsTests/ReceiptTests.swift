import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The receipt of a successful payment: opened by the payer from the invoice page, amount in the page's
/// language, a printable copy; nobody else's, and no receipt for an attempt that did not go through.
@Suite("Payments: receipts")
struct ReceiptTests {
    static let citizenA = "5VBK5VR"
    static let citizenB = "94FMDDD"

    @Test("the payer opens the receipt after paying (audited); another citizen, a failed attempt and a visitor get none")
    func receipt() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            try await world.portal.account(Self.citizenB)
            world.app.payments.register(RecordingHandler(failing: false), forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let invoice = try await world.invoice(fin: Self.citizenA, amount: 12_345)
            let citizen = try await world.citizen(Self.citizenA)
            // A declined attempt first: it has no receipt.
            let declined = try #require(PaymentFlowTests.paymentID(fromLocation: try await world.decide(try await world.startPaying(citizen, invoice.id), pay: false)))
            try await world.eventually("the attempt failed") { try await world.payment(declined)?.status == .failed }
            #expect(try await citizen.get("/cabinet/payments/\(declined.uuidString)/receipt").status == .notFound)
            #expect(!(try await citizen.get("/payments/invoices/\(invoice.id.uuidString)").body.string.contains("/receipt")))

            let paid = try #require(PaymentFlowTests.paymentID(fromLocation: try await world.decide(try await world.startPaying(citizen, invoice.id))))
            try await world.eventually("the invoice is paid") { try await world.invoiceModel(invoice.id)?.status == .paid }
            let link = "/cabinet/payments/\(paid.uuidString)/receipt"
            #expect(try await citizen.get("/payments/invoices/\(invoice.id.uuidString)").body.string.contains("href=\"\(link)\" id=\"open-receipt\""))
            #expect(try await citizen.get("/cabinet/payments").body.string.contains("href=\"\(link)\""))

            let page = try await citizen.get(link)
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .cacheControl) == "no-store")
            let html = page.body.string
            let reference = try #require(try await world.payment(paid)?.providerPaymentID)
            #expect(html.contains(invoice.number) && html.contains(reference) && html.contains(Self.citizenA))
            #expect(html.contains(Money(minorUnits: 12_345).formatted(.az)), "the amount as Money formats it in Azerbaijani")
            #expect(html.contains("href=\"\(link)?print=1\" id=\"print-receipt\""))
            #expect(try await citizen.post("/language", [("lang", "en"), ("returnTo", link)]).status == .seeOther)
            let english = try await citizen.get(link).body.string
            #expect(english.contains(Money(minorUnits: 12_345).formatted(.en)))
            let printable = try await citizen.get(link + "?print=1")
            #expect(printable.status == .ok && printable.body.string.contains(reference) && !printable.body.string.contains("site-header"))

            // Reading it is in the payer's data-access log.
            let reads = try await world.app.portal.audit.dataAccess(for: FIN(uncheckedValue: Self.citizenA), limit: 20, on: world.app.db)
            #expect(reads.contains { $0.action == "payments.receipt.read" && $0.purpose == "payments.receipt" })

            // B has invoices of their own but cannot open A's receipt (nor its printable copy); a visitor neither.
            _ = try await world.invoice(fin: Self.citizenB)
            let other = try await world.citizen(Self.citizenB)
            for path in [link, link + "?print=1"] {
                let refused = try await other.get(path)
                #expect(refused.status == .notFound && !refused.body.string.contains(reference))
            }
            #expect(try await other.get("/cabinet/payments/\(UUID().uuidString)/receipt").status == .notFound)
            let visitor = try await world.portal.browser().get(link)
            #expect(visitor.status != .ok && !visitor.body.string.contains(reference))
        }
    }

    @Test("who may open a receipt: the payer, or a representative of the company a company invoice is addressed to")
    func mayOpen() {
        let payer = UUID()
        func principal(_ id: UUID, companies: [String] = []) -> Principal {
            Principal(userID: id, fin: FIN(uncheckedValue: "5VBK5VR"), firstName: "A", lastName: "B", roles: [], channel: .session(hash: "t"),
                      secondFactorVerified: false, totpEnabled: false,
                      companies: companies.map { CompanyContext(id: UUID(), voen: $0, name: "MMC", role: "director") })
        }
        #expect(OpenPaymentReceipt.mayOpen(payerUserID: payer, companyVOEN: nil, principal(payer)))
        #expect(!OpenPaymentReceipt.mayOpen(payerUserID: payer, companyVOEN: nil, principal(UUID())))
        #expect(!OpenPaymentReceipt.mayOpen(payerUserID: payer, companyVOEN: nil, principal(UUID(), companies: ["1400057421"])))
        #expect(OpenPaymentReceipt.mayOpen(payerUserID: payer, companyVOEN: "1400057421", principal(UUID(), companies: ["1400057421"])))
        #expect(!OpenPaymentReceipt.mayOpen(payerUserID: payer, companyVOEN: "1400057421", principal(UUID(), companies: ["1400057422"])))
    }
}
