import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Sign-in and sessions")
struct SignInTests {
    static let password = "correct horse battery"

    @Test("the session cookie is __Host-, Secure, HttpOnly, SameSite=Lax, Path=/ and new at every sign-in")
    func sessionCookie() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            let first = try await browser.signIn("5VBK5VR", Self.password)
            let header = try #require(first.setCookieHeader("__Host-ow_session"))
            for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] { #expect(header.contains(attribute), "\(attribute) in \(header)") }
            #expect(!header.contains("Domain"))
            let firstToken = try #require(browser.cookies["__Host-ow_session"])
            let second = try await browser.signIn("5vbk5vr", Self.password)
            #expect(second.status == .seeOther)
            #expect(browser.cookies["__Host-ow_session"] != firstToken, "a new session ID at sign-in")
            // The database keeps only digests of session tokens.
            let rows = try await (portal.app.db as! any SQLDatabase).raw("SELECT token_hash FROM identity_sessions").all()
            let hashes = try rows.map { try $0.decode(column: "token_hash", as: String.self) }
            #expect(!hashes.contains(firstToken) && hashes.allSatisfy { $0.count == 64 })
        }
    }

    @Test("sign-in by e-mail; wrong password and unknown FIN get the same answer")
    func sameAnswer() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR", email: "aysel@example.az")
            let browser = portal.browser()
            #expect(try await browser.signIn("AYSEL@example.az", Self.password).headers.first(name: .location) == "/cabinet")
            let wrong = try await portal.browser().signIn("5VBK5VR", "wrong password!")
            let unknown = try await portal.browser().signIn("2QWRT8Z", "wrong password!")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            let strip = { (html: String) in html.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression) }
            #expect(strip(wrong.body.string) == strip(unknown.body.string))
        }
    }

    @Test("failed attempts slow down, answer 429 with Retry-After, and never lock for good")
    func throttling() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            var statuses: [HTTPStatus] = []
            for _ in 0..<7 { statuses.append(try await browser.signIn("5VBK5VR", "wrong password!").status) }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized })
            let blocked = try await browser.signIn("5VBK5VR", Self.password)
            #expect(blocked.status == .tooManyRequests, "even the right password waits")
            let retry = try #require(blocked.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect(retry >= 1 && retry <= 60)
            // Unknown identifiers are throttled the same way.
            for _ in 0..<6 { _ = try await browser.signIn("2QWRT8Z", "nope nope nope") }
            #expect(try await browser.signIn("2QWRT8Z", "nope nope nope").status == .tooManyRequests)
            portal.clock.advance(by: 61)
            #expect(try await browser.signIn("5VBK5VR", Self.password).status == .seeOther)
        }
    }

    @Test("TOTP second factor: a code, a replayed code refused, a recovery code once")
    func secondFactor() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret)
            let browser = portal.browser()
            var res = try await browser.signIn("5VBK5VR", Self.password)
            #expect(res.headers.first(name: .location) == "/signin/verify")
            #expect(try await browser.get("/cabinet").status == .seeOther, "a pending session is not signed in")
            try await browser.get("/signin/verify")
            res = try await browser.post("/signin/verify", [("code", "000000")])
            #expect(res.status == .unauthorized)
            let code = portal.totp(secret)
            res = try await browser.post("/signin/verify", [("code", code)])
            #expect(res.headers.first(name: .location) == "/cabinet")
            #expect(try await browser.get("/cabinet").status == .ok)

            // The same code again (another device) is refused.
            let other = portal.browser()
            res = try await other.signIn("5VBK5VR", Self.password, code: code)
            #expect(res.status == .unauthorized)
        }
    }

    @Test("recovery codes are shown once at enrolment and each works once")
    func enrolAndRecover() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            try await browser.signIn("5VBK5VR", Self.password)
            var res = try await browser.get("/cabinet/security/totp")
            #expect(res.headers.first(name: .location)?.hasPrefix("/account/confirm-password") == true, "MFA changes need the password again")
            try await browser.confirmPassword(Self.password, next: "/cabinet/security/totp")
            res = try await browser.get("/cabinet/security/totp")
            let html = res.body.string
            let secretText = try #require(RegistrationTests.attribute("data-secret", in: html))
            let secret = try #require(Base32.decode(secretText))
            let state = try #require(RegistrationTests.hidden("state", in: html))
            res = try await browser.post("/cabinet/security/totp", [("state", state), ("code", portal.totp(secret))])
            #expect(res.status == .ok)
            let codes = Self.recoveryCodes(in: res.body.string)
            #expect(codes.count == 10)

            portal.clock.advance(by: 60)
            let again = portal.browser()
            res = try await again.signIn("5VBK5VR", Self.password, code: codes[0])
            #expect(res.headers.first(name: .location) == "/cabinet")
            let third = portal.browser()
            res = try await third.signIn("5VBK5VR", Self.password, code: codes[0])
            #expect(res.status == .unauthorized, "a recovery code works once")
        }
    }

    @Test("idle timeout 30 minutes, absolute 12 hours, sign-out ends the session on the server")
    func timeouts() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            try await browser.signIn("5VBK5VR", Self.password)
            let token = try #require(browser.cookies["__Host-ow_session"])
            portal.clock.advance(by: 29 * 60)
            #expect(try await browser.get("/cabinet").status == .ok)
            portal.clock.advance(by: 31 * 60)
            #expect(try await browser.get("/cabinet").status == .seeOther, "idle for 31 minutes")

            try await browser.signIn("5VBK5VR", Self.password)
            for _ in 0..<25 {
                portal.clock.advance(by: 29 * 60)
                _ = try await browser.get("/cabinet")
            }
            #expect(try await browser.get("/cabinet").status == .seeOther, "past 12 hours even when active")

            try await browser.signIn("5VBK5VR", Self.password)
            let live = try #require(browser.cookies["__Host-ow_session"])
            try await browser.get("/cabinet")
            try await browser.post("/signout")
            // Replaying the old cookie after sign-out does not work: the server forgot it.
            let replay = TestBrowser.detached(app: portal.app, cookies: ["__Host-ow_session": live])
            #expect(try await replay.get("/cabinet").status == .seeOther)
            _ = token
        }
    }

    @Test("sessions list and sign out everywhere else")
    func otherSessions() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let laptop = portal.browser(), phone = portal.browser()
            try await laptop.signIn("5VBK5VR", Self.password)
            try await phone.signIn("5VBK5VR", Self.password)
            let page = try await laptop.get("/cabinet/security")
            #expect(page.body.string.components(separatedBy: "/revoke\"").count - 1 == 1, "the other session can be ended")
            try await laptop.post("/cabinet/sessions/revoke-others")
            #expect(try await phone.get("/cabinet").status == .seeOther)
            #expect(try await laptop.get("/cabinet").status == .ok)
        }
    }

    @Test("changing the password needs the password again and ends other sessions")
    func changePassword() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let laptop = portal.browser(), phone = portal.browser()
            try await laptop.signIn("5VBK5VR", Self.password)
            try await phone.signIn("5VBK5VR", Self.password)
            #expect(try await laptop.get("/cabinet/security/password").headers.first(name: .location)?.contains("confirm-password") == true)
            try await laptop.get("/account/confirm-password?next=/cabinet/security/password")
            #expect(try await laptop.post("/account/confirm-password", [("password", "wrong"), ("next", "/x")]).status == .unauthorized)
            try await laptop.confirmPassword(Self.password, next: "/cabinet/security/password")
            try await laptop.get("/cabinet/security/password")
            var res = try await laptop.post("/cabinet/security/password", [("password", "qwerty123"), ("passwordConfirmation", "qwerty123")])
            #expect(res.status == .unprocessableEntity)
            res = try await laptop.post("/cabinet/security/password", [("password", "Şəki halvası şirindir"), ("passwordConfirmation", "Şəki halvası şirindir")])
            #expect(res.status == .seeOther)
            #expect(try await phone.get("/cabinet").status == .seeOther)
            #expect(try await portal.browser().signIn("5VBK5VR", "Şəki halvası şirindir").status == .seeOther)
            portal.clock.advance(by: 6 * 60)
            #expect(try await laptop.get("/cabinet/contact").headers.first(name: .location)?.contains("confirm-password") == true, "re-authentication lasts 5 minutes")
        }
    }

    static func recoveryCodes(in html: String) -> [String] {
        html.components(separatedBy: "<li><code>").dropFirst().compactMap { $0.components(separatedBy: "</code>").first }
    }
}

extension RegistrationTests {
    static func attribute(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "\(name)=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
