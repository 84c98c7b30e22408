import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The second factor has its own throttle (per account and per address, counted before a code is
/// evaluated), its codes work once, and sensitive changes ask for it again.
@Suite("Second factor")
struct SecondFactorTests {
    static let password = "correct horse battery"

    /// A browser whose password was accepted: a pending session on the code page.
    static func pending(_ portal: PortalHarness, _ fin: String) async throws -> TestBrowser {
        let browser = portal.browser()
        let res = try await browser.signIn(fin, password)
        #expect(res.headers.first(name: .location) == "/signin/verify", "the password is accepted: \(res.status)")
        try await browser.get("/signin/verify")
        return browser
    }

    /// A 6-digit code that matches none of the steps the server accepts now.
    static func wrongCode(_ portal: PortalHarness, _ secret: [UInt8], _ n: Int = 0) -> String {
        let totp = TOTP(secret: secret)
        var candidate = 100_000 + n * 7_919 % 900_000
        while totp.matchingStep(String(candidate), at: portal.clock.now()) != nil { candidate = 100_000 + (candidate + 1) % 900_000 }
        return String(candidate)
    }

    static func auditCount(_ portal: PortalHarness, _ action: String) async throws -> Int {
        let row = try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = \(bind: action)").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    static func retryAfter(_ res: TestingHTTPResponse) -> Int? { res.headers.first(name: "Retry-After").flatMap(Int.init) }

    @Test("50 wrong codes in sequence: few evaluated, the rest 429 with Retry-After; a correct password in between changes nothing; at most 10 an hour")
    func sequentialGuessing() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret, idCard: "AA5100100")
            var browser = try await Self.pending(portal, "5VBK5VR")
            var evaluated: [Date] = []
            for n in 0..<50 {
                let res = try await browser.post("/signin/verify", [("code", Self.wrongCode(portal, secret, n))])
                if res.status == .unauthorized {
                    evaluated.append(portal.clock.now())
                } else {
                    #expect(res.status == .tooManyRequests)
                    #expect((Self.retryAfter(res) ?? 0) >= 1, "Retry-After on every refusal")
                    // The right password again (a new pending session) does not give the codes a new budget.
                    browser = try await Self.pending(portal, "5VBK5VR")
                }
            }
            #expect(evaluated.count == SecondFactorPolicy.account.freeFailures, "\(evaluated.count) wrong codes evaluated at one instant")
            // Even the right code waits while the account is locked (nothing is evaluated).
            let locked = try await browser.post("/signin/verify", [("code", portal.totp(secret))])
            #expect(locked.status == .tooManyRequests && Self.retryAfter(locked) != nil)

            // An attacker who waits out every lock for two hours: never more than 10 wrong codes in any hour.
            let start = portal.clock.now()
            var n = 50
            while portal.clock.now().timeIntervalSince(start) < 7200 {
                browser = try await Self.pending(portal, "5VBK5VR")
                n += 1
                let res = try await browser.post("/signin/verify", [("code", Self.wrongCode(portal, secret, n))])
                if res.status == .unauthorized {
                    evaluated.append(portal.clock.now())
                } else {
                    #expect(res.status == .tooManyRequests)
                    let wait = try #require(Self.retryAfter(res))
                    #expect(wait >= 1 && wait <= 3600, "the lock always ends within the hour (\(wait) s)")
                    portal.clock.advance(by: TimeInterval(wait))
                }
            }
            for time in evaluated {
                let inHour = evaluated.filter { $0 >= time && $0.timeIntervalSince(time) < 3600 }.count
                #expect(inHour <= 10, "\(inHour) wrong codes evaluated within an hour of \(time)")
            }
            #expect(evaluated.count > 10, "never locked for good")
            #expect(try await Self.auditCount(portal, "identity.second_factor.failed") == evaluated.count)
            #expect(try await Self.auditCount(portal, "identity.second_factor.throttled") > 0)

            // Once the wait is over the owner signs in with the right code.
            browser = try await Self.pending(portal, "5VBK5VR")
            var res = try await browser.post("/signin/verify", [("code", portal.totp(secret))])
            if res.status == .tooManyRequests {
                portal.clock.advance(by: TimeInterval(try #require(Self.retryAfter(res))))
                browser = try await Self.pending(portal, "5VBK5VR")
                res = try await browser.post("/signin/verify", [("code", portal.totp(secret))])
            }
            #expect(res.headers.first(name: .location) == "/cabinet")
        }
    }

    @Test("50 wrong codes in parallel: only the allowed number is evaluated, the rest 429 with Retry-After")
    func parallelGuessing() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret, idCard: "AA5100100")
            let browser = try await Self.pending(portal, "5VBK5VR")
            let cookies = browser.cookies, csrf = browser.csrfToken
            let wrong = Self.wrongCode(portal, secret)
            let answers = try await withThrowingTaskGroup(of: (HTTPStatus, Int?).self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        let res = try await TestBrowser.detached(app: portal.app, cookies: cookies).post("/signin/verify", [("code", wrong)], csrf: csrf)
                        return (res.status, Self.retryAfter(res))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let evaluated = answers.filter { $0.0 == .unauthorized }.count
            #expect(evaluated <= SecondFactorPolicy.account.freeFailures, "\(evaluated) of 50 parallel wrong codes evaluated")
            #expect(answers.filter { $0.0 == .tooManyRequests && ($0.1 ?? 0) >= 1 }.count == 50 - evaluated, "\(answers.map(\.0.code))")
            #expect(try await Self.auditCount(portal, "identity.second_factor.failed") == evaluated)
        }
    }

    @Test("wrong codes count per address too: across many accounts one address gets 30 an hour")
    func perAddress() async throws {
        try await withPortal { portal in
            var evaluated = 0, throttled = 0
            for n in 0..<11 {
                let fin = "8TF" + String(1000 + n)
                let secret = TOTP.generateSecret()
                try await portal.account(fin, totpSecret: secret, idCard: "AA" + String(5_100_000 + n))
                let browser = try await Self.pending(portal, fin)
                for k in 0..<3 {
                    let res = try await browser.post("/signin/verify", [("code", Self.wrongCode(portal, secret, k))])
                    if res.status == .unauthorized { evaluated += 1 } else if res.status == .tooManyRequests, Self.retryAfter(res) != nil { throttled += 1 }
                }
            }
            #expect(evaluated == SecondFactorPolicy.clientAddress.budget && throttled == 33 - evaluated, "\(evaluated) evaluated, \(throttled) throttled")
        }
    }

    @Test("20 sign-ins in parallel with the same valid code: exactly one signs in")
    func parallelReplay() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret, idCard: "AA5100100")
            var pending: [(cookies: [String: String], csrf: String?)] = []
            for _ in 0..<20 {
                let browser = try await Self.pending(portal, "5VBK5VR")
                pending.append((browser.cookies, browser.csrfToken))
            }
            let code = portal.totp(secret)
            let statuses = try await withThrowingTaskGroup(of: (HTTPStatus, String?).self) { group in
                for visitor in pending {
                    group.addTask {
                        let res = try await TestBrowser.detached(app: portal.app, cookies: visitor.cookies).post("/signin/verify", [("code", code)], csrf: visitor.csrf)
                        return (res.status, res.headers.first(name: .location))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0.1 == "/cabinet" }.count == 1, "\(statuses.map(\.0.code))")
            #expect(statuses.allSatisfy { $0.1 == "/cabinet" || [.unauthorized, .tooManyRequests].contains($0.0) })
            #expect(try await Self.auditCount(portal, "identity.sign_in.succeeded") == 1)
        }
    }

    @Test("turning TOTP off, new recovery codes and a new token need a fresh code, not only the password")
    func freshSecondFactor() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5VBK5VR", totpSecret: secret, idCard: "AA5100100")
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            #expect(try await browser.signIn("5VBK5VR", Self.password, code: portal.totp(secret)).headers.first(name: .location) == "/cabinet")

            // The password alone no longer re-authenticates an account with TOTP.
            var res = try await browser.confirmPassword(Self.password, next: "/cabinet/tokens")
            #expect(res.status == .unprocessableEntity && res.body.string.contains("id=\"code\""), "the page asks for the code")
            try await browser.get("/cabinet/security")
            for path in ["/cabinet/security/totp/disable", "/cabinet/security/recovery-codes"] {
                res = try await browser.post(path)
                #expect(res.headers.first(name: .location)?.hasPrefix("/account/confirm-password") == true, "\(path) without a fresh code")
            }
            try await browser.get("/cabinet/tokens")
            res = try await browser.post("/cabinet/tokens", [("name", "t"), ("scopes[]", "profile:read"), ("days", "30")])
            #expect(res.headers.first(name: .location)?.hasPrefix("/account/confirm-password") == true, "a token without a fresh code")

            // The code just used to sign in is not accepted again; wrong codes count and lock like at sign-in.
            res = try await browser.confirmPassword(Self.password, next: "/cabinet/tokens", code: portal.totp(secret))
            #expect(res.status == .unauthorized)
            for n in 0..<3 { _ = try await browser.confirmPassword(Self.password, next: "/cabinet/tokens", code: Self.wrongCode(portal, secret, n)) }
            portal.clock.advance(by: 30)
            res = try await browser.confirmPassword(Self.password, next: "/cabinet/tokens", code: portal.totp(secret))
            #expect(res.status == .tooManyRequests && Self.retryAfter(res) != nil, "re-authentication shares the second factor's lock")
            portal.clock.advance(by: TimeInterval(try #require(Self.retryAfter(res))))

            res = try await browser.confirmPassword(Self.password, next: "/cabinet/tokens", code: portal.totp(secret))
            #expect(res.headers.first(name: .location) == "/cabinet/tokens")
            try await browser.get("/cabinet/tokens")
            res = try await browser.post("/cabinet/tokens", [("name", "t"), ("scopes[]", "profile:read"), ("days", "30")])
            #expect(res.status == .created)
            try await browser.get("/cabinet/security")
            res = try await browser.post("/cabinet/security/recovery-codes")
            #expect(res.status == .ok && SignInTests.recoveryCodes(in: res.body.string).count == 10)
            res = try await browser.post("/cabinet/security/totp/disable")
            #expect(res.headers.first(name: .location) == "/cabinet/security")
            #expect(try await Self.auditCount(portal, "identity.totp.disabled") == 1)
        }
    }
}
