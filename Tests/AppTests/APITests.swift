import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("JSON API")
struct APITests {
    static let password = "correct horse battery"

    /// Creates a token through the cabinet (re-authentication included) and returns it.
    static func token(_ portal: PortalHarness, fin: String, scopes: [String], totpSecret: [UInt8]? = nil,
                      password: String = APITests.password) async throws -> String {
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, password, code: totpSecret.map { portal.totp($0) })
        try await browser.get("/cabinet/tokens")
        var res = try await browser.post("/cabinet/tokens", [("name", "test")] + scopes.map { ("scopes[]", $0) } + [("days", "30")])
        #expect(res.headers.first(name: .location)?.contains("confirm-password") == true)
        // A token needs a fresh second factor: the password again and, with TOTP, a code of a new step.
        if totpSecret != nil { portal.clock.advance(by: 30) }
        try await browser.confirmPassword(password, next: "/cabinet/tokens", code: totpSecret.map { portal.totp($0) })
        try await browser.get("/cabinet/tokens")
        res = try await browser.post("/cabinet/tokens", [("name", "test")] + scopes.map { ("scopes[]", $0) } + [("days", "30")])
        #expect(res.status == .created)
        return try #require(RegistrationTests.between("<code id=\"new-token\">", "</code>", in: res.body.string))
    }

    static func bearer(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)"] }

    @Test("personal access tokens: scoped, shown once, revocable; cookies do not authenticate the API")
    func tokens() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let token = try await Self.token(portal, fin: "5VBK5VR", scopes: ["profile:read"])
            #expect(token.hasPrefix("ow_pat_"))
            let api = portal.browser()
            var res = try await api.get("/api/v1/me", headers: Self.bearer(token))
            #expect(res.status == .ok)
            #expect(res.body.string.contains("\"fin\":\"5VBK5VR\""))
            #expect(res.headers.first(name: .cacheControl) == "no-store")
            res = try await api.get("/api/v1/me/data-access", headers: Self.bearer(token))
            #expect(res.status == .forbidden && res.body.string.contains("insufficient-scope"))
            res = try await api.get("/api/v1/me")
            #expect(res.status == .unauthorized && res.headers.first(name: "WWW-Authenticate") == "Bearer")
            res = try await api.get("/api/v1/me", headers: Self.bearer("ow_pat_forged"))
            #expect(res.status == .unauthorized && res.headers.first(name: "WWW-Authenticate")?.contains("invalid_token") == true)
            // A signed-in browser's cookie is not an API credential.
            let browser = portal.browser()
            try await browser.signIn("5VBK5VR", Self.password)
            #expect(try await browser.get("/api/v1/me").status == .unauthorized)
            // Revoked tokens stop working.
            try await browser.get("/cabinet/tokens")
            let list = try await browser.get("/cabinet/tokens").body.string
            let revoke = try #require(CompanyAndOfficialTests.formAction(containing: "/revoke", in: list))
            #expect(try await browser.post(revoke).status == .seeOther)
            #expect(try await api.get("/api/v1/me", headers: Self.bearer(token)).status == .unauthorized)
            // The database holds only a digest.
            let rows = try await (portal.app.db as! any SQLDatabase).raw("SELECT token_hash FROM identity_access_tokens").all()
            #expect(try rows.allSatisfy { try $0.decode(column: "token_hash", as: String.self) != token })
        }
    }

    @Test("expired tokens stop working")
    func expiry() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let token = try await Self.token(portal, fin: "5VBK5VR", scopes: ["profile:read"])
            portal.clock.advance(by: 31 * 86400)
            #expect(try await portal.browser().get("/api/v1/me", headers: Self.bearer(token)).status == .unauthorized)
        }
    }

    @Test("reference API: search, paging, validation problems, ETag and 304")
    func referenceAPI() async throws {
        try await withPortal { portal in
            let api = portal.browser()
            var res = try await api.get("/api/v1/agencies?q=seki&kind=local")
            #expect(res.status == .ok)
            #expect(res.body.string.contains("\"total\":2"))
            let etag = try #require(res.headers.first(name: .eTag))
            res = try await api.get("/api/v1/agencies?q=seki&kind=local", headers: ["If-None-Match": etag])
            #expect(res.status == .notModified)
            res = try await api.get("/api/v1/agencies?limit=0&offset=-1&kind=x")
            #expect(res.status == .unprocessableEntity)
            #expect(res.headers.contentType?.subType == "problem+json")
            #expect(res.body.string.contains("validation.limit.range") && res.body.string.contains("validation.offset.range"))
            res = try await api.get("/api/v1/agencies?limit=5&offset=5")
            #expect(res.body.string.contains("\"limit\":5") && res.body.string.contains("\"offset\":5"))
            #expect(try await api.get("/api/v1/agencies/ICRA-QBA").body.string.contains("Quba Rayon İcra Hakimiyyəti"))
            #expect(try await api.get("/api/v1/agencies/NOPE").status == .notFound)
            #expect(try await api.get("/api/v1/territorial-units").body.string.contains("\"total\":78"))
        }
    }

    @Test("live responses match the OpenAPI document, and every API route is documented")
    func contract() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], totpSecret: TOTP.generateSecret())
            try await portal.company(voen: "1400057421", name: "Quba Alma MMC", director: "5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await citizen.get("/cabinet/companies")
            try await citizen.post("/cabinet/companies", [("voen", "1400057421")])
            let token = try await Self.token(portal, fin: "5VBK5VR", scopes: ["profile:read", "companies:read", "data-access:read", "activity:read"])
            let narrow = try await Self.token(portal, fin: "5VBK5VR", scopes: ["activity:read"])

            let raw = try await portal.browser().get("/api/openapi.json")
            let document = try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView))
            #expect(document["openapi"]?.stringValue == "3.1.0")
            let validator = OpenAPIValidator(document: document)

            let requests: [(String, HTTPHeaders)] = [
                ("/health", [:]), ("/ready", [:]),
                ("/api/v1/agencies", [:]), ("/api/v1/agencies?q=quba&kind=local&limit=1", [:]), ("/api/v1/agencies?limit=1000", [:]),
                ("/api/v1/agencies/DVX", [:]), ("/api/v1/agencies/nope", [:]), ("/api/v1/territorial-units", [:]),
                ("/api/v1/me", Self.bearer(token)), ("/api/v1/me/companies", Self.bearer(token)),
                ("/api/v1/me/data-access", Self.bearer(token)), ("/api/v1/me/activity", Self.bearer(token)),
                ("/api/v1/me", [:]), ("/api/v1/me", Self.bearer("ow_pat_nope")), ("/api/v1/me/companies", Self.bearer(narrow)),
            ]
            var statuses: Set<Int> = []
            for (path, headers) in requests {
                let res = try await portal.browser().get(path, headers: headers)
                statuses.insert(Int(res.status.code))
                let problems = validator.problems(method: "GET", path: path, status: Int(res.status.code),
                                                  contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView))
                #expect(problems.isEmpty, "\(path): \(problems)")
            }
            #expect(statuses.isSuperset(of: [200, 401, 403, 404, 422]))

            for route in portal.app.routes.all where route.path.first?.description == "api" {
                let path = "/" + route.path.map { $0.description.hasPrefix(":") ? "{\($0.description.dropFirst())}" : $0.description }.joined(separator: "/")
                #expect(document["paths"]?[path]?[route.method.rawValue.lowercased()] != nil || path == "/api/openapi.json",
                        "\(route.method) \(path) is not in the OpenAPI document")
            }
        }
    }

    @Test("the OpenAPI document names every token scope and the one each operation needs; office operations need an office scope")
    func scopesInStep() async throws {
        try await withPortal { portal in
            let raw = try await portal.browser().get("/api/openapi.json")
            let document = try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView))
            let scheme = document["components"]?["securitySchemes"]?["personalAccessToken"]
            let documented = Set(scheme?["x-scopes"]?.objectValue?.keys.map { $0 } ?? [])
            #expect(documented == Set(IdentityModule.tokenScopes), "x-scopes: \(documented.sorted())")
            #expect(Set(scheme?["x-office-scopes"]?.arrayValue?.compactMap(\.stringValue) ?? []) == TokenScopes.office)
            var operations = 0
            for (path, item) in document["paths"]?.objectValue ?? [:] {
                for (method, operation) in item.objectValue ?? [:] {
                    guard let security = operation["security"]?.arrayValue else { continue }
                    operations += 1
                    let scopes = security.compactMap { $0["personalAccessToken"]?.arrayValue }.flatMap { $0 }.compactMap(\.stringValue)
                    #expect(scopes.count == 1 && documented.contains(scopes[0]), "\(method) \(path): \(scopes)")
                    let office = path.hasPrefix("/api/v1/office/") || path == "/api/v1/reception/check-in" || path.hasSuffix("/outcome")
                    #expect(office == scopes.allSatisfy(TokenScopes.office.contains), "\(method) \(path) needs an office scope: \(office)")
                }
            }
            #expect(operations >= 27)
        }
    }
}
