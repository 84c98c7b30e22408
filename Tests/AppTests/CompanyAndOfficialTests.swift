import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Companies and officials")
struct CompanyAndOfficialTests {
    static let password = "correct horse battery"

    @Test("a director adds their company by VÖEN, authorises a representative, who switches to act for it")
    func companies() async throws {
        try await withPortal { portal in
            try await portal.account("94FMDDD")
            try await portal.account("5VBK5VR")
            try await portal.company(voen: "1400057421", name: "Quba Alma MMC", director: "94FMDDD")
            try await portal.person("7HK2M3P", idCard: "AA2345678")
            try await portal.company(voen: "0200432771", name: "Gəncə Texnika MMC", director: "7HK2M3P")
            let director = portal.browser()
            try await director.signIn("94FMDDD", Self.password)
            try await director.get("/cabinet/companies")
            var res = try await director.post("/cabinet/companies", [("voen", "1400057424")])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("1 (hüquqi şəxs)"))
            res = try await director.post("/cabinet/companies", [("voen", "0200432771")])
            #expect(res.status == .unprocessableEntity, "not the director of that one")
            res = try await director.post("/cabinet/companies", [("voen", "1400057421")])
            #expect(res.status == .seeOther)
            let page = try await director.follow(res).body.string
            #expect(page.contains("Quba Alma MMC"))
            let companyID = try #require(Self.companyID(in: page))

            res = try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", "2QWRT8Z")])
            #expect(res.status == .unprocessableEntity, "a representative needs an account")
            res = try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", "5VBK5VR")])
            #expect(res.status == .seeOther)

            let representative = portal.browser()
            try await representative.signIn("5VBK5VR", Self.password)
            let cabinet = try await representative.get("/cabinet").body.string
            #expect(cabinet.contains("Quba Alma MMC"), "the switch lists the company")
            res = try await representative.post("/acting-as", [("company", companyID), ("returnTo", "/cabinet")])
            #expect(res.status == .seeOther)
            #expect(try await representative.get("/cabinet").body.string.contains("Quba Alma MMC adından"))
            // The representative cannot manage the company's representatives.
            #expect(try await representative.post("/cabinet/companies/\(companyID)/representatives", [("fin", "94FMDDD")]).status == .forbidden)
            // Nor act for a company they do not represent.
            #expect(try await representative.post("/acting-as", [("company", UUID().uuidString)]).status == .forbidden)

            // The director withdraws the authority; the representative's session stops acting for it.
            let list = try await director.get("/cabinet/companies").body.string
            let revokePath = try #require(Self.formAction(containing: "/revoke", in: list))
            #expect(try await director.post(revokePath).status == .seeOther)
            #expect(!(try await representative.get("/cabinet").body.string.contains("Quba Alma MMC adından")))
        }
    }

    @Test("an agency administrator proposes officials of their own agency only; a second administrator approves; the official activates with a link")
    func appointOfficials() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret(), secondSecret = TOTP.generateSecret()
            try await portal.person("9QBA1G7", first: "Fuad", last: "Kərimov", idCard: "AA1122334")
            try await portal.account("9QBA1G7", roles: [.init(agencyCode: "ICRA-QBA", role: .agencyAdmin)], totpSecret: secret)
            try await portal.person("8QBA9F6", first: "Günel", last: "Səfərova", idCard: "AA9012345")
            try await portal.account("8QBA9F6", roles: [.init(agencyCode: "ICRA-QBA", role: .agencyAdmin)], totpSecret: secondSecret)
            try await portal.person("7QBA8E5", first: "Kamal", last: "Nəbiyev", idCard: "AA8901234")
            let admin = portal.browser()
            try await admin.signIn("9QBA1G7", Self.password, code: portal.totp(secret))
            var page = try await admin.get("/office/officials").body.string
            #expect(page.contains("Quba Rayon İcra Hakimiyyəti"))
            #expect(!page.contains("Masallı Rayon İcra Hakimiyyəti</option>"), "only their own agency is offered")
            let quba = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA")).id
            let masalli = try #require(try await portal.app.portal.directory.agency(code: "ICRA-MAS")).id
            var res = try await admin.post("/office/officials", [("fin", "7QBA8E5"), ("email", "kamal@quba.gov.az"), ("role", "operator"),
                                                                 ("agency", masalli.uuidString), ("unit", "")])
            #expect(res.status == .forbidden)
            res = try await admin.post("/office/officials", [("fin", "7QBA8E5"), ("email", "kamal@quba.gov.az"), ("role", "platform_admin"),
                                                             ("agency", quba.uuidString), ("unit", "")])
            #expect(res.status == .unprocessableEntity, "platform_admin is not appointable")
            res = try await admin.post("/office/officials", [("fin", "7QBA8E5"), ("email", "kamal@quba.gov.az"), ("role", "operator"),
                                                             ("agency", quba.uuidString), ("unit", "AZ-QBA"), ("reason", "reception desk")])
            #expect(res.status == .seeOther, "proposed, not yet given")
            page = try await admin.get("/office/officials").body.string
            #expect(page.contains("Nəbiyev Kamal") && page.contains("Kərimov Fuad"), "the proposal and who made it")
            #expect(!page.contains("activation-link"), "no account before a second official approves")

            let second = portal.browser()
            portal.clock.advance(by: 31)
            try await second.signIn("8QBA9F6", Self.password, code: portal.totp(secondSecret))
            page = try await second.get("/office/officials").body.string
            let approve = try #require(Self.formAction(containing: "/refuse", in: page)?.replacingOccurrences(of: "/refuse", with: "/approve"))
            res = try await second.post(approve, [("reason", "")])
            #expect(res.status == .unprocessableEntity, "a decision needs a reason")
            res = try await second.post(approve, [("reason", "reception desk staffed")])
            #expect(res.status == .ok)
            page = res.body.string
            #expect(page.contains("Nəbiyev Kamal"))
            let link = try #require(RegistrationTests.between("<code id=\"activation-link\">", "</code>", in: page))
            let path = try #require(URL(string: link)).path

            let official = portal.browser()
            try await official.get(path)
            res = try await official.post(path, [("password", "short"), ("passwordConfirmation", "short")])
            #expect(res.status == .unprocessableEntity)
            res = try await official.post(path, [("password", "Quba dağları gözəldir"), ("passwordConfirmation", "Quba dağları gözəldir")])
            #expect(res.status == .seeOther)
            #expect(try await portal.browser().get(path).status == .notFound, "the link works once")
            try await official.signIn("7QBA8E5", "Quba dağları gözəldir")
            #expect(try await official.get("/office").headers.first(name: .location)?.contains("/cabinet/security/totp") == true)

            // The citizen sees that the register was read to appoint them.
            let access = try await official.get("/cabinet/data-access").body.string
            #expect(access.contains("Quba Rayon İcra Hakimiyyəti"))
        }
    }

    static func companyID(in html: String) -> String? {
        guard let range = html.range(of: "/cabinet/companies/") else { return nil }
        return String(html[range.upperBound...].prefix(36))
    }

    static func formAction(containing fragment: String, in html: String) -> String? {
        html.components(separatedBy: "action=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.first { $0.contains(fragment) }
    }
}

extension RegistrationTests {
    static func between(_ start: String, _ end: String, in html: String) -> String? {
        guard let a = html.range(of: start), let b = html[a.upperBound...].range(of: end) else { return nil }
        return String(html[a.upperBound..<b.lowerBound])
    }
}
