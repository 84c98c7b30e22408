import Catalog
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Web edges: return paths, caching of personal pages, links from data")
struct EdgeWebTests {
    /// Return paths an attacker would try; every one must fall back to the page's default.
    static let hostile = ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/", "/%2F%2Fevil.example/",
                          "/%5Cevil.example", "/%09/evil.example", "/x%0D%0ASet-Cookie:%20a=b", "/%252F%252Fevil.example", "/a//b", "javascript:alert(1)"]

    static func query(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~"])) ?? text
    }

    @Test("return paths: the language switch, sign-in's next and the password confirmation go only to same-site paths")
    func returnPaths() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let visitor = portal.browser()
            #expect(try await visitor.get("/language/en?returnTo=" + Self.query("/services?q=nikah")).headers.first(name: .location) == "/services?q=nikah")
            try await visitor.get("/signin")
            for path in Self.hostile {
                let link = try await visitor.get("/language/en?returnTo=" + Self.query(path))
                #expect(link.headers.first(name: .location) == "/", "language link with \(path.debugDescription)")
                try await visitor.get("/signin")
                let form = try await visitor.post("/language", [("lang", "az"), ("returnTo", path)])
                #expect(form.headers.first(name: .location) == "/", "language form with \(path.debugDescription)")
                let page = try await visitor.get("/signin?next=" + Self.query(path))
                #expect(page.body.string.contains("<input type=\"hidden\" name=\"next\" value=\"\">"), "sign-in page keeps no \(path.debugDescription)")
            }
            // A hostile next after a successful sign-in: the cabinet.
            try await visitor.get("/signin")
            let signedIn = try await visitor.post("/signin", [("identifier", "5VBK5VR"), ("password", "correct horse battery"), ("next", "/\t/evil.example/")])
            #expect(signedIn.headers.first(name: .location) == "/cabinet")
            try await visitor.get("/account/confirm-password?next=/cabinet")
            let confirmed = try await visitor.post("/account/confirm-password", [("password", "correct horse battery"), ("next", "/%2F%2Fevil.example")])
            #expect(confirmed.headers.first(name: .location)?.contains("evil") == false)
            // A next with a query survives the second-factor step intact (it is encoded on the way there).
            let secret = TOTP.generateSecret()
            try await portal.account("94FMDDD", totpSecret: secret, idCard: "AB7654321")
            let citizen = portal.browser()
            try await citizen.get("/signin")
            let step = try await citizen.post("/signin", [("identifier", "94FMDDD"), ("password", "correct horse battery"), ("next", "/services?q=a&category=taxes")])
            #expect(step.headers.first(name: .location)?.hasPrefix("/signin/verify?next=") == true)
            let verify = try await citizen.follow(step).body.string
            let next = try #require(RegistrationTests.between("name=\"next\" value=\"", "\"", in: verify))
            #expect(next == "/services?q=a&amp;category=taxes", "the whole path reached the code page")
            let done = try await citizen.post("/signin/verify", [("code", portal.totp(secret)), ("next", "/services?q=a&category=taxes")])
            #expect(done.headers.first(name: .location) == "/services?q=a&category=taxes")
        }
    }

    @Test("personal pages anywhere are no-store: signed-in pages and API answers, forms, cookies; visitors' reading pages revalidate")
    func personalPagesNoStore() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let visitor = portal.browser()
            for path in ["/", "/agencies", "/services", "/services?q=nikah"] {
                #expect(try await visitor.get(path).headers.first(name: .cacheControl) == "no-cache", "a visitor's \(path)")
            }
            #expect(try await visitor.get("/signin").headers.first(name: .cacheControl) == "no-store", "sign-in sets the session's cookies")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", "correct horse battery")
            for path in ["/", "/agencies", "/services", "/services?q=nikah", "/agencies/ICRA-QBA", "/cabinet"] {
                let res = try await citizen.get(path)
                #expect(res.headers.first(name: .cacheControl) == "no-store", "a signed-in person's \(path) (\(res.status))")
            }
            try await citizen.get("/cabinet")
            #expect(try await citizen.post("/language", [("lang", "en"), ("returnTo", "/")]).headers.first(name: .cacheControl) == "no-store")
            let token = try await APITests.token(portal, fin: "5VBK5VR", scopes: ["profile:read"])
            for path in ["/api/v1/me", "/api/v1/agencies", "/api/v1/services"] {
                let res = try await portal.browser().get(path, headers: APITests.bearer(token))
                #expect(res.headers.first(name: .cacheControl) == "no-store", "API \(path) with a token")
            }
            #expect(try await portal.browser().get("/api/v1/agencies").headers.first(name: .cacheControl)?.hasPrefix("public") == true,
                    "anonymous open data stays cacheable")
        }
    }

    @Test("a registry entry's source becomes a link only when it is an http(s) URL")
    func sourceLinks() async throws {
        try await withPortal { portal in
            var definitions = CatalogTransferTests.definitions()
            definitions[0].source = "javascript:alert(document.cookie)"
            definitions[1].source = "https://e-qanun.az/framework/46946"
            definitions[2].source = "Nazirlər Kabinetinin 2023-cü il qərarı"
            try await RegistryTransferHarness.apply(definitions.enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let browser = portal.browser()
            let scripted = try await browser.get("/services/DIN-0001").body.string
            #expect(scripted.contains("javascript:alert(document.cookie)") && !scripted.contains("href=\"javascript:"), "shown as text, not a link")
            #expect(try await browser.get("/services/EN-0001").body.string.contains("<a href=\"https://e-qanun.az/framework/46946\" rel=\"noopener\">"))
            let text = try await browser.get("/services/ICRA-QBA-0001").body.string
            #expect(text.contains("Nazirlər Kabinetinin 2023-cü il qərarı") && !text.contains("href=\"Nazirlər"))
        }
    }
}
