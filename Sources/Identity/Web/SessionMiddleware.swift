import PortalHTTP

struct PendingSessionKey: StorageKey { typealias Value = SessionModel }
struct CurrentSessionKey: StorageKey { typealias Value = SessionModel }
struct CurrentUserKey: StorageKey { typealias Value = UserModel }

/// Resolves the session cookie of HTML requests into a `Principal` (or a pending second-factor session).
/// A request without the cookie passes straight through, without a hop to the async executor.
struct WebSessionMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let token = request.cookies[request.portal.config.sessionCookieName]?.string else {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask { try await self.resolve(token, request, next) }
    }

    func resolve(_ token: String, _ request: Request, _ next: any Responder) async throws -> Response {
        let cookieName = request.portal.config.sessionCookieName
        var clearCookie = false
        let store = SessionStore(db: request.db, config: request.portal.config, now: request.portal.now())
        if let (session, activeUser) = try await store.findSignedIn(token: token) {
            if session.secondFactorPending {
                request.storage[PendingSessionKey.self] = session
            } else if let user = activeUser {
                request.principal = try await PrincipalLoader(db: request.db, portal: request.portal).principal(user: user, session: session)
                request.storage[CurrentSessionKey.self] = session
                request.storage[CurrentUserKey.self] = user
                request.storage[CSRF.BindingKey.self] = session.id
                if let language = Language(rawValue: user.language) { request.language = language }
                try await store.touchIfDue(session)
            } else {
                try await store.end(session)
                clearCookie = true
            }
        } else {
            clearCookie = true
        }
        let response = try await next.respond(to: request).get()
        if clearCookie && response.cookies[cookieName] == nil {
            response.cookies[cookieName] = request.portal.cookie("", maxAge: 0)
        }
        return response
    }
}

/// Resolves `Authorization: Bearer <personal access token>` for `/api/v1`. The API never reads cookies,
/// so cross-site requests cannot ride on a browser session (no CSRF surface).
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization else { return try await next.respond(to: request) }
        let credentials = Credentials(db: request.db, portal: request.portal)
        guard let found = try await credentials.accessToken(bearer.token) else { throw InvalidToken() }
        let (token, user) = found
        let scopes = Set(token.scopes.split(separator: " ").map(String.init))
        var principal = try await PrincipalLoader(db: request.db, portal: request.portal).principal(user: user, session: nil, tokenSecondFactor: token.secondFactorVerified)
        principal.channel = .accessToken(id: token.id!, scopes: scopes)
        request.principal = principal
        try await credentials.noteUse(of: token)
        return try await next.respond(to: request)
    }
}

/// 401 with the RFC 6750 challenge.
struct InvalidToken: AbortError {
    var status: HTTPResponseStatus { .unauthorized }
    var reason: String { "invalid token" }
    var headers: HTTPHeaders { ["WWW-Authenticate": #"Bearer error="invalid_token""#] }
}
