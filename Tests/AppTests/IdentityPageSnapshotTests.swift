import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Identity's pages rendered by their Swift views (docs/views.md, "Snapshots"): sign-in, registration,
/// the cabinet and its security pages, tokens, the office home and officials. What is random in these
/// pages (TOTP secrets, recovery codes, tokens, signed states) is masked on top of the harness's masks.
/// References in __Snapshots__/IdentityPageSnapshotTests/.
@Suite("Identity page snapshots")
struct IdentityPageSnapshotTests {
    static let password = "correct horse battery"

    @Test("sign-in and its code, registration in two steps: empty and with errors")
    func signInAndRegister() async throws {
        try await withPortal { portal in
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/signin", named: "signin")
            var res = try await visitor.post("/signin", [("identifier", ""), ("password", "")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "signin-errors")

            try await assertPageSnapshot(visitor, "/register", named: "register")
            res = try await visitor.post("/register", [("fin", "12"), ("idCard", "")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "register-errors")
            try await portal.person("2QWRT8Z", first: "Elvin", last: "Quliyev", patronymic: "Natiq oğlu", idCard: "AA3456789")
            res = try await visitor.post("/register", [("fin", "2qwrt8z"), ("idCard", "AA 3456789")])
            #expect(res.status == .ok)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "register-details")
            let state = try #require(RegistrationTests.hidden("state", in: res.body.string))
            res = try await visitor.post("/register/details", [("state", state), ("phone", "050 555"), ("email", "elvin@example.az"),
                                                               ("password", "123"), ("passwordConfirmation", "123")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "register-details-errors")

            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret)
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await assertPageSnapshot(citizen, "/signin/verify", named: "verify")
            res = try await citizen.post("/signin/verify", [("code", portal.totp(secret, offsetSteps: 5))])
            #expect(res.status == .unauthorized)
            assertHTMLSnapshot(res.body.string, named: "verify-errors")
        }
    }

    @Test("cabinet: overview, contact, activity, who looked at my data, security without the app, password, confirming the password")
    func cabinet() async throws {
        try await withPortal { portal in
            try await portal.person("5VBK5VR", first: "Aysel", last: "Məmmədova", patronymic: "Rauf qızı", idCard: "AA1234567",
                                    idCardExpires: "2026-12-31")
            try await portal.setAddress("5VBK5VR", nil)
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await assertPageSnapshot(citizen, "/cabinet", named: "cabinet")
            try await assertPageSnapshot(citizen, "/cabinet/activity", named: "activity")
            try await assertPageSnapshot(citizen, "/cabinet/data-access", named: "data-access-empty")

            try await assertPageSnapshot(citizen, "/account/confirm-password?next=/cabinet/contact", named: "confirm-password")
            var res = try await citizen.post("/account/confirm-password", [("password", "wrong"), ("next", "/cabinet/contact")])
            #expect(res.status == .unauthorized)
            assertHTMLSnapshot(res.body.string, named: "confirm-password-errors")
            try await citizen.confirmPassword(Self.password, next: "/cabinet/contact")
            try await assertPageSnapshot(citizen, "/cabinet/contact", named: "contact")
            res = try await citizen.post("/cabinet/contact", [("phone", "12"), ("email", "not-an-address")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "contact-errors")
            try await assertPageSnapshot(citizen, "/cabinet/security/password", named: "password")
            res = try await citizen.post("/cabinet/security/password", [("password", "Quba dağları gözəldir"), ("passwordConfirmation", "Quba")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "password-errors")

            // A second session to end, and an official's look-up in the log.
            portal.clock.advance(by: 60)
            try await portal.browser().signIn("5VBK5VR", Self.password)
            portal.clock.advance(by: 60)
            try await assertPageSnapshot(citizen, "/cabinet/security", named: "security-off")
            let secret = TOTP.generateSecret()
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")], totpSecret: secret)
            let official = try await DataAccessTests.official(portal, "7QBA8E5", secret)
            try await official.get("/office/people")
            res = try await official.post("/office/people", [("fin", "5VBK5VR"), ("purpose", "reception"), ("reference", "booking 42")])
            #expect(res.status == .ok)
            try await assertPageSnapshot(citizen, "/cabinet/data-access", named: "data-access")
        }
    }

    @Test("the authenticator app: setting it up (asked by the office, with a wrong code), recovery codes, security with the app on")
    func authenticatorApp() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await citizen.confirmPassword(Self.password, next: "/cabinet/security/totp")
            var res = try await citizen.get("/cabinet/security/totp?reason=office")
            #expect(res.status == .ok)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "totp-setup-office")
            res = try await citizen.get("/cabinet/security/totp")
            assertHTMLSnapshot(Self.masked(res.body.string), named: "totp-setup")
            let secretText = try #require(RegistrationTests.attribute("data-secret", in: res.body.string))
            let secret = try #require(Base32.decode(secretText))
            let state = try #require(RegistrationTests.hidden("state", in: res.body.string))
            res = try await citizen.post("/cabinet/security/totp", [("state", state), ("code", portal.totp(secret, offsetSteps: 5))])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "totp-setup-errors")
            res = try await citizen.post("/cabinet/security/totp", [("state", state), ("code", portal.totp(secret))])
            #expect(res.status == .ok)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "recovery-codes")
            try await assertPageSnapshot(citizen, "/cabinet/security", named: "security-on")
            try await assertPageSnapshot(citizen, "/account/confirm-password?next=/cabinet/tokens", named: "confirm-password-code")
        }
    }

    @Test("companies: none, a director's company with a representative, errors of both forms")
    func companies() async throws {
        try await withPortal { portal in
            try await portal.person("94FMDDD", first: "Rəşad", last: "Əliyev", idCard: "AA5544332")
            try await portal.account("94FMDDD")
            try await portal.person("5VBK5VR", first: "Aysel", last: "Məmmədova", idCard: "AA1234567")
            try await portal.account("5VBK5VR")
            try await portal.company(voen: "1400057421", name: "Quba Alma MMC", director: "94FMDDD")
            let director = portal.browser()
            try await director.signIn("94FMDDD", Self.password)
            try await assertPageSnapshot(director, "/cabinet/companies", named: "companies-none")
            var res = try await director.post("/cabinet/companies", [("voen", "1400057424")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "companies-errors")
            #expect(try await director.post("/cabinet/companies", [("voen", "1400057421")]).status == .seeOther)
            let page = try await director.get("/cabinet/companies").body.string
            let companyID = try #require(CompanyAndOfficialTests.companyID(in: page))
            #expect(try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", "5VBK5VR")]).status == .seeOther)
            try await assertPageSnapshot(director, "/cabinet/companies", named: "companies")
            res = try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", "2QWRT8Z")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "companies-fin-error")
        }
    }

    @Test("personal access tokens: every scope an official may choose, errors, a new token shown once beside a revoked one")
    func tokens() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.person("9QBA1G7", first: "Fuad", last: "Kərimov", idCard: "AA1122334")
            try await portal.account("9QBA1G7", roles: [.init(agencyCode: "ICRA-QBA", role: .agencyAdmin)], totpSecret: secret)
            let official = portal.browser()
            try await official.signIn("9QBA1G7", Self.password, code: portal.totp(secret))
            portal.clock.advance(by: 31)
            try await official.confirmPassword(Self.password, next: "/cabinet/tokens", code: portal.totp(secret))
            try await assertPageSnapshot(official, "/cabinet/tokens", named: "tokens-none")
            var res = try await official.post("/cabinet/tokens", [("name", " "), ("days", "7")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "tokens-errors")
            res = try await official.post("/cabinet/tokens", [("name", "interop"), ("scopes[]", "profile:read"), ("days", "30")])
            #expect(res.status == .created)
            let first = try #require(CompanyAndOfficialTests.formAction(containing: "/cabinet/tokens/", in: res.body.string))
            #expect(try await official.follow(try await official.post(first)).status == .ok)
            portal.clock.advance(by: 60)
            res = try await official.post("/cabinet/tokens", [("name", "reports"), ("scopes[]", "applications:office"),
                                                             ("scopes[]", "applications:read"), ("days", "365")])
            #expect(res.status == .created)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "tokens-created")
        }
    }

    @Test("office: the home of an administrator, a unit's head and the platform administrator; the figures")
    func office() async throws {
        try await withPortal { portal in
            let office = try await RoleChangeTests.Office.make(portal)
            try await assertPageSnapshot(try await office.browser(RoleChangeTests.Office.adminA), "/office", named: "office")
            try await assertPageSnapshot(try await office.browser(RoleChangeTests.Office.unitHead), "/office", named: "office-unit")
            let platform = try await office.browser(RoleChangeTests.Office.platform)
            try await assertPageSnapshot(platform, "/office", named: "office-platform")
            try await assertPageSnapshot(platform, "/office/overview", named: "overview")
        }
    }

    @Test("officials: the list, a proposal waiting and one to decide, errors of both forms, an appointment's activation link and page")
    func officials() async throws {
        try await withPortal { portal in
            let office = try await RoleChangeTests.Office.make(portal)
            let quba = try await office.agency("ICRA-QBA")
            let adminA = try await office.browser(RoleChangeTests.Office.adminA)
            try await assertPageSnapshot(adminA, "/office/officials", named: "officials")
            var res = try await adminA.post("/office/officials", [("fin", "12"), ("email", "x"), ("role", "head"), ("agency", quba), ("unit", "AZ-QBA"),
                                                                  ("reason", "")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "officials-errors")

            try await portal.person("6QBA5C4", first: "Nərmin", last: "Abbasova", idCard: "AA6655443")
            res = try await adminA.post("/office/officials", [("fin", "6QBA5C4"), ("email", "nermin@quba.gov.az"), ("role", "operator"),
                                                              ("agency", quba), ("unit", "AZ-QBA"), ("reason", "reception desk")])
            #expect(res.status == .seeOther)
            portal.clock.advance(by: 60)
            #expect(try await RoleChangeTests.propose(adminA, fin: RoleChangeTests.Office.operatorK, role: "reviewer", agency: quba).status == .seeOther)
            try await assertPageSnapshot(adminA, "/office/officials", named: "officials-waiting")
            let adminB = try await office.browser(RoleChangeTests.Office.adminB)
            try await assertPageSnapshot(adminB, "/office/officials", named: "officials-to-decide")
            let request = try #require(try await office.request("6QBA5C4", "operator"))
            res = try await RoleChangeTests.decide(adminB, request.id, approve: true, reason: "")
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "officials-decision-errors")
            res = try await RoleChangeTests.decide(adminB, request.id, approve: true)
            #expect(res.status == .ok)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "officials-appointed")

            let link = try #require(RegistrationTests.between("<code id=\"activation-link\">", "</code>", in: res.body.string))
            let path = try #require(URL(string: link)).path
            let newcomer = portal.browser()
            res = try await newcomer.get(path)
            #expect(res.status == .ok)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "activate")
            res = try await newcomer.post(path, [("password", "short"), ("passwordConfirmation", "short")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "activate-errors")
        }
    }

    /// The page with what differs from run to run replaced: the authenticator secret (attribute, text and
    /// link), signed states, recovery codes, access tokens and activation links.
    static func masked(_ html: String) -> String {
        var text = html
        for (pattern, replacement) in [
            (#"data-secret="[A-Z2-7=]*"><code>[A-Z2-7 ]*</code>"#, #"data-secret="SECRET"><code>SECRET</code>"#),
            (#"otpauth://[^"]*"#, "otpauth://URI"),
            (#"name="state" value="[^"]*""#, #"name="state" value="STATE""#),
            (#"<li><code>[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{2}</code></li>"#, "<li><code>CODE</code></li>"),
            (#"ow_pat_[A-Za-z0-9_-]+"#, "ow_pat_TOKEN"),
            (#"/activate/[A-Za-z0-9_-]+"#, "/activate/TOKEN"),
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}
