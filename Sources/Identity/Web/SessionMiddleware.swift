import FluentKit
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
        if let session = try await store.find(token: token) {
            if session.secondFactorPending {
                request.storage[PendingSessionKey.self] = session
            } else if let user = try await UserModel.find(session.userID, on: request.db), user.status == "active" {
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
        let now = request.portal.now()
        guard bearer.token.hasPrefix(AccessTokens.prefix),
              let token = try await AccessTokenModel.query(on: request.db).filter(\.$tokenHash == Tokens.digest(bearer.token)).first(),
              token.revokedAt == nil, token.expiresAt > now,
              let user = try await UserModel.find(token.userID, on: request.db), user.status == "active"
        else { throw InvalidToken() }
        let scopes = Set(token.scopes.split(separator: " ").map(String.init))
        var principal = try await PrincipalLoader(db: request.db, portal: request.portal).principal(user: user, session: nil, tokenSecondFactor: token.secondFactorVerified)
        principal.channel = .accessToken(id: token.id!, scopes: scopes)
        request.principal = principal
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            token.lastUsedAt = now
            try await request.db.writeTransaction { db in try await token.update(on: db) }
        }
        return try await next.respond(to: request)
    }
}

/// 401 with the RFC 6750 challenge.
struct InvalidToken: AbortError {
    var status: HTTPResponseStatus { .unauthorized }
    var reason: String { "invalid token" }
    var headers: HTTPHeaders { ["WWW-Authenticate": #"Bearer error="invalid_token""#] }
}

/// Builds the principal for a user: roles, companies (as the register backs them now), the company they act for.
struct PrincipalLoader {
    let db: any Database
    let portal: PortalServices

    /// For a token request `session` is nil and `tokenSecondFactor` is what the token recorded when it was made.
    func principal(user: UserModel, session: SessionModel?, tokenSecondFactor: Bool = false) async throws -> Principal {
        let roles = try await RoleModel.query(on: db).filter(\.$userID == user.id!).all().compactMap { row -> RoleAssignment? in
            guard let role = OfficialRole(rawValue: row.role) else { return nil }
            return RoleAssignment(role: role, agencyID: row.agencyID, territorialUnitCode: row.territorialUnitCode)
        }
        let companies = try await companies(of: user)
        let acting = session?.actingCompanyID.flatMap { id in companies.first { $0.id == id } }
        return Principal(
            userID: user.id!, fin: FIN(uncheckedValue: user.fin), firstName: user.firstName, lastName: user.lastName,
            roles: roles, channel: .session(hash: session?.id ?? ""),
            secondFactorVerified: session?.secondFactorVerified ?? tokenSecondFactor,
            totpEnabled: user.totpEnabled, actingFor: acting, companies: companies,
            reauthenticatedAt: session?.reauthenticatedAt)
    }

    func companies(of user: UserModel) async throws -> [CompanyContext] {
        let links = try await RepresentativeModel.query(on: db).filter(\.$userID == user.id!).all()
        guard !links.isEmpty else { return [] }
        let companies = try await CompanyModel.query(on: db).filter(\.$id ~~ links.map(\.companyID)).all()
        let linked = links.compactMap { link in companies.first { $0.id == link.companyID }.map { RegisterBackedCompanies.Link(link: link, company: $0) } }
        return try await RegisterBackedCompanies(db: db, portal: portal).backed(linked, user: user).map {
            CompanyContext(id: $0.company.id!, voen: $0.company.voen, name: $0.company.name, role: $0.link.role)
        }.sortedAzerbaijani(by: \.name)
    }
}
