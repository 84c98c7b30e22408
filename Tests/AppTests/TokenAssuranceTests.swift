import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Personal access tokens end with the password and with "sign out everywhere", and carry the assurance
/// of the session that made them: office work over the API needs an official's token made after the
/// second factor, with an office scope.
@Suite("Token assurance and revocation")
struct TokenAssuranceTests {
    static let password = "correct horse battery"
    static let operatorFIN = "7QBA8E5"

    static func json(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }

    static func checkIn(_ portal: PortalHarness, _ token: String) async throws -> TestingHTTPResponse {
        try await portal.browser().send(.POST, "/api/v1/reception/check-in", headers: json(token), body: ByteBuffer(string: #"{"number":"R-NONE2345"}"#))
    }

    static func queue(_ portal: PortalHarness, _ token: String) async throws -> TestingHTTPResponse {
        try await portal.browser().send(.GET, "/api/v1/office/applications", headers: json(token), body: nil)
    }

    @Test("a password change and signing out everywhere revoke every token, and the page says so")
    func revocation() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR", idCard: "AA7100000")
            let first = try await APITests.token(portal, fin: "5VBK5VR", scopes: ["profile:read"])
            let second = try await APITests.token(portal, fin: "5VBK5VR", scopes: ["profile:read", "activity:read"])
            let api = portal.browser()
            #expect(try await api.get("/api/v1/me", headers: APITests.bearer(first)).status == .ok)

            let browser = portal.browser()
            try await browser.signIn("5VBK5VR", Self.password)
            try await browser.confirmPassword(Self.password, next: "/cabinet/security/password")
            try await browser.get("/cabinet/security/password")
            let changed = try await browser.post("/cabinet/security/password", [("password", "Şəki halvası şirindir"), ("passwordConfirmation", "Şəki halvası şirindir")])
            #expect(changed.status == .seeOther)
            #expect(try await browser.follow(changed).body.string.contains("API tokenləriniz ləğv edildi"), "the page says the tokens were revoked")
            for token in [first, second] {
                #expect(try await api.get("/api/v1/me", headers: APITests.bearer(token)).status == .unauthorized, "a token does not outlive the password")
            }

            let third = try await APITests.token(portal, fin: "5VBK5VR", scopes: ["profile:read"], password: "Şəki halvası şirindir")
            #expect(try await api.get("/api/v1/me", headers: APITests.bearer(third)).status == .ok)
            let page = try await browser.get("/cabinet/security")
            #expect(page.body.string.contains("end-others-hint"), "the button says tokens go too")
            let everywhere = try await browser.post("/cabinet/sessions/revoke-others")
            #expect(try await browser.follow(everywhere).body.string.contains("API tokenləriniz ləğv edildi"))
            #expect(try await api.get("/api/v1/me", headers: APITests.bearer(third)).status == .unauthorized, "signing out everywhere revokes tokens")
            #expect(try await SecondFactorTests.auditCount(portal, "identity.tokens.revoked") == 2)
        }
    }

    @Test("office scopes only for officials, only from a session with a verified second factor")
    func officeScopesAtCreation() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR", idCard: "AA7100000")
            try await portal.account("9QBA1G7", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], idCard: "AA7100001")
            // A citizen is not offered office scopes and is refused one sent anyway.
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await citizen.confirmPassword(Self.password, next: "/cabinet/tokens")
            let form = try await citizen.get("/cabinet/tokens").body.string
            #expect(form.contains("value=\"reception:write\"") && !form.contains("value=\"reception:office\"") && !form.contains("value=\"applications:office\""))
            var res = try await citizen.post("/cabinet/tokens", [("name", "x"), ("scopes[]", "applications:office"), ("scopes[]", "profile:read"), ("days", "30")])
            #expect(res.status == .forbidden && !res.body.string.contains("new-token"))
            // An official who signed in without a second factor is refused an office scope too.
            let official = portal.browser()
            try await official.signIn("9QBA1G7", Self.password)
            try await official.confirmPassword(Self.password, next: "/cabinet/tokens")
            #expect(try await official.get("/cabinet/tokens").body.string.contains("value=\"reception:office\""))
            res = try await official.post("/cabinet/tokens", [("name", "x"), ("scopes[]", "reception:office"), ("days", "30")])
            #expect(res.status == .forbidden && !res.body.string.contains("new-token"))
            #expect(try await SecondFactorTests.auditCount(portal, "identity.token.refused") == 2)
            let rows = try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM identity_access_tokens").first()
            #expect(try rows?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test("office API: an official's token made after the second factor, with an office scope; citizen scopes never reach the desk")
    func officeAPI() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account(Self.operatorFIN, roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], totpSecret: secret, idCard: "AA7100002")
            let office = try await APITests.token(portal, fin: Self.operatorFIN, scopes: ["reception:office", "applications:office"], totpSecret: secret)
            let citizenScopes = try await APITests.token(portal, fin: Self.operatorFIN, scopes: ["reception:write", "applications:write"], totpSecret: secret)
            #expect(try await Self.checkIn(portal, office).status == .notFound, "reaches the desk (no such booking)")
            #expect(try await Self.queue(portal, office).status == .ok)
            for res in [try await Self.checkIn(portal, citizenScopes), try await Self.queue(portal, citizenScopes)] {
                #expect(res.status == .forbidden && res.body.string.contains("insufficient-scope"), "reception:write never reaches the desk")
            }
            // A token whose session had not verified the second factor (as every token made before this
            // rule) is refused office work, whatever the account has since.
            try await (portal.app.db as! any SQLDatabase).raw("UPDATE identity_access_tokens SET second_factor_verified = \(bind: false)").run()
            for res in [try await Self.checkIn(portal, office), try await Self.queue(portal, office)] {
                #expect(res.status == .forbidden && res.body.string.contains("second-factor-required"))
            }
            #expect(try await SecondFactorTests.auditCount(portal, "identity.token.office_refused") == 2)
        }
    }
}
