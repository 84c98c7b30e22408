import Foundation
import NIOConcurrencyHelpers
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The portal the matrix runs against, its people (one signed-in browser each, reused by every row
/// that does not change the session), their tokens, and the objects the rows point at (made once and
/// shared, or made fresh for a call that consumes its object).
final class MatrixWorld: @unchecked Sendable {
    let portal: PortalHarness
    let cast: MatrixCast
    private let state = NIOLockedValueBox(State())

    struct State {
        var browsers: [Actor: TestBrowser] = [:]
        var tokens: [String: String?] = [:]
        var shared: [String: Any] = [:]
        var sequence = 0
        var ready = false
    }

    init(portal: PortalHarness, cast: MatrixCast) {
        self.portal = portal
        self.cast = cast
    }

    var app: Application { portal.app }
    var sql: any SQLDatabase { portal.app.db as! any SQLDatabase }

    /// A number unique within the run (for FINs, protocol numbers, names of fresh objects).
    func next() -> Int { state.withLockedValue { $0.sequence += 1; return $0.sequence } }

    // MARK: browsers

    /// The actor's long-lived browser (signed in, second factor and password confirmed at the start;
    /// signed in again after a row that ended sessions).
    func browser(_ actor: Actor) async throws -> TestBrowser {
        if let existing = state.withLockedValue({ $0.browsers[actor] }) { return existing }
        let browser = state.withLockedValue({ $0.ready }) ? try await cast.freshBrowser(actor, self) : try await cast.signIn(actor, self)
        state.withLockedValue { $0.browsers[actor] = browser }
        return browser
    }

    /// Everyone is signed in: a later sign-in moves the clock to a new TOTP step.
    func setUpDone() { state.withLockedValue { $0.ready = true } }

    /// Forgets the shared browsers (after a row that ended sessions), so the next use signs in again.
    func forgetBrowsers() { state.withLockedValue { $0.browsers = [:]; $0.tokens = [:] } }

    // MARK: tokens

    /// A personal access token of `actor` with `scopes`, made in the cabinet (cached); nil when the
    /// portal refuses to issue it.
    func token(_ actor: Actor, scopes: [String]) async throws -> String? {
        let key = actor.rawValue + "|" + scopes.sorted().joined(separator: " ")
        if let cached = state.withLockedValue({ $0.tokens[key] }) { return cached }
        let token = try await cast.mintToken(actor, scopes: scopes, self)
        state.withLockedValue { $0.tokens[key] = .some(token) }
        return token
    }

    // MARK: objects

    /// An object made once and shared by every row and call that does not consume it.
    func shared<T>(_ key: String, _ make: () async throws -> T) async throws -> T {
        if let existing = state.withLockedValue({ $0.shared[key] }) as? T { return existing }
        let made = try await make()
        state.withLockedValue { $0.shared[key] = made }
        return made
    }

    /// The shared object, or a new one when the call consumes it.
    func object<T>(_ key: String, fresh: Bool, _ make: () async throws -> T) async throws -> T {
        fresh ? try await make() : try await shared(key, make)
    }

    // MARK: sending

    /// Sends `call` as `actor` (with `token` for an API route) and answers the response.
    func send(_ row: Row, _ call: Call, as actor: Actor, token: TokenKind?, browser: TestBrowser) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in call.headers { headers.add(name: name, value: value) }
        if row.isAPI, actor != .anonymous, let token {
            let scopes = cast.scopes(for: token, actor: actor, route: row.scope)
            guard let value = try await self.token(actor, scopes: scopes) else { throw MatrixSkip() }
            headers.replaceOrAdd(name: .authorization, value: "Bearer \(value)")
        }
        if let json = call.json {
            headers.contentType = .json
            return try await browser.send(row.method, call.path, headers: headers, body: ByteBuffer(string: json))
        }
        if let upload = call.upload {
            return try await browser.upload(call.path, field: upload.field, filename: upload.name, contents: upload.bytes,
                                            contentType: upload.type, call.form)
        }
        if row.method == .GET { return try await browser.get(call.path, headers: headers) }
        if row.isAPI {
            headers.contentType = .json
            return try await browser.send(row.method, call.path, headers: headers, body: ByteBuffer(string: "{}"))
        }
        return try await browser.post(call.path, call.form)
    }
}

/// The portal does not issue this token to this person (e.g. an office scope to a citizen): the call
/// is not made; the token-creation rows prove the refusal.
struct MatrixSkip: Error {}

extension TestingHTTPResponse {
    /// The flash message key this response sets, if any.
    func flash(_ portal: PortalHarness) -> String? {
        let name = portal.app.portal.config.flashCookieName + "="
        return headers[.setCookie].first { $0.hasPrefix(name) }.map { String($0.dropFirst(name.count).prefix { $0 != ";" }) }
    }
}
