import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Registration")
struct RegistrationTests {
    @Test("registration matches FIN + ID card with the register and takes the name from it")
    func registers() async throws {
        try await withPortal { portal in
            try await portal.person("5VBK5VR", first: "Aysel", last: "Məmmədova", patronymic: "Rauf qızı", idCard: "AA1234567")
            let browser = portal.browser()
            try await browser.get("/register")
            var res = try await browser.post("/register", [("fin", " 5vbk5vr "), ("idCard", "aa 1234567")])
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Məmmədova Aysel Rauf qızı"))
            #expect(!res.body.string.contains("name=\"firstName\""))  // never asked for what the state knows
            res = try await browser.post("/register/details", [
                ("state", try #require(Self.hidden("state", in: res.body.string))), ("phone", "050 123 45 67"),
                ("email", "Aysel@Example.az"), ("password", "Quba almaları dadlıdır"), ("passwordConfirmation", "Quba almaları dadlıdır")])
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == "/signin")
            res = try await browser.signIn("5VBK5VR", "Quba almaları dadlıdır")
            #expect(res.headers.first(name: .location) == "/cabinet")
            res = try await browser.get("/cabinet")
            #expect(res.status == .ok)
            #expect(res.body.string.contains("+994 50 123 45 67"))
            #expect(res.body.string.contains("aysel@example.az"))
        }
    }

    @Test("step one: field errors, no match, expired card, already registered — each with its localised reason")
    func stepOneErrors() async throws {
        try await withPortal { portal in
            try await portal.person("5VBK5VR", idCard: "AA1234567")
            try await portal.person("94FMDDD", idCard: "AZE12345678", idCardExpires: "2020-01-01")
            try await portal.account("7HK2M3P")
            let browser = portal.browser()
            try await browser.get("/register")
            var res = try await browser.post("/register", [("fin", "5VBK5VI"), ("idCard", "XY1")])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("error-summary"))
            #expect(res.body.string.contains("FİN-də I və O hərfləri olmur"))
            #expect(res.body.string.contains("Seriya AA və ya AZE olmalıdır"))
            #expect(res.body.string.contains("value=\"5VBK5VI\""))  // input kept
            res = try await browser.post("/register", [("fin", "5VBK5VR"), ("idCard", "AA7654321")])
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("reyestrdəki məlumatla uyğun gəlmir"))
            res = try await browser.post("/register", [("fin", "94FMDDD"), ("idCard", "AZE12345678")])
            #expect(res.status == .unprocessableEntity, "an expired ID card does not register")
            res = try await browser.post("/register", [("fin", "7HK2M3P"), ("idCard", "AA0000000")])
            #expect(res.status == .unprocessableEntity)
        }
    }

    @Test("step two keeps the input and lists every error; a tampered state starts over")
    func stepTwoErrors() async throws {
        try await withPortal { portal in
            try await portal.person("5VBK5VR", idCard: "AA1234567")
            let browser = portal.browser()
            try await browser.get("/register")
            let found = try await browser.post("/register", [("fin", "5VBK5VR"), ("idCard", "AA1234567")])
            let state = try #require(Self.hidden("state", in: found.body.string))
            var res = try await browser.post("/register/details", [("state", state), ("phone", "012 123 45 67"), ("email", "x"),
                                                                   ("password", "password123"), ("passwordConfirmation", "password123")])
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            #expect(html.contains("href=\"#phone\"") && html.contains("href=\"#email\"") && html.contains("href=\"#password\""))
            #expect(html.contains("value=\"012 123 45 67\""))
            res = try await browser.post("/register/details", [("state", state + "x"), ("phone", "0501234567"), ("email", "a@b.az"),
                                                               ("password", "Quba almaları dadlıdır"), ("passwordConfirmation", "Quba almaları dadlıdır")])
            #expect(res.headers.first(name: .location) == "/register")
        }
    }

    @Test("50 simultaneous registrations with one FIN make exactly one account")
    func concurrentRegistrations() async throws {
        try await withPortal { portal in
            try await portal.person("5VBK5VR", idCard: "AA1234567")
            let browser = portal.browser()
            try await browser.get("/register")
            let found = try await browser.post("/register", [("fin", "5VBK5VR"), ("idCard", "AA1234567")])
            let state = try #require(Self.hidden("state", in: found.body.string))
            let csrf = try #require(browser.csrfToken)
            let cookies = browser.cookies
            let app = portal.app
            let outcomes = try await withThrowingTaskGroup(of: (HTTPStatus, String?, String?).self) { group in
                for index in 0..<50 {
                    group.addTask {
                        let client = TestBrowser.detached(app: app, cookies: cookies)
                        let res = try await client.post("/register/details", [
                            ("state", state), ("phone", "0501234567"), ("email", "person\(index)@example.az"),
                            ("password", "Quba almaları dadlıdır"), ("passwordConfirmation", "Quba almaları dadlıdır")], csrf: csrf)
                        let flash = res.setCookieHeader("__Host-ow_flash").flatMap { $0.split(separator: ";").first?.split(separator: "=").last.map(String.init) }
                        return (res.status, res.headers.first(name: .location), flash)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.allSatisfy { $0.0 == .seeOther }, "every request got a clear answer: \(outcomes.map(\.0.code))")
            #expect(outcomes.filter { $0.1 == "/signin" && $0.0 == .seeOther }.count == 50)
            let sql = portal.app.db as! any SQLDatabase
            let count = try await sql.raw("SELECT COUNT(*) AS n FROM identity_users WHERE fin = '5VBK5VR'").first()!.decode(column: "n", as: Int.self)
            #expect(count == 1)
            // One was told "registered", the other 49 "already registered".
            #expect(outcomes.filter { $0.2 == "flash.registered" }.count == 1)
            #expect(outcomes.filter { $0.2 == "flash.already_registered" }.count == 49)
        }
    }

    @Test("step one is rate-limited per client address: 429 with Retry-After after 20 look-ups")
    func rateLimited() async throws {
        try await withPortal { portal in
            let browser = portal.browser()
            try await browser.get("/register")
            var statuses: [HTTPStatus] = []
            for index in 0..<21 {
                statuses.append(try await browser.post("/register", [("fin", "5VBK5VR"), ("idCard", "AA\(1_000_000 + index)")]).status)
            }
            #expect(statuses.prefix(20).allSatisfy { $0 == .unprocessableEntity })
            let last = try await browser.post("/register", [("fin", "5VBK5VR"), ("idCard", "AA1234567")])
            #expect(last.status == .tooManyRequests)
            #expect(last.headers.first(name: "Retry-After").flatMap(Int.init).map { $0 > 0 && $0 <= 600 } == true)
            #expect(last.body.string.contains("Çox sayda"))
        }
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
