import Foundation
@testable import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import SQLKit
import Testing
import VaporTesting

/// Forgotten passwords over HTTP with real accounts, sessions, tokens and the outbox: the link by
/// e-mail, the code by SMS, the same answer for unknown accounts, single use, expiry, tries,
/// throttling, the end of every session and token, and officials' second factor.
@Suite("Account recovery")
struct RecoveryTests {
    static let password = "correct horse battery"
    static let newPassword = "a brand new passphrase"

    /// Asks for a reset as a stranger's browser would; the answer page.
    static func request(_ browser: TestBrowser, _ identifier: String, channel: String) async throws -> TestingHTTPResponse {
        try await browser.get("/signin/forgot")
        return try await browser.post("/signin/forgot", [("identifier", identifier), ("channel", channel)])
    }

    /// Delivers the outbox; the messages that reached `address` since the last call.
    static func delivered(_ portal: PortalHarness) async throws -> (mails: [OutgoingMail], texts: [OutgoingSMS]) {
        _ = try await DeliverOutbox(app: portal.app).run()
        let box = portal.app.notifications.mailbox
        return (await box.mails, await box.texts)
    }

    static func resetPath(in mail: OutgoingMail) throws -> String {
        let match = try #require(mail.text.firstMatch(of: #/https://portal\.test(/signin/reset/[A-Za-z0-9_-]+)/#))
        return String(match.1)
    }

    static func code(in sms: OutgoingSMS) throws -> String {
        String(try #require(sms.text.firstMatch(of: #/\b(\d{6})\b/#)).1)
    }

    static func state(in page: String) throws -> String {
        String(try #require(page.firstMatch(of: #/name="state" value="([^"]+)"/#)).1)
    }

    /// The page without the values that differ by design (the CSRF token, the signed state).
    static func strip(_ html: String) -> String {
        html.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression)
    }

    @Test("e-mail link: same answer for an unknown account, only digests stored, sessions and tokens end, link works once")
    func emailLink() async throws {
        try await withPortal { portal in
            let id = try await portal.account("5RCV1AA", email: "aysel@example.az")
            let token = try await APITests.token(portal, fin: "5RCV1AA", scopes: ["profile:read"])
            let laptop = portal.browser()
            try await laptop.signIn("5RCV1AA", Self.password)
            #expect(try await laptop.get("/cabinet").status == .ok)

            let known = try await Self.request(portal.browser(), "aysel@example.az", channel: "email")
            let unknown = try await Self.request(portal.browser(), "nobody@example.az", channel: "email")
            let unknownFIN = try await Self.request(portal.browser(), "2QWRT8Z", channel: "email")
            #expect(known.status == .ok && unknown.status == .ok && unknownFIN.status == .ok)
            #expect(Self.strip(known.body.string) == Self.strip(unknown.body.string))
            #expect(Self.strip(known.body.string) == Self.strip(unknownFIN.body.string))

            let mails = try await Self.delivered(portal).mails.filter { $0.to == "aysel@example.az" && $0.text.contains("/signin/reset/") }
            #expect(mails.count == 1, "one link, and nothing for the unknown identifiers")
            let path = try Self.resetPath(in: try #require(mails.first))
            let secret = String(path.dropFirst("/signin/reset/".count))
            // Neither the secrets table nor the outbox holds the link's token in clear.
            let sql = portal.app.db as! any SQLDatabase
            let stored = try await sql.raw("SELECT secret_hash FROM identity_one_time_secrets").all().map { try $0.decode(column: "secret_hash", as: String.self) }
            #expect(!stored.isEmpty && !stored.contains(secret))
            let payloads = try await sql.raw("SELECT payload FROM notifications_outbox").all().map { try $0.decode(column: "payload", as: String.self) }
            #expect(!payloads.contains { $0.contains(secret) })

            let stranger = portal.browser()
            #expect(try await stranger.get(path).status == .ok)
            var res = try await stranger.post(path, [("password", "short"), ("passwordConfirmation", "short")])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("error-summary"), "the policy's error, localised")
            res = try await stranger.post(path, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword)])
            #expect(res.status == .seeOther && res.headers.first(name: .location) == "/signin")

            #expect(try await laptop.get("/cabinet").status == .seeOther, "the old session ended")
            let api = try await portal.app.testing().sendRequest(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token)"])
            #expect(api.status == .unauthorized, "the access token was revoked")
            #expect(try await portal.browser().signIn("5RCV1AA", Self.password).status == .unauthorized)
            #expect(try await portal.browser().signIn("5RCV1AA", Self.newPassword).status == .seeOther)
            #expect(try await stranger.get(path).status == .gone, "the link works once")
            #expect(try await stranger.post(path, [("password", "another new phrase!"), ("passwordConfirmation", "another new phrase!")]).status == .gone)

            let notices = try await OutboxModel.query(on: portal.app.db).filter(\.$recipientID == id).filter(\.$kind == "security.password_changed").count()
            #expect(notices > 0, "the security notice was queued")
            let actions = try await sql.raw("SELECT action FROM audit_events WHERE action LIKE 'identity.password_reset.%'").all()
                .map { try $0.decode(column: "action", as: String.self) }
            #expect(actions.contains("identity.password_reset.requested") && actions.contains("identity.password_reset.completed"))
        }
    }

    @Test("an expired link is refused; a newer request ends the older link")
    func expiredLink() async throws {
        try await withPortal { portal in
            try await portal.account("5RCV2AA")
            _ = try await Self.request(portal.browser(), "5RCV2AA", channel: "email")
            let first = try Self.resetPath(in: try #require(try await Self.delivered(portal).mails.last))
            portal.clock.advance(by: 31 * 60)
            let browser = portal.browser()
            #expect(try await browser.get(first).status == .gone)
            _ = try await Self.request(portal.browser(), "5RCV2AA", channel: "email")
            let second = try Self.resetPath(in: try #require(try await Self.delivered(portal).mails.last))
            #expect(second != first)
            _ = try await Self.request(portal.browser(), "5RCV2AA", channel: "email")
            #expect(try await browser.get(second).status == .gone, "a newer request ends the older link")
        }
    }

    @Test("SMS code: 5 wrong codes and the right one is refused; unknown accounts answer the same; a right code leads to the reset")
    func phoneCode() async throws {
        try await withPortal { portal in
            try await portal.account("5RCV3AA", phone: "+994501234567")
            let browser = portal.browser()
            var page = try await Self.request(browser, "5RCV3AA", channel: "phone")
            let unknown = try await Self.request(portal.browser(), "2QWRT8Z", channel: "phone")
            #expect(page.status == .ok && unknown.status == .ok)
            #expect(Self.strip(page.body.string) == Self.strip(unknown.body.string))
            let texts = try await Self.delivered(portal).texts
            #expect(texts.count == 1 && texts.first?.to == "+994501234567")
            let code = try Self.code(in: try #require(texts.first))
            let wrong = code == "000000" ? "111111" : "000000"
            var state = try Self.state(in: page.body.string)
            for _ in 0..<5 {
                #expect(try await browser.post("/signin/reset/code", [("state", state), ("code", wrong)]).status == .unprocessableEntity)
            }
            var res = try await browser.post("/signin/reset/code", [("state", state), ("code", code)])
            #expect(res.status == .unprocessableEntity, "after 5 wrong tries the code works no more")
            // An unknown account's form refuses every code the same way.
            let other = portal.browser()
            try await other.get("/signin/forgot")
            res = try await other.post("/signin/reset/code", [("state", try Self.state(in: unknown.body.string)), ("code", code)])
            #expect(res.status == .unprocessableEntity)

            page = try await Self.request(browser, "5RCV3AA", channel: "phone")
            state = try Self.state(in: page.body.string)
            let fresh = try Self.code(in: try #require(try await Self.delivered(portal).texts.last))
            res = try await browser.post("/signin/reset/code", [("state", state), ("code", fresh)])
            let path = try #require(res.headers.first(name: .location))
            #expect(res.status == .seeOther && path.hasPrefix("/signin/reset/"))
            #expect(try await browser.post("/signin/reset/code", [("state", state), ("code", fresh)]).status == .unprocessableEntity, "the code works once")
            try await browser.get(path)
            res = try await browser.post(path, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword)])
            #expect(res.status == .seeOther)
            #expect(try await portal.browser().signIn("5RCV3AA", Self.newPassword).status == .seeOther)
        }
    }

    @Test("another person's code or link cannot reset this account")
    func otherPeople() async throws {
        try await withPortal { portal in
            try await portal.account("5RCV4AA", phone: "+994501111111")
            try await portal.account("6RCV4BB", phone: "+994502222222")
            let alice = portal.browser(), bob = portal.browser()
            let alicePage = try await Self.request(alice, "5RCV4AA", channel: "phone")
            _ = try await Self.request(bob, "6RCV4BB", channel: "phone")
            let texts = try await Self.delivered(portal).texts
            let bobCode = try Self.code(in: try #require(texts.first { $0.to == "+994502222222" }))
            let res = try await alice.post("/signin/reset/code", [("state", try Self.state(in: alicePage.body.string)), ("code", bobCode)])
            #expect(res.status == .unprocessableEntity, "Bob's code does not open Alice's form")
            // Bob's link changes Bob's password only.
            _ = try await Self.request(bob, "6rcv4bb@example.az", channel: "email")
            let link = try Self.resetPath(in: try #require(try await Self.delivered(portal).mails.last { $0.to == "6rcv4bb@example.az" }))
            try await bob.get(link)
            #expect(try await bob.post(link, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword)]).status == .seeOther)
            #expect(try await portal.browser().signIn("5RCV4AA", Self.password).status == .seeOther, "Alice's password is unchanged")
            #expect(try await portal.browser().signIn("6RCV4BB", Self.newPassword).status == .seeOther)
        }
    }

    @Test("requests are throttled per account and per client address, with 429 and Retry-After")
    func throttling() async throws {
        try await withPortal { portal in
            try await portal.account("5RCV5AA")
            var statuses: [HTTPStatus] = []
            for _ in 0..<4 { statuses.append(try await Self.request(portal.browser(), "5RCV5AA", channel: "email").status) }
            #expect(statuses.prefix(3).allSatisfy { $0 == .ok })
            let blocked = try await Self.request(portal.browser(), "5RCV5AA", channel: "email")
            #expect(blocked.status == .tooManyRequests)
            let retry = try #require(blocked.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect(retry >= 1 && retry <= 3600)
            // An unknown identifier is counted the same way.
            for _ in 0..<4 { _ = try await Self.request(portal.browser(), "2QWRT8Z", channel: "email") }
            #expect(try await Self.request(portal.browser(), "2QWRT8Z", channel: "email").status == .tooManyRequests)
            // One client address: 20 requests an hour whatever the accounts.
            portal.clock.advance(by: 3601)
            var last: HTTPStatus = .ok
            for n in 0..<21 { last = try await Self.request(portal.browser(), "nobody\(n)@example.az", channel: "email").status }
            #expect(last == .tooManyRequests)
        }
    }

    @Test("an official needs their second factor to reset; one without it cannot reset at all")
    func officials() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("7RCV6AA", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], totpSecret: secret)
            try await portal.account("7RCV7AA", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)])
            _ = try await Self.request(portal.browser(), "7RCV7AA", channel: "email")
            let without = try Self.resetPath(in: try #require(try await Self.delivered(portal).mails.last { $0.to == "7rcv7aa@example.az" }))
            let browser = portal.browser()
            #expect(try await browser.get(without).status == .forbidden)
            #expect(try await browser.post(without, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword)]).status == .forbidden)
            #expect(try await portal.browser().signIn("7RCV7AA", Self.newPassword).status == .unauthorized, "no reset without a second factor")

            _ = try await Self.request(portal.browser(), "7RCV6AA", channel: "email")
            let with = try Self.resetPath(in: try #require(try await Self.delivered(portal).mails.last { $0.to == "7rcv6aa@example.az" }))
            let page = try await browser.get(with)
            #expect(page.status == .ok && page.body.string.contains("name=\"code\""))
            var res = try await browser.post(with, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword)])
            #expect(res.status == .unprocessableEntity, "the code is required")
            res = try await browser.post(with, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword), ("code", "000000")])
            #expect(res.status == .unprocessableEntity || res.status == .tooManyRequests)
            portal.clock.advance(by: 120)
            res = try await browser.post(with, [("password", Self.newPassword), ("passwordConfirmation", Self.newPassword),
                                                ("code", portal.totp(secret))])
            #expect(res.status == .seeOther)
            portal.clock.advance(by: 31)
            #expect(try await portal.browser().signIn("7RCV6AA", Self.newPassword, code: portal.totp(secret)).status == .seeOther)
        }
    }
}
