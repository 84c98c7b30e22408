import Crypto
import Foundation
import Vapor

/// Signed double-submit CSRF protection (OWASP): a random nonce in an HttpOnly cookie, and in every
/// form a token = nonce + HMAC(nonce, session). A forged cross-site form knows neither the nonce nor
/// the key, and a token from another session does not verify.
public enum CSRF {
    public static let formField = "_csrf"
    public static let header = "X-CSRF-Token"

    struct NonceKey: StorageKey { typealias Value = String }
    /// What the token is bound to: the session's hash, or "" for an anonymous visitor.
    public struct BindingKey: StorageKey { public typealias Value = String }

    /// The token to put in this response's forms (creates the nonce cookie when missing).
    public static func token(for req: Request) -> String {
        let nonce = nonce(for: req)
        return nonce + "." + signature(nonce: nonce, binding: req.storage[BindingKey.self] ?? "", key: req.portal.signingKey)
    }

    static func nonce(for req: Request) -> String {
        if let existing = req.storage[NonceKey.self] { return existing }
        let cookieName = req.portal.config.csrfCookieName
        let nonce: String
        if let cookie = req.cookies[cookieName]?.string, cookie.count == 43 {
            nonce = cookie
        } else {
            nonce = randomToken()
        }
        req.storage[NonceKey.self] = nonce
        return nonce
    }

    static func signature(nonce: String, binding: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data((nonce + "|" + binding).utf8), using: key)
        return Data(mac).base64URLEncodedString()
    }

    /// Checks a submitted token against the cookie nonce and the current binding, in constant time.
    public static func isValid(_ submitted: String?, req: Request) -> Bool {
        guard let submitted, let cookie = req.cookies[req.portal.config.csrfCookieName]?.string else { return false }
        let parts = submitted.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, constantTimeEquals(parts[0], cookie) else { return false }
        let expected = signature(nonce: cookie, binding: req.storage[BindingKey.self] ?? "", key: req.portal.signingKey)
        return constantTimeEquals(parts[1], expected)
    }

    /// 32 random bytes, base64url without padding (43 characters).
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64URLEncodedString()
    }
}

/// Refuses state-changing requests without a valid CSRF token and keeps the nonce cookie set.
/// The token may sit anywhere in a form, so the body is collected first (bounded by what the route
/// itself would accept): a body larger than a TCP segment or two is still arriving when the head is
/// routed, and reading it then found no token ("form expired" on every fresh connection). With the
/// body already in memory — and always for GET — there is no executor hop.
public struct CSRFMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return proceed(request, next) }
        if let header = request.headers.first(name: CSRF.header) { return verify(header, request, next) }
        if request.body.data != nil { return verify(try? request.content.get(String.self, at: CSRF.formField), request, next) }
        return request.body.collect(max: Self.bodyLimit(request)).flatMap { _ in
            verify(try? request.content.get(String.self, at: CSRF.formField), request, next)
        }
    }

    /// The route's own limit: declared with `on(_:_:bodyLimit:use:)`, else the application default.
    static func bodyLimit(_ request: Request) -> Int {
        request.route?.userInfo[.init(bodyLimitKey)] as? Int ?? request.application.routes.defaultMaxBodySize.value
    }

    func verify(_ submitted: String?, _ request: Request, _ next: any Responder) -> EventLoopFuture<Response> {
        guard CSRF.isValid(submitted, req: request) else { return request.eventLoop.makeFailedFuture(CSRFFailure()) }
        return proceed(request, next)
    }

    func proceed(_ request: Request, _ next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            if let nonce = request.storage[CSRF.NonceKey.self], request.cookies[request.portal.config.csrfCookieName]?.string != nonce {
                response.cookies[request.portal.config.csrfCookieName] = request.portal.cookie(nonce, maxAge: nil, sameSite: .strict)
            }
            return response
        }
    }
}

/// The form's anti-forgery token did not verify (expired page, another tab signed out, or a forgery).
public struct CSRFFailure: AbortError {
    public var status: HTTPResponseStatus { .forbidden }
    public var reason: String { "The form has expired" }
}

public func constantTimeEquals(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<x.count { diff |= x[i] ^ y[i] }
    return diff == 0
}

extension Data {
    public func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    public init?(base64URLEncoded text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        self.init(base64Encoded: base64)
    }
}

extension PortalServices {
    /// A cookie with the portal's flags: HttpOnly, Path=/, SameSite, Secure unless relaxed for development.
    public func cookie(_ value: String, maxAge: Int?, sameSite: HTTPCookies.SameSitePolicy = .lax) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: config.secureCookies, isHTTPOnly: true, sameSite: sameSite)
    }
}

/// Where a route's body limit is kept for `CSRFMiddleware` (Vapor does not keep the strategy on the route).
let bodyLimitKey = "onewindow.bodyLimit"

extension RoutesBuilder {
    /// A route taking a body larger than the application default (uploads, imports). Routes behind
    /// `CSRFMiddleware` declare such a limit here rather than with `body: .collect(maxSize:)`, so the
    /// middleware collects up to the same limit before it looks for the token.
    @discardableResult
    public func on(_ method: HTTPMethod, _ path: PathComponent..., bodyLimit: ByteCount,
                   use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        let route = on(method, path, body: .collect(maxSize: bodyLimit), use: closure)
        route.userInfo[.init(bodyLimitKey)] = bodyLimit.value
        return route
    }
}
