import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Calls every row as every actor (API rows with each kind of token) and lists what answered otherwise.
struct MatrixRunner {
    let world: MatrixWorld

    struct Report {
        var calls = 0
        var skipped = 0
        var failures: [String] = []
        /// Seconds spent per row (the slowest are printed).
        var seconds: [(String, Double)] = []
    }

    /// Rows sharing the actors' browsers first; rows that change or end the session last.
    func run(_ rows: [Row]) async throws -> Report {
        var report = Report()
        let ordered = rows.filter { $0.session == .shared } + rows.filter { $0.session == .fresh }
        for row in ordered {
            let began = Date()
            defer { report.seconds.append(("\(row.method) \(row.route)", Date().timeIntervalSince(began))) }
            for actor in Actor.allCases {
                for token in Self.tokenKinds(row, actor) {
                    try await call(row, actor, token, &report)
                }
            }
            // The row may have ended sessions or revoked tokens: the next use signs in again.
            if row.session == .fresh { world.forgetBrowsers() }
        }
        return report
    }

    static func tokenKinds(_ row: Row, _ actor: Actor) -> [TokenKind?] {
        guard row.isAPI, actor != .anonymous else { return [nil] }
        return row.scope == nil ? [.full] : TokenKind.allCases
    }

    func call(_ row: Row, _ actor: Actor, _ token: TokenKind?, _ report: inout Report) async throws {
        let label = "\(row.method) \(row.route) as \(actor)" + (token.map { " (token: \($0))" } ?? "")
        guard let expected = row.expected(actor, token) else {
            report.failures.append("\(label): the row has no expectation")
            return
        }
        let fresh = row.consumes && expected.isSuccess
        let browser = row.session == .fresh ? try await world.cast.freshBrowser(actor, world) : try await world.browser(actor)
        let call: Call
        do {
            call = try await row.call?(CallContext(actor: actor, world: world, fresh: fresh, token: token)) ?? Call(row.route)
        } catch {
            report.failures.append("\(label): making the object failed: \(String(reflecting: error))")
            return
        }
        let response: TestingHTTPResponse
        do {
            response = try await world.send(row, call, as: actor, token: token, browser: browser)
        } catch is MatrixSkip {
            report.skipped += 1
            return
        }
        report.calls += 1
        if let problem = Self.mismatch(response, expected, call, world.portal) {
            report.failures.append("\(row.method) \(call.path) as \(actor)" + (token.map { " (token: \($0))" } ?? "") + ": \(problem)")
        }
    }

    /// Nil when the answer is the expected one; otherwise what came instead.
    static func mismatch(_ res: TestingHTTPResponse, _ expected: Expect, _ call: Call, _ portal: PortalHarness) -> String? {
        let code = res.status.code
        let location = res.headers.first(name: .location)
        let toSignIn = code == 303 && (location?.hasPrefix("/signin?next=") ?? false)
        let ok: Bool
        switch expected {
        case .status(let wanted): ok = code == wanted && !toSignIn
        case .signIn: ok = toSignIn
        case .okShowing(let text): ok = code == 200 && res.body.string.contains(fill(text, call))
        case .okHiding(let text): ok = code == 200 && !res.body.string.contains(fill(text, call))
        case .anyAnswer: ok = code < 500
        case .seeUnder(let place, let flash):
            ok = code == 303 && (location?.hasPrefix(fill(place, call)) ?? false) && (flash == nil || res.flash(portal) == flash)
        case .see(let place, let flash):
            ok = code == 303 && location == fill(place, call) && (flash == nil || res.flash(portal) == flash)
        }
        if ok { return nil }
        var got = "\(code)"
        if let location { got += " → \(location)" }
        if let flash = res.flash(portal) { got += " (\(flash))" }
        if code >= 400, let detail = Self.detail(res) { got += " «\(detail)»" }
        return "expected \(expected), got \(got)"
    }

    static func fill(_ text: String, _ call: Call) -> String {
        call.values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The problem slug or the page's error summary, to tell refusals apart in a failure message.
    static func detail(_ res: TestingHTTPResponse) -> String? {
        let body = res.body.string
        if let range = body.range(of: #""type":"[^"]*""#, options: .regularExpression) { return String(body[range]) }
        if let range = body.range(of: ##"<li><a href="#[^"]*">[^<]*"##, options: .regularExpression) { return String(body[range]) }
        return nil
    }

    /// Every registered route has a row, every row a registered route and an expectation per actor, and
    /// every route that takes an object has a row pointing at a real object of someone else.
    static func completeness(_ rows: [Row], routes: [Route]) -> [String] {
        var problems: [String] = []
        let registered = Set(routes.map { "\($0.method) /" + $0.path.map(\.description).joined(separator: "/") })
        let covered = Set(rows.map { "\($0.method) \($0.route)" })
        for route in registered.sorted() where !covered.contains(route == "GET /" ? "GET /" : route) {
            problems.append("no authorization row for \(route)")
        }
        for row in rows {
            let key = "\(row.method) \(row.route)"
            if !registered.contains(key) { problems.append("row for a route that is not registered: \(key)") }
            for actor in Actor.allCases where row.expect[actor] == nil { problems.append("\(key) has no expectation for \(actor)") }
            if row.route.contains(":"), row.call == nil { problems.append("\(key) takes an object but its row makes no path") }
            if row.route.contains(":"), row.object == .none { problems.append("\(key) takes an object but its row names none") }
            if row.isAPI && row.session == .fresh { problems.append("\(key): API rows use tokens, not sessions") }
        }
        let withObject = Set(rows.filter {
            switch $0.object { case .owned, .publicObject: return true; case .none, .missing: return false }
        }.map { "\($0.method) \($0.route)" })
        for route in registered.sorted() where route.contains(":") && !withObject.contains(route) {
            problems.append("\(route) has no row with a real object")
        }
        return problems
    }
}
