@testable import Applications
import Foundation
import Identity
import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// A company link is the register's to give: when the register names another director, the former
/// director's next request no longer carries the company, its cases or its invoices. The people the
/// former director authorised keep acting for the company until its present director revokes them.
@Suite("Companies follow the register")
struct CompanyRegisterTests {
    static let voen = "1400057421"
    static let representative = "7HK2M3P"

    @Test("the register names another director: the former director loses the company, its cases and invoices at the next request; their appointees stay until the new director revokes them")
    func directorChanges() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let former = ApplicationFlowTests.citizen
            let successor = ApplicationFlowTests.otherCitizen
            try await portal.account(Self.representative, idCard: "AA2345678")
            try await portal.company(voen: Self.voen, name: "Quba Alma MMC", director: former)
            let director = try await cast.browser(former)
            try await director.get("/cabinet/companies")
            let linked = try await director.post("/cabinet/companies", [("voen", Self.voen)])
            let companyID = try #require(CompanyAndOfficialTests.companyID(in: try await director.follow(linked).body.string))
            try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", Self.representative)])
            try await director.post("/acting-as", [("company", companyID)])

            // The former director applies for the company (VAT registration), and the company has an invoice.
            try await director.get("/services/DVX-0007/apply")
            let start = try await director.post("/services/DVX-0007/apply", [("forCompany", "yes")])
            let caseID = try #require(ApplicationFlowTests.caseID(from: start.headers.first(name: .location)))
            try await director.follow(start)
            try await director.post("/applications/\(caseID)/pages/company", [("contact_phone", "0501234567")])
            try await director.get("/applications/\(caseID)/pages/turnover")
            try await director.post("/applications/\(caseID)/pages/turnover", [("turnover", "250000"), ("voluntary", "no"),
                                                                                ("start_date", LocalDate(portal.clock.now()).adding(days: 10).iso)])
            try await director.get("/applications/\(caseID)/check")
            #expect(try await director.post("/applications/\(caseID)/submit").status == .seeOther)
            let number = try #require(try await CaseModel.find(UUID(uuidString: caseID), on: portal.app.db)?.number)
            let invoice = try await Invoices.create(InvoiceDraft(
                payer: InvoicePayer(fin: former, voen: Self.voen), amount: 3000, purpose: .stateFee,
                subject: InvoiceSubject(type: "company-test", id: UUID().uuidString), description: .text(LocalizedText(az: "Rüsum")),
                agencyCode: "DVX", returnPath: "/cabinet"), on: portal.app.db, services: portal.app).id.uuidString
            let token = try await APITests.token(portal, fin: former, scopes: ["companies:read", "applications:read"])
            let api = portal.browser()
            #expect(try await director.get("/applications/\(caseID)").status == .ok)
            #expect(try await director.get("/payments/invoices/\(invoice)").status == .ok)
            #expect(try await director.get("/cabinet/payments").body.string.contains(invoice))
            #expect(try await api.get("/api/v1/me/companies", headers: APITests.bearer(token)).body.string.contains(Self.voen))

            // The register changes; nothing else happens in the portal.
            try await portal.setDirector(voen: Self.voen, to: successor)

            let companies = try await director.get("/cabinet/companies")
            #expect(companies.status == .ok && !companies.body.string.contains("Quba Alma MMC"), "the company is gone at the next request")
            #expect(try await director.get("/applications/\(caseID)").status == .notFound, "the company's case, though they applied for it")
            #expect(!(try await director.get("/applications").body.string.contains(number)))
            #expect(try await director.get("/payments/invoices/\(invoice)").status == .notFound)
            #expect(!(try await director.get("/cabinet/payments").body.string.contains(invoice)))
            #expect(!(try await api.get("/api/v1/me/companies", headers: APITests.bearer(token)).body.string.contains(Self.voen)))
            #expect(try await api.get("/api/v1/applications/\(caseID)", headers: APITests.bearer(token)).status == .notFound)
            #expect(try await director.post("/acting-as", [("company", companyID)]).status == .forbidden)
            let sql = portal.app.db as! any SQLDatabase
            let ended = try await sql.raw("SELECT details FROM audit_events WHERE action = 'identity.company.link_ended' AND subject_fin = \(bind: former)").all()
            #expect(ended.count == 1, "ended once, audited")
            #expect(try ended.first?.decode(column: "details", as: String.self).contains("not_director") == true)
            let acting = try await sql.raw("SELECT COUNT(*) AS n FROM identity_sessions s JOIN identity_users u ON u.id = s.user_id WHERE u.fin = \(bind: former) AND s.acting_company_id IS NOT NULL").first()!
            #expect(try acting.decode(column: "n", as: Int.self) == 0, "no session acts for the company any more")

            // The representative the former director authorised keeps acting for the company…
            let appointee = try await cast.browser(Self.representative)
            #expect(try await appointee.get("/applications/\(caseID)").status == .ok)
            #expect(try await appointee.get("/payments/invoices/\(invoice)").status == .ok)
            // …until the new director, who links the company from the register, revokes them.
            let successorBrowser = try await cast.browser(successor)
            try await successorBrowser.get("/cabinet/companies")
            let relinked = try await successorBrowser.post("/cabinet/companies", [("voen", Self.voen)])
            let page = try await successorBrowser.follow(relinked).body.string
            #expect(page.contains("Quba Alma MMC"))
            #expect(try await successorBrowser.get("/applications/\(caseID)").status == .ok, "the company's case is the new director's to see")
            let revoke = try #require(CompanyAndOfficialTests.formAction(containing: "/revoke", in: page), "the new director sees the appointee, revocable")
            #expect(try await successorBrowser.post(revoke).status == .seeOther)
            #expect(try await appointee.get("/applications/\(caseID)").status == .notFound)
            #expect(try await appointee.get("/payments/invoices/\(invoice)").status == .notFound)
        }
    }

    @Test("a company the register no longer has ends every link to it, the authorised people's too")
    func companyLeavesRegister() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            try await portal.account(Self.representative, idCard: "AA2345678")
            try await portal.company(voen: Self.voen, name: "Quba Alma MMC", director: ApplicationFlowTests.citizen)
            let director = try await cast.browser(ApplicationFlowTests.citizen)
            try await director.get("/cabinet/companies")
            let linked = try await director.post("/cabinet/companies", [("voen", Self.voen)])
            let companyID = try #require(CompanyAndOfficialTests.companyID(in: try await director.follow(linked).body.string))
            try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", Self.representative)])
            try await portal.app.db.execute(sql: "DELETE FROM population_companies WHERE voen = '\(Self.voen)'")
            for fin in [ApplicationFlowTests.citizen, Self.representative] {
                let browser = try await cast.browser(fin)
                #expect(!(try await browser.get("/cabinet/companies").body.string.contains("Quba Alma MMC")), "\(fin)")
            }
            let links = try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM identity_company_representatives").first()!
            #expect(try links.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test("an authorised representative the register makes director links the company as its director and may authorise others")
    func appointeeBecomesDirector() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            try await portal.account(Self.representative, idCard: "AA2345678")
            try await portal.company(voen: Self.voen, name: "Quba Alma MMC", director: ApplicationFlowTests.citizen)
            let director = try await cast.browser(ApplicationFlowTests.citizen)
            try await director.get("/cabinet/companies")
            let linked = try await director.post("/cabinet/companies", [("voen", Self.voen)])
            let companyID = try #require(CompanyAndOfficialTests.companyID(in: try await director.follow(linked).body.string))
            try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", Self.representative)])

            try await portal.setDirector(voen: Self.voen, to: Self.representative)
            let appointee = try await cast.browser(Self.representative)
            try await appointee.get("/cabinet/companies")
            let res = try await appointee.post("/cabinet/companies", [("voen", Self.voen)])
            #expect(res.status == .seeOther, "linked as director, not 'already linked'")
            try await appointee.get("/cabinet/companies")
            #expect(try await appointee.post("/cabinet/companies/\(companyID)/representatives", [("fin", ApplicationFlowTests.otherCitizen)]).status == .seeOther,
                    "a director may authorise")
            #expect(!(try await director.get("/cabinet/companies").body.string.contains("Quba Alma MMC")), "the former director is out")
        }
    }
}
