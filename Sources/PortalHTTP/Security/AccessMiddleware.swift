import Vapor

/// HTML pages for signed-in people: anyone else is sent to sign in and brought back afterwards.
public struct RequireSignedInMiddleware: AsyncMiddleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.principal != nil else {
            var path = request.url.path
            if request.method == .GET, let query = request.url.query, !query.isEmpty { path += "?" + query }
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "=", "?", "+"])) ?? "/"
            return request.redirect(to: "/signin?next=" + encoded, redirectType: .normal)
        }
        return try await next.respond(to: request)
    }
}

/// `/office`: officials only, and only with their second factor verified in this session.
public struct RequireOfficeMiddleware: AsyncMiddleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let principal = request.principal else { throw Abort(.unauthorized) }
        guard principal.hasOfficeAccess else { throw Abort(.forbidden) }
        guard principal.totpEnabled else {
            return request.redirect(to: "/cabinet/security/totp?reason=office", flash: "flash.totp_required_for_office")
        }
        guard principal.secondFactorVerified else {
            return request.redirect(to: "/signin?next=/office", flash: "flash.sign_in_again_with_code")
        }
        return try await next.respond(to: request)
    }
}
