import Crypto
import Foundation
import Identity
import Payments
import PortalHTTP
import PortalTesting
import Reception
import Testing
import VaporTesting

/// Every route, every kind of person: anonymous, citizen A, citizen B, a representative of A's company,
/// an official of agency X (Quba, agency admin), an official of agency Y (Masallı, operator), the
/// platform administrator. A new route without a row here fails the test.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    enum Actor: String, CaseIterable { case anonymous, citizenA, citizenB, representative, officialX, officialY, admin }

    enum Expect: Equatable {
        /// Reaches the handler (any status but 401/403/404 and no sign-in redirect).
        case allowed
        /// HTML: sent to sign in.
        case signIn
        case forbidden
        /// Someone else's object: not found.
        case notFound
        case unauthorized
        /// Public route whose answer depends on input (no authorisation to check).
        case any
    }

    struct Row {
        let method: HTTPMethod
        let route: String
        let expect: [Actor: Expect]
        /// Builds the concrete path for the actor (fresh objects where the request would consume them).
        var path: ((Actor, Fixtures) async throws -> String)?
        var form: [(String, String)] = []
    }

    /// What the rows point at: A's session, company, token; a role in agency X.
    final class Fixtures: @unchecked Sendable {
        var companyID = ""
        var representativeLinkID = ""
        var tokens: [Actor: String] = [:]
        var portal: PortalHarness!
        var browsers: [Actor: TestBrowser] = [:]
        var secrets: [Actor: [UInt8]] = [:]
        var receptionNumber: String?
    }

    /// Citizen A's reception booking (made once, through the booking form).
    static func receptionBooking(_ f: Fixtures) async throws -> String {
        if let number = f.receptionNumber { return number }
        let agency = try #require(try await f.portal.app.portal.directory.agency(code: "ICRA-QBA"))
        let official = try await ReceptionAdmin.createOfficial(
            agencyID: agency.id, unitCode: "AZ-QBA", name: "Matrix Official",
            sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 5)], app: f.portal.app)
        let browser = try await Self.browser(for: .citizenA, f)
        let start = Int(LocalDate(year: 2026, month: 11, day: 23).startOfDay()!.timeIntervalSince1970) + 10 * 3600
        let res = try await browser.post("/reception/officials/\(official.uuidString)/book",
                                         [("start", String(start)), ("topic", "housing"), ("subject", "Matrix booking")])
        let number = try #require(res.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
        f.receptionNumber = number
        return number
    }

    static let fins: [Actor: String] = [.citizenA: "5VBK5VR", .citizenB: "94FMDDD", .representative: "7HK2M3P",
                                        .officialX: "9QBA1G7", .officialY: "5MAS6C3", .admin: "1DVX2H8"]

    static func everyone(_ e: Expect) -> [Actor: Expect] { Dictionary(uniqueKeysWithValues: Actor.allCases.map { ($0, e) }) }
    static func signedIn(except overrides: [Actor: Expect] = [:]) -> [Actor: Expect] {
        var map = everyone(.allowed)
        map[.anonymous] = .signIn
        for (k, v) in overrides { map[k] = v }
        return map
    }
    static func office(_ allowed: Set<Actor>) -> [Actor: Expect] {
        var map: [Actor: Expect] = [.anonymous: .signIn]
        for actor in Actor.allCases where actor != .anonymous { map[actor] = allowed.contains(actor) ? .allowed : .forbidden }
        return map
    }
    /// Office routes on an object that does not exist: 404 for those allowed in, 403 for the rest.
    static func officeOrMissing(_ allowed: Set<Actor>) -> [Actor: Expect] {
        office(allowed).mapValues { $0 == .allowed ? .notFound : $0 }
    }

    static func api(_ allowed: Set<Actor>) -> [Actor: Expect] {
        Dictionary(uniqueKeysWithValues: Actor.allCases.map { ($0, allowed.contains($0) ? .allowed : .unauthorized) })
    }

    /// API on an object: 401 without a token, `found` for `allowed`, `others` for the rest.
    static func apiObject(_ allowed: Set<Actor>, found: Expect, others: Expect) -> [Actor: Expect] {
        Dictionary(uniqueKeysWithValues: Actor.allCases.map { ($0, $0 == .anonymous ? .unauthorized : allowed.contains($0) ? found : others) })
    }

    static var rows: [Row] {
        let signedInActors = Set(Actor.allCases).subtracting([.anonymous])
        let onlyA: [Actor: Expect] = signedIn(except: [.citizenB: .notFound, .representative: .notFound, .officialX: .notFound, .officialY: .notFound, .admin: .notFound])
        let missing: [Actor: Expect] = [.citizenA: .notFound, .citizenB: .notFound, .representative: .notFound, .officialX: .notFound, .officialY: .notFound, .admin: .notFound]
        let directorOnly: [Actor: Expect] = signedIn(except: [.citizenB: .forbidden, .representative: .forbidden, .officialX: .forbidden, .officialY: .forbidden, .admin: .forbidden])
        return [
            Row(method: .GET, route: "/", expect: everyone(.allowed)),
            Row(method: .GET, route: "/search", expect: everyone(.allowed)),
            Row(method: .GET, route: "/agencies", expect: everyone(.allowed)),
            Row(method: .GET, route: "/agencies/:code", expect: everyone(.allowed), path: { _, _ in "/agencies/DVX" }),
            Row(method: .GET, route: "/health", expect: everyone(.allowed)),
            Row(method: .GET, route: "/ready", expect: everyone(.allowed)),
            // Loopback or the metrics token only (EdgeConfigTests.metricsAccess); in-memory requests have no address.
            Row(method: .GET, route: "/metrics", expect: everyone(.forbidden)),
            Row(method: .GET, route: "/api/openapi.json", expect: everyone(.allowed)),
            Row(method: .GET, route: "/signin", expect: everyone(.any)),
            Row(method: .POST, route: "/signin", expect: everyone(.any)),
            Row(method: .GET, route: "/signin/verify", expect: everyone(.any)),
            Row(method: .POST, route: "/signin/verify", expect: everyone(.any)),
            Row(method: .POST, route: "/signout", expect: everyone(.any)),
            Row(method: .GET, route: "/register", expect: everyone(.any)),
            Row(method: .POST, route: "/register", expect: everyone(.any)),
            Row(method: .POST, route: "/register/details", expect: everyone(.any)),
            Row(method: .POST, route: "/language", expect: everyone(.allowed), form: [("lang", "en")]),
            Row(method: .GET, route: "/language/:code", expect: everyone(.allowed), path: { _, _ in "/language/en" }),
            Row(method: .GET, route: "/activate/:token", expect: everyone(.notFound), path: { _, _ in "/activate/not-a-token" }),
            Row(method: .POST, route: "/activate/:token", expect: everyone(.notFound), path: { _, _ in "/activate/not-a-token" }),
            Row(method: .GET, route: "/cabinet", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/contact", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/contact", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/activity", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/data-access", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/security", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/security/password", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/security/password", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/security/totp", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/security/totp", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/security/totp/disable",
                expect: signedIn(except: [.officialX: .forbidden, .officialY: .forbidden, .admin: .forbidden])),
            Row(method: .POST, route: "/cabinet/security/recovery-codes", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/sessions/revoke-others", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/sessions/:id/revoke", expect: onlyA, path: { _, f in
                let other = f.portal.browser()
                try await other.signIn(fins[.citizenA]!, "correct horse battery")
                let rows = try await (f.portal.app.db as! any SQLDatabase).raw(
                    "SELECT s.public_id FROM identity_sessions s JOIN identity_users u ON u.id = s.user_id WHERE u.fin = '5VBK5VR'").all()
                return "/cabinet/sessions/\(try rows[0].decode(column: "public_id", as: UUID.self).uuidString)/revoke"
            }),
            Row(method: .GET, route: "/account/confirm-password", expect: signedIn()),
            Row(method: .POST, route: "/account/confirm-password", expect: signedIn(), form: [("password", "correct horse battery")]),
            Row(method: .GET, route: "/cabinet/companies", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/companies", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/companies/:company/representatives", expect: directorOnly,
                path: { _, f in "/cabinet/companies/\(f.companyID)/representatives" }),
            Row(method: .POST, route: "/cabinet/companies/:company/representatives/:rep/revoke",
                expect: directorOnly.merging([.citizenA: .notFound]) { $1 },
                path: { _, f in "/cabinet/companies/\(f.companyID)/representatives/\(UUID().uuidString)/revoke" }),
            Row(method: .POST, route: "/acting-as",
                expect: signedIn(except: [.citizenB: .forbidden, .officialX: .forbidden, .officialY: .forbidden, .admin: .forbidden]),
                path: { _, _ in "/acting-as" }, form: []),
            Row(method: .GET, route: "/cabinet/tokens", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/tokens", expect: signedIn()),
            Row(method: .POST, route: "/cabinet/tokens/:id/revoke", expect: onlyA, path: { _, f in
                _ = try await APITests.token(f.portal, fin: "5VBK5VR", scopes: ["profile:read"])
                let rows = try await (f.portal.app.db as! any SQLDatabase).raw(
                    "SELECT t.id FROM identity_access_tokens t JOIN identity_users u ON u.id = t.user_id WHERE u.fin = '5VBK5VR' AND t.revoked_at IS NULL").all()
                return "/cabinet/tokens/\(try rows.last!.decode(column: "id", as: UUID.self).uuidString)/revoke"
            }),
            Row(method: .GET, route: "/office", expect: office([.officialX, .officialY, .admin])),
            // An agency administrator (officialX) has no register look-up right.
            Row(method: .GET, route: "/office/people", expect: office([.officialY])),
            Row(method: .POST, route: "/office/people", expect: office([.officialY])),
            Row(method: .GET, route: "/office/officials", expect: office([.officialX, .admin])),
            Row(method: .POST, route: "/office/officials", expect: office([.officialX, .admin])),
            Row(method: .POST, route: "/office/officials/:role/revoke", expect: office([.officialX, .admin]), path: { _, f in
                // A fresh operator of agency X each time (revoking consumes it).
                let fin = "QB" + String(Int.random(in: 10_000...99_999))
                try await f.portal.account(fin, roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], idCard: "AA" + String(Int.random(in: 1_000_000...9_999_999)))
                let row = try await (f.portal.app.db as! any SQLDatabase).raw(
                    "SELECT r.id FROM identity_roles r JOIN identity_users u ON u.id = r.user_id WHERE u.fin = \(bind: fin)").first()!
                return "/office/officials/\(try row.decode(column: "id", as: UUID.self).uuidString)/revoke"
            }),
            Row(method: .POST, route: "/office/officials/requests/:request/approve", expect: officeOrMissing([.officialX, .admin]),
                path: { _, _ in "/office/officials/requests/\(UUID().uuidString)/approve" }, form: [("reason", "matrix")]),
            Row(method: .POST, route: "/office/officials/requests/:request/refuse", expect: officeOrMissing([.officialX, .admin]),
                path: { _, _ in "/office/officials/requests/\(UUID().uuidString)/refuse" }, form: [("reason", "matrix")]),
            Row(method: .GET, route: "/office/overview", expect: office([.admin])),
            Row(method: .GET, route: "/services", expect: everyone(.allowed)),
            Row(method: .GET, route: "/services/:code", expect: everyone(.notFound), path: { _, _ in "/services/NONE-0001" }),
            Row(method: .GET, route: "/services/:code/history", expect: everyone(.notFound), path: { _, _ in "/services/NONE-0001/history" }),
            Row(method: .GET, route: "/services/:code/versions/:version", expect: everyone(.notFound), path: { _, _ in "/services/NONE-0001/versions/1" }),
            Row(method: .GET, route: "/registry/report", expect: everyone(.allowed)),
            Row(method: .GET, route: "/registry/report.csv", expect: everyone(.allowed)),
            Row(method: .GET, route: "/office/registry", expect: office([.officialX, .admin])),
            Row(method: .GET, route: "/office/registry/new", expect: office([.officialX, .admin])),
            Row(method: .POST, route: "/office/registry/new", expect: office([.officialX, .admin])),
            Row(method: .GET, route: "/office/registry/services/:code", expect: officeOrMissing([.officialX, .admin]),
                path: { _, _ in "/office/registry/services/NONE-0001" }),
            Row(method: .POST, route: "/office/registry/services/:code", expect: officeOrMissing([.officialX, .admin]),
                path: { _, _ in "/office/registry/services/NONE-0001" }),
            Row(method: .POST, route: "/office/registry/services/:code/submit", expect: officeOrMissing([.officialX, .admin]),
                path: { _, _ in "/office/registry/services/NONE-0001/submit" }),
            Row(method: .GET, route: "/office/registry/review", expect: office([.admin])),
            Row(method: .GET, route: "/office/registry/review/:code/:version", expect: officeOrMissing([.admin]),
                path: { _, _ in "/office/registry/review/NONE-0001/1" }),
            Row(method: .POST, route: "/office/registry/review/:code/:version/publish", expect: officeOrMissing([.admin]),
                path: { _, _ in "/office/registry/review/NONE-0001/1/publish" }),
            Row(method: .POST, route: "/office/registry/review/:code/:version/return", expect: officeOrMissing([.admin]),
                path: { _, _ in "/office/registry/review/NONE-0001/1/return" }),
            Row(method: .GET, route: "/office/registry/export.csv", expect: office([.admin])),
            Row(method: .GET, route: "/office/registry/export.json", expect: office([.admin])),
            Row(method: .GET, route: "/office/registry/import", expect: office([.admin])),
            Row(method: .POST, route: "/office/registry/import", expect: office([.admin])),
            Row(method: .GET, route: "/api/v1/services", expect: everyone(.allowed)),
            Row(method: .GET, route: "/api/v1/services/:code", expect: everyone(.notFound), path: { _, _ in "/api/v1/services/NONE-0001" }),
            Row(method: .GET, route: "/api/v1/registry/report", expect: everyone(.allowed)),
            Row(method: .GET, route: "/api/v1/agencies", expect: everyone(.allowed)),
            Row(method: .GET, route: "/api/v1/agencies/:code", expect: everyone(.allowed), path: { _, _ in "/api/v1/agencies/DVX" }),
            Row(method: .GET, route: "/api/v1/territorial-units", expect: everyone(.allowed)),
            Row(method: .GET, route: "/reception", expect: everyone(.allowed)),
            Row(method: .GET, route: "/reception/officials/:id", expect: everyone(.notFound), path: { _, _ in "/reception/officials/\(UUID().uuidString)" }),
            Row(method: .GET, route: "/reception/officials/:id/book", expect: signedIn(except: missing), path: { _, _ in "/reception/officials/\(UUID().uuidString)/book?start=1" }),
            Row(method: .POST, route: "/reception/officials/:id/book", expect: signedIn(except: missing), path: { _, _ in "/reception/officials/\(UUID().uuidString)/book" }),
            Row(method: .POST, route: "/reception/officials/:id/waitlist", expect: signedIn(except: missing), path: { _, _ in "/reception/officials/\(UUID().uuidString)/waitlist" }),
            Row(method: .GET, route: "/reception/board/:agency", expect: everyone(.allowed), path: { _, _ in "/reception/board/ICRA-QBA" }),
            Row(method: .GET, route: "/cabinet/receptions", expect: signedIn()),
            Row(method: .GET, route: "/cabinet/receptions/:number", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))" }),
            Row(method: .GET, route: "/cabinet/receptions/:number/reschedule", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))/reschedule" }),
            Row(method: .POST, route: "/cabinet/receptions/:number/reschedule", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))/reschedule" }),
            Row(method: .POST, route: "/cabinet/receptions/:number/confirm", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))/confirm" }),
            Row(method: .POST, route: "/cabinet/receptions/:number/rate", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))/rate" }),
            Row(method: .POST, route: "/cabinet/receptions/:number/cancel", expect: onlyA, path: { _, f in "/cabinet/receptions/\(try await receptionBooking(f))/cancel" }),
            Row(method: .GET, route: "/office/reception", expect: office([.officialX, .officialY])),
            Row(method: .POST, route: "/office/reception/check-in", expect: office([.officialX, .officialY])),
            Row(method: .GET, route: "/office/reception/check-in/:number", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/check-in/R-NONE2345" }),
            Row(method: .POST, route: "/office/reception/walk-in", expect: office([.officialX, .officialY])),
            Row(method: .POST, route: "/office/reception/officials/:id/call-next", expect: officeOrMissing([.officialX, .officialY]),
                path: { _, _ in "/office/reception/officials/\(UUID().uuidString)/call-next" }),
            Row(method: .GET, route: "/office/reception/bookings/:number", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/bookings/R-NONE2345" }),
            Row(method: .POST, route: "/office/reception/bookings/:number/check-in", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/bookings/R-NONE2345/check-in" }),
            Row(method: .POST, route: "/office/reception/bookings/:number/no-show", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/bookings/R-NONE2345/no-show" }),
            Row(method: .POST, route: "/office/reception/bookings/:number/cancel", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/bookings/R-NONE2345/cancel" }),
            Row(method: .POST, route: "/office/reception/bookings/:number/outcome", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/bookings/R-NONE2345/outcome" }),
            Row(method: .GET, route: "/office/reception/follow-ups", expect: office([.officialX, .officialY])),
            Row(method: .POST, route: "/office/reception/follow-ups/:id", expect: officeOrMissing([.officialX, .officialY]), path: { _, _ in "/office/reception/follow-ups/\(UUID().uuidString)" }),
            Row(method: .GET, route: "/office/reception/stats.csv", expect: office([.officialX, .officialY])),
            Row(method: .GET, route: "/api/v1/reception/officials", expect: everyone(.allowed)),
            Row(method: .GET, route: "/api/v1/reception/officials/:id/slots", expect: everyone(.notFound), path: { _, _ in "/api/v1/reception/officials/\(UUID().uuidString)/slots" }),
            Row(method: .GET, route: "/api/v1/reception/bookings", expect: api(signedInActors)),
            Row(method: .POST, route: "/api/v1/reception/bookings", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/reception/bookings/:number", expect: apiObject(signedInActors, found: .notFound, others: .notFound), path: { _, _ in "/api/v1/reception/bookings/R-NONE2345" }),
            Row(method: .POST, route: "/api/v1/reception/bookings/:number/cancel", expect: apiObject(signedInActors, found: .notFound, others: .notFound), path: { _, _ in "/api/v1/reception/bookings/R-NONE2345/cancel" }),
            Row(method: .POST, route: "/api/v1/reception/check-in", expect: apiObject([.officialX, .officialY], found: .allowed, others: .forbidden)),
            Row(method: .POST, route: "/api/v1/reception/bookings/:number/outcome", expect: apiObject([.officialX, .officialY], found: .allowed, others: .forbidden), path: { _, _ in "/api/v1/reception/bookings/R-NONE2345/outcome" }),
            Row(method: .GET, route: "/api/v1/reception/board/:agency", expect: everyone(.allowed), path: { _, _ in "/api/v1/reception/board/ICRA-QBA" }),
            Row(method: .GET, route: "/api/v1/me", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/me/companies", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/me/data-access", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/me/activity", expect: api(signedInActors)),
        ] + applicationRows(signedInActors) + paymentRows(signedInActors: signedInActors, onlyA: onlyA)
    }

    /// Applications: someone else's (here: a case that does not exist) is not found; the queue is for
    /// those who work cases (Y, an operator); forms for agency administrators (X) and the platform admin.
    static func applicationRows(_ signedInActors: Set<Actor>) -> [Row] {
        let missing = "00000000-0000-4000-8000-000000000000"
        let notFoundSignedIn = signedIn(except: Dictionary(uniqueKeysWithValues: signedInActors.map { ($0, Expect.notFound) }))
        func citizen(_ method: HTTPMethod, _ route: String, _ expect: [Actor: Expect]? = nil) -> Row {
            Row(method: method, route: route, expect: expect ?? notFoundSignedIn,
                path: { _, _ in route.replacingOccurrences(of: ":id", with: missing).replacingOccurrences(of: ":page", with: "one")
                    .replacingOccurrences(of: ":file", with: missing).replacingOccurrences(of: ":code", with: "NONE-0001") })
        }
        func office(_ method: HTTPMethod, _ route: String, _ expect: [Actor: Expect]) -> Row {
            Row(method: method, route: route, expect: expect,
                path: { _, _ in route.replacingOccurrences(of: ":id", with: missing).replacingOccurrences(of: ":file", with: missing)
                    .replacingOccurrences(of: ":code", with: "NONE-0001").replacingOccurrences(of: ":field", with: "x") })
        }
        let worker = officeOrMissing([.officialY])
        let formsOffice = officeOrMissing([.officialX, .admin])
        return [
            citizen(.GET, "/services/:code/apply"), citizen(.POST, "/services/:code/apply"),
            citizen(.GET, "/applications", signedIn()),
            citizen(.GET, "/applications/:id"), citizen(.GET, "/applications/:id/pages/:page"), citizen(.POST, "/applications/:id/pages/:page"),
            citizen(.GET, "/applications/:id/check"), citizen(.POST, "/applications/:id/submit"), citizen(.POST, "/applications/:id/cancel"),
            citizen(.POST, "/applications/:id/answer"), citizen(.POST, "/applications/:id/rating"), citizen(.GET, "/applications/:id/files/:file"),
            office(.GET, "/office/applications", Self.office([.officialY])),
            office(.GET, "/office/applications/overdue", Self.office([])),
            office(.GET, "/office/applications/:id", worker), office(.POST, "/office/applications/:id/assign", worker),
            office(.POST, "/office/applications/:id/note", worker), office(.POST, "/office/applications/:id/transition", worker),
            office(.POST, "/office/applications/:id/extend", worker), office(.POST, "/office/applications/:id/result", worker),
            office(.GET, "/office/applications/:id/files/:file", worker),
            office(.GET, "/office/forms", Self.office([.officialX, .admin])),
            office(.GET, "/office/forms/:code", formsOffice), office(.POST, "/office/forms/:code/pages", formsOffice),
            office(.POST, "/office/forms/:code/fields", formsOffice), office(.POST, "/office/forms/:code/fields/:field/move", formsOffice),
            office(.POST, "/office/forms/:code/fields/:field/delete", formsOffice), office(.POST, "/office/forms/:code/import", formsOffice),
            office(.GET, "/office/forms/:code/export.json", formsOffice), office(.GET, "/office/forms/:code/preview", formsOffice),
            office(.POST, "/office/forms/:code/publish", formsOffice), office(.POST, "/office/forms/:code/discard", formsOffice),
            citizen(.GET, "/api/v1/applications", api(signedInActors)),
            // An empty body is refused (422) before anything is looked up.
            citizen(.POST, "/api/v1/applications", api(signedInActors)),
            citizen(.GET, "/api/v1/applications/:id", apiObject(signedInActors, found: .notFound, others: .notFound)),
            citizen(.PUT, "/api/v1/applications/:id/answers", api(signedInActors)),
            citizen(.POST, "/api/v1/applications/:id/submit", apiObject(signedInActors, found: .notFound, others: .notFound)),
            citizen(.POST, "/api/v1/applications/:id/cancel", apiObject(signedInActors, found: .notFound, others: .notFound)),
            citizen(.GET, "/api/v1/applications/:id/timeline", apiObject(signedInActors, found: .notFound, others: .notFound)),
            office(.GET, "/api/v1/office/applications", apiObject([.officialY], found: .allowed, others: .forbidden)),
            office(.GET, "/api/v1/office/applications/:id", apiObject([.officialY], found: .notFound, others: .forbidden)),
            office(.POST, "/api/v1/office/applications/:id/transition", apiObject([.officialY], found: .allowed, others: .forbidden)),
            office(.POST, "/api/v1/office/applications/:id/notes", apiObject([.officialY], found: .allowed, others: .forbidden)),
        ]
    }

    /// Payments: A's own invoice and payment attempt, the office pages by permission, the provider's callback.
    static func paymentRows(signedInActors: Set<Actor>, onlyA: [Actor: Expect]) -> [Row] {
        var apiOnlyA = api([.citizenA])
        for actor in signedInActors where actor != .citizenA { apiOnlyA[actor] = .notFound }
        var apiMissing = api([])
        for actor in signedInActors { apiMissing[actor] = .notFound }
        return [
            Row(method: .GET, route: "/cabinet/payments", expect: signedIn()),
            Row(method: .GET, route: "/payments/invoices/:id", expect: onlyA, path: { _, f in "/payments/invoices/\(try await invoiceOfA(f))" }),
            Row(method: .POST, route: "/payments/invoices/:id/pay", expect: onlyA, path: { _, f in "/payments/invoices/\(try await invoiceOfA(f))/pay" }),
            Row(method: .GET, route: "/payments/go/:id", expect: onlyA, path: { _, f in "/payments/go/\(try await paymentOfA(f))" }),
            Row(method: .GET, route: "/payments/return/:id", expect: onlyA, path: { _, f in "/payments/return/\(try await paymentOfA(f))" }),
            Row(method: .POST, route: "/payments/provider/callback", expect: everyone(.unauthorized)),
            Row(method: .GET, route: "/office/payments", expect: office([.officialY, .admin])),
            Row(method: .GET, route: "/office/payments/fines", expect: office([.officialY])),
            Row(method: .POST, route: "/office/payments/fines", expect: office([.officialY])),
            Row(method: .GET, route: "/office/payments/invoices", expect: office([.officialY])),
            Row(method: .POST, route: "/office/payments/payments/:id/refunds", expect: office([.officialY]),
                path: { _, _ in "/office/payments/payments/\(UUID().uuidString)/refunds" }),
            Row(method: .GET, route: "/office/payments/refunds", expect: office([.officialY])),
            Row(method: .POST, route: "/office/payments/refunds/:id/approve", expect: office([]),
                path: { _, _ in "/office/payments/refunds/\(UUID().uuidString)/approve" }),
            Row(method: .POST, route: "/office/payments/refunds/:id/reject", expect: office([]),
                path: { _, _ in "/office/payments/refunds/\(UUID().uuidString)/reject" }),
            Row(method: .GET, route: "/office/payments/reconciliation", expect: office([.admin])),
            Row(method: .POST, route: "/office/payments/reconciliation", expect: office([.admin])),
            Row(method: .GET, route: "/office/payments/reconciliation.csv", expect: officeOrMissing([.admin])),
            Row(method: .POST, route: "/api/v1/payments", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/payments", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/payments/:id", expect: apiMissing, path: { _, _ in "/api/v1/payments/\(UUID().uuidString)" }),
            Row(method: .GET, route: "/api/v1/invoices", expect: api(signedInActors)),
            Row(method: .GET, route: "/api/v1/invoices/:id", expect: apiOnlyA, path: { _, f in "/api/v1/invoices/\(try await invoiceOfA(f))" }),
            Row(method: .GET, route: "/api/v1/fines", expect: api(signedInActors)),
        ]
    }

    /// A fresh invoice addressed to citizen A (through the Payments contract).
    static func invoiceOfA(_ f: Fixtures) async throws -> String {
        let app = f.portal.app
        return try await Invoices.create(InvoiceDraft(
            payer: InvoicePayer(fin: fins[.citizenA]!), amount: 1000, purpose: .stateFee,
            subject: InvoiceSubject(type: "matrix", id: UUID().uuidString), description: .text(LocalizedText(az: "Rüsum")),
            agencyCode: "DVX", returnPath: "/cabinet"), on: app.db, services: app).id.uuidString
    }

    /// A payment attempt of citizen A on a fresh invoice (recorded directly: the matrix has no provider).
    static func paymentOfA(_ f: Fixtures) async throws -> String {
        let sql = f.portal.app.db as! any SQLDatabase
        let invoice = try #require(UUID(uuidString: try await invoiceOfA(f)))
        let user = try await sql.raw("SELECT id FROM identity_users WHERE fin = \(bind: fins[.citizenA]!)").first()!.decode(column: "id", as: UUID.self)
        let id = UUID()
        let now = f.portal.clock.now()
        try await sql.raw("""
            INSERT INTO payments_payments (id, invoice_id, payer_user_id, amount, currency, status, created_at, expires_at)
            VALUES (\(bind: id), \(bind: invoice), \(bind: user), 1000, 'AZN', 'failed', \(bind: now), \(bind: now.addingTimeInterval(5400)))
            """).run()
        return id.uuidString
    }

    @Test("every route answers each kind of person as the table says")
    func matrix() async throws {
        try await withPortal { portal in
            let fixtures = Fixtures()
            fixtures.portal = portal
            try await portal.account(Self.fins[.citizenA]!)
            try await portal.account(Self.fins[.citizenB]!)
            try await portal.account(Self.fins[.representative]!)
            for (actor, role, agency) in [(Actor.officialX, OfficialRole.agencyAdmin, "ICRA-QBA"), (.officialY, .operator_, "ICRA-MAS")] {
                let secret = TOTP.generateSecret()
                fixtures.secrets[actor] = secret
                try await portal.account(Self.fins[actor]!, roles: [.init(agencyCode: agency, role: role)], totpSecret: secret)
            }
            let adminSecret = TOTP.generateSecret()
            fixtures.secrets[.admin] = adminSecret
            try await portal.person(Self.fins[.admin]!, idCard: "AA2233445")
            _ = try await CreatePlatformAdmin(app: portal.app).run(fin: Self.fins[.admin]!, email: "admin@example.az",
                                                                  password: "correct horse battery", names: nil)
            try await (portal.app.db as! any SQLDatabase).raw("UPDATE identity_users SET totp_enabled = \(bind: true), totp_secret = \(bind: try Self.seal(adminSecret, portal)) WHERE fin = \(bind: Self.fins[.admin]!)").run()
            try await portal.company(voen: "1400057421", name: "Quba Alma MMC", director: Self.fins[.citizenA]!)
            let director = portal.browser()
            try await director.signIn(Self.fins[.citizenA]!, "correct horse battery")
            try await director.get("/cabinet/companies")
            let linked = try await director.post("/cabinet/companies", [("voen", "1400057421")])
            fixtures.companyID = try #require(CompanyAndOfficialTests.companyID(in: try await director.follow(linked).body.string))
            try await director.post("/cabinet/companies/\(fixtures.companyID)/representatives", [("fin", Self.fins[.representative]!)])
            for actor in Actor.allCases where actor != .anonymous { try await Self.mintToken(for: actor, fixtures) }

            let rows = Self.rows
            // Completeness: every registered route has a row.
            for route in portal.app.routes.all {
                let path = "/" + route.path.map(\.description).joined(separator: "/")
                #expect(rows.contains { $0.method == route.method && $0.route == (path == "/" ? "/" : path) },
                        "no authorization row for \(route.method) \(path)")
            }

            for row in rows {
                for actor in Actor.allCases {
                    guard let expected = row.expect[actor] else { Issue.record("\(row.route) has no expectation for \(actor)"); continue }
                    let browser = try await Self.browser(for: actor, fixtures)
                    let path = try await row.path?(actor, fixtures) ?? row.route
                    var headers: HTTPHeaders = [:]
                    if path.hasPrefix("/api/v1/"), let token = fixtures.tokens[actor] { headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
                    var form = row.form
                    if row.route == "/acting-as" { form = [("company", fixtures.companyID)] }
                    let res: TestingHTTPResponse
                    if row.method == .GET {
                        res = try await browser.get(path, headers: headers)
                    } else if path.hasPrefix("/api/v1/") {
                        headers.contentType = .json
                        res = try await browser.send(row.method, path, headers: headers, body: ByteBuffer(string: "{}"))
                    } else {
                        res = try await browser.post(path, form)
                    }
                    #expect(Self.outcome(res, matches: expected), "\(row.method) \(path) as \(actor): \(res.status.code) \(res.headers.first(name: .location) ?? "")")
                    // Signing out everywhere revokes the person's tokens too: the API rows need a new one.
                    if row.route == "/cabinet/sessions/revoke-others", actor != .anonymous { try await Self.mintToken(for: actor, fixtures) }
                }
            }
        }
    }

    /// A token with every scope the person may have: office scopes only for those with an office role.
    static func mintToken(for actor: Actor, _ f: Fixtures) async throws {
        let citizenScopes = ["profile:read", "companies:read", "data-access:read", "activity:read", "applications:read", "applications:write",
                             "payments:read", "payments:write", "reception:read", "reception:write"]
        let officeScopes = f.secrets[actor] == nil ? [] : ["applications:office", "reception:office"]
        f.tokens[actor] = try await APITests.token(f.portal, fin: fins[actor]!, scopes: citizenScopes + officeScopes, totpSecret: f.secrets[actor])
    }

    static func outcome(_ res: TestingHTTPResponse, matches expected: Expect) -> Bool {
        let code = res.status.code
        let toSignIn = code == 303 && (res.headers.first(name: .location)?.hasPrefix("/signin") ?? false)
        switch expected {
        case .any: return code < 500
        case .allowed: return code < 500 && ![401, 403, 404].contains(code) && !toSignIn
        case .signIn: return toSignIn
        case .forbidden: return code == 403
        case .notFound: return code == 404
        case .unauthorized: return code == 401
        }
    }

    /// A fresh, signed-in (and re-authenticated) browser per request, so no request depends on another.
    static func browser(for actor: Actor, _ f: Fixtures) async throws -> TestBrowser {
        let browser = f.portal.browser()
        guard let fin = fins[actor] else { try await browser.get("/signin"); return browser }
        f.portal.clock.advance(by: 31)  // a fresh TOTP step: codes are single-use
        let code = f.secrets[actor].map { f.portal.totp($0) }
        try await browser.signIn(fin, "correct horse battery", code: code)
        if code != nil { f.portal.clock.advance(by: 30) }  // re-authentication takes a code of a new step
        try await browser.confirmPassword("correct horse battery", next: "/cabinet", code: f.secrets[actor].map { f.portal.totp($0) })
        try await browser.get("/cabinet")
        return browser
    }

    static func seal(_ secret: [UInt8], _ portal: PortalHarness) throws -> String {
        let key = portal.app.portal.encryptionKey
        return try AES.GCM.seal(secret, using: key).combined!.base64EncodedString()
    }
}
