import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Web shell")
struct WebShellTests {
    struct Boom: Error { let secret = "internal-detail-never-shown" }

    static let failingRoute: @Sendable (Application) throws -> Void = { app in
        app.get("test-failure") { _ -> String in throw Boom() }
    }

    @Test("security headers on pages, errors and the API")
    func headers() async throws {
        try await withPortal(routes: Self.failingRoute) { portal in
            let browser = portal.browser()
            for path in ["/", "/agencies", "/no-such-page", "/test-failure", "/api/v1/agencies", "/api/v1/me", "/health"] {
                let res = try await browser.get(path)
                let csp = try #require(res.headers.first(name: "Content-Security-Policy"), "CSP on \(path)")
                #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(res.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(res.headers.first(name: "Referrer-Policy") == "strict-origin-when-cross-origin")
                #expect(res.headers.first(name: "Strict-Transport-Security") == nil, "HSTS only in production")
                if res.headers.first(name: .contentType)?.hasPrefix("text/html") == true {
                    #expect(res.headers.first(name: .cacheControl) == "no-cache", "pages revalidate (their language is a cookie)")
                }
            }
        }
    }

    @Test("localised 404 and a 500 that leaks nothing")
    func errorPages() async throws {
        try await withPortal(routes: Self.failingRoute) { portal in
            let browser = portal.browser()
            var res = try await browser.get("/no-such-page")
            #expect(res.status == .notFound)
            #expect(res.body.string.contains("Səhifə tapılmadı"))
            browser.setCookie("__Host-ow_lang", "ru")
            res = try await browser.get("/no-such-page")
            #expect(res.body.string.contains("Страница не найдена"))
            #expect(res.body.string.contains("<html lang=\"ru\">"))
            res = try await browser.get("/test-failure")
            #expect(res.status == .internalServerError)
            #expect(res.body.string.contains("Извините"))
            #expect(!res.body.string.contains("Boom") && !res.body.string.contains("internal-detail"))
            let api = try await browser.get("/api/v1/no-such")
            #expect(api.headers.contentType?.subType == "problem+json")
            #expect(api.body.string.contains("\"status\":404"))
        }
    }

    @Test("every state-changing form needs a CSRF token bound to the session")
    func csrf() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            try await browser.get("/signin")
            #expect(try await browser.post("/signin", [("identifier", "5VBK5VR"), ("password", "x")], csrf: "").status == .forbidden)
            #expect(try await browser.post("/signin", [("identifier", "5VBK5VR"), ("password", "x")], csrf: "forged.token").status == .forbidden)
            let anonymousToken = try #require(browser.csrfToken)
            try await browser.signIn("5VBK5VR", "correct horse battery")
            try await browser.get("/cabinet")
            // A token minted before sign-in (or in another session) no longer verifies.
            #expect(try await browser.post("/cabinet/sessions/revoke-others", csrf: anonymousToken).status == .forbidden)
            let other = portal.browser()
            try await other.get("/signin")
            #expect(try await browser.post("/signout", csrf: other.csrfToken).status == .forbidden)
            #expect(try await browser.post("/signout").status == .seeOther)
        }
    }

    @Test("language switch: cookie for visitors, profile for signed-in people; lang attribute set")
    func languageSwitch() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let browser = portal.browser()
            var res = try await browser.get("/")
            #expect(res.body.string.contains("<html lang=\"az\">"))
            // Reading pages give visitors plain links (no token, no cookie until they choose).
            #expect(res.body.string.contains("href=\"/language/en?returnTo=/\"") && res.headers[.setCookie].isEmpty)
            res = try await browser.get("/language/en?returnTo=/agencies")
            #expect(res.headers.first(name: .location) == "/agencies")
            res = try await browser.follow(res)
            #expect(res.body.string.contains("<html lang=\"en\">") && res.body.string.contains("Government agencies"))
            #expect(try await browser.get("/language/en?returnTo=https://evil.example/").headers.first(name: .location) == "/")
            #expect(try await browser.get("/language/de").status == .notFound)
            // Pages with forms use the POST form.
            try await browser.get("/signin")
            res = try await browser.post("/language", [("lang", "az"), ("returnTo", "/signin")])
            #expect(res.headers.first(name: .location) == "/signin")
            #expect(try await browser.post("/language", [("lang", "de")]).status == .badRequest)
            try await browser.signIn("5VBK5VR", "correct horse battery")
            try await browser.get("/cabinet")
            try await browser.post("/language", [("lang", "ru"), ("returnTo", "/cabinet")])
            // A new browser (no language cookie) gets Russian after signing in: it is in the profile.
            let fresh = portal.browser()
            try await fresh.signIn("5VBK5VR", "correct horse battery")
            fresh.setCookie("__Host-ow_lang", nil)
            res = try await fresh.get("/cabinet")
            #expect(res.body.string.contains("<html lang=\"ru\">"))
        }
    }

    @Test("Accept-Language picks the first language for a new visitor")
    func acceptLanguage() async throws {
        try await withPortal { portal in
            let res = try await portal.browser().get("/", headers: ["Accept-Language": "ru-RU,ru;q=0.9"])
            #expect(res.body.string.contains("<html lang=\"ru\">"))
        }
    }

    @Test("a city or district list never shows two options alike: Lənkəran the city and the rayon say which is which, in each language")
    func unitListsDisambiguate() async throws {
        try await withPortal { portal in
            let browser = portal.browser()
            let expected: [(String, [String])] = [
                ("az", ["Lənkəran (şəhər)", "Lənkəran (rayon)", "Şəki (şəhər)", "Şəki (rayon)"]),
                ("en", ["Lankaran (city)", "Lankaran (district)", "Yevlakh (city)", "Yevlakh (district)"]),
                ("ru", ["Ленкорань (город)", "Ленкорань (район)"]),
            ]
            for (language, labels) in expected {
                for path in ["/reception", "/services"] {
                    let html = try await browser.get(path, headers: ["Accept-Language": language]).body.string
                    let select = try #require(html.range(of: #"<select id="unit"[\s\S]*?</select>"#, options: .regularExpression).map { String(html[$0]) },
                                              "the unit list on \(path)")
                    let options = select.matches(of: #/<option value="[^"]+"[^>]*>([^<]+)</#).map { String($0.1) }
                    #expect(Set(options).count == options.count, "\(language) \(path): no two options alike")
                    for label in labels { #expect(options.contains(label), "\(language) \(path): \(label)") }
                    #expect(options.contains(language == "en" ? "Guba" : language == "ru" ? "Губа" : "Quba"), "a unique name stays plain")
                }
            }
        }
    }

    @Test("pages have landmarks, a skip link, labels and work without JavaScript")
    func accessibleShell() async throws {
        try await withPortal { portal in
            let browser = portal.browser()
            for path in ["/", "/signin", "/register", "/agencies", "/search?q=quba", "/agencies/ICRA-QBA"] {
                let html = try await browser.get(path).body.string
                #expect(html.contains("<main id=\"main\""), "main landmark on \(path)")
                #expect(html.contains("href=\"#main\""), "skip link on \(path)")
                #expect(html.contains("<header") && html.contains("<footer") && html.contains("<nav"))
                #expect(!html.contains("<script"), "no script on \(path)")
                #expect(!html.contains("style=\""), "no inline style on \(path)")
                // Every input that is not hidden has a label.
                for id in Self.inputIDs(html) { #expect(html.contains("for=\"\(id)\""), "label for \(id) on \(path)") }
            }
        }
    }

    @Test("home and search link only what exists; search finds agencies by lenient keys")
    func homeAndSearch() async throws {
        try await withPortal { portal in
            let browser = portal.browser()
            let home = try await browser.get("/").body.string
            for link in Self.links(home) where link.hasPrefix("/") && !link.hasPrefix("/language/") {
                let status = try await browser.get(link).status
                #expect(status == .ok || status == .seeOther, "\(link) answers \(status)")
            }
            var res = try await browser.get("/search?q=seki")
            #expect(res.body.string.contains("Şəki Rayon İcra Hakimiyyəti") && res.body.string.contains("Şəki Şəhər İcra Hakimiyyəti"))
            res = try await browser.get("/search?q=ISMAYILLI")
            #expect(res.body.string.contains("İsmayıllı Rayon İcra Hakimiyyəti"))
            res = try await browser.get("/search?q=agdas")
            #expect(res.body.string.contains("Ağdaş Rayon İcra Hakimiyyəti"))
            res = try await browser.get("/search?q=Ministry%20of%20Justice")
            #expect(res.body.string.contains("Ədliyyə Nazirliyi"))
            res = try await browser.get("/search?q=%D0%BD%D0%B0%D0%BB%D0%BE%D0%B3")  // "налог"
            #expect(res.body.string.contains("Dövlət Vergi Xidməti"))
            res = try await browser.get("/search?q=zzzzqqq")
            #expect(res.body.string.contains("/agencies"))
        }
    }

    static func inputIDs(_ html: String) -> [String] {
        html.components(separatedBy: "<input ").dropFirst().compactMap { tag -> String? in
            let attrs = tag.prefix { $0 != ">" }
            guard !attrs.contains("type=\"hidden\""), let r = attrs.range(of: "id=\"") else { return nil }
            return String(attrs[r.upperBound...].prefix { $0 != "\"" })
        } + html.components(separatedBy: "<select ").dropFirst().compactMap { tag -> String? in
            guard let r = tag.range(of: "id=\"") else { return nil }
            return String(tag[r.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }.filter { !$0.hasPrefix("#") }
    }
}
