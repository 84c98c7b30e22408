import Vapor

/// Security headers on every response, errors included (this middleware sits outside the error handler).
public struct SecurityHeadersMiddleware: Middleware {
    let hsts: Bool

    public init(hsts: Bool) { self.hsts = hsts }

    /// No inline script or style anywhere: everything comes from our own origin.
    public static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
        "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Paths whose pages are about one person (or set up their session) for everyone, signed in or not.
    static let personalPaths = ["/cabinet", "/office", "/account", "/signin", "/signout", "/activate", "/register"]

    /// Anything answered to a signed-in person (page or API), every answer to a form or other
    /// state-changing request, anything that sets a cookie, and the personal paths.
    static func isPersonal(_ request: Request, _ response: Response) -> Bool {
        let path = request.url.path
        return request.principal != nil || ![.GET, .HEAD].contains(request.method) || response.headers.contains(name: .setCookie)
            || personalPaths.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { self.decorate($0, for: request) }
    }

    func decorate(_ response: Response, for request: Request) -> Response {
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        ]
        for (name, value) in headers where !response.headers.contains(name: name) {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        if hsts { response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains") }
        if Self.isPersonal(request, response) {
            // Personal pages must not sit in shared caches, the browser's disk cache or its back-forward cache.
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        } else if response.headers.contentType == .html || response.headers.first(name: .contentType)?.hasPrefix("text/html") == true,
                  !response.headers.contains(name: .cacheControl) {
            // A page's language comes from a cookie: the browser must ask again rather than reuse
            // yesterday's page in another language.
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        }
        return response
    }
}
