import FluentKit
import PortalHTTP

/// What the session and token middlewares need from the accounts: the active account behind a
/// session, the live token behind a bearer credential, and when a token was last used.
struct Credentials {
    let db: any Database
    let portal: PortalServices

    /// A token's `last_used_at` is written at most this often.
    static let useInterval: TimeInterval = 60

    /// The account, when it is still active (a disabled account's sessions stop working).
    func activeUser(_ id: UUID) async throws -> UserModel? {
        guard let user = try await UserModel.find(id, on: db), user.status == .active else { return nil }
        return user
    }

    /// The token and its account when the token is known, neither revoked nor expired, and the account active.
    func accessToken(_ bearer: String) async throws -> (AccessTokenModel, UserModel)? {
        guard bearer.hasPrefix(CreateAccessToken.prefix),
              let token = try await AccessTokenModel.query(on: db).filter(\.$tokenHash == Tokens.digest(bearer)).first(),
              token.revokedAt == nil, token.expiresAt > portal.now(),
              let user = try await activeUser(token.userID)
        else { return nil }
        return (token, user)
    }

    func noteUse(of token: AccessTokenModel) async throws {
        let now = portal.now()
        guard token.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.useInterval }) ?? true else { return }
        token.lastUsedAt = now
        try await db.writeTransaction { db in try await token.update(on: db) }
    }
}

/// Builds the principal for a user: roles, companies (as the register backs them now), the company they act for.
struct PrincipalLoader {
    let db: any Database
    let portal: PortalServices

    /// For a token request `session` is nil and `tokenSecondFactor` is what the token recorded when it was made.
    func principal(user: UserModel, session: SessionModel?, tokenSecondFactor: Bool = false) async throws -> Principal {
        let grants = try await SignedInQueries(db: db).grants(of: user.id!)
        let companies = try await companies(of: user, links: grants.companyLinks)
        let acting = session?.actingCompanyID.flatMap { id in companies.first { $0.id == id } }
        return Principal(
            userID: user.id!, fin: FIN(uncheckedValue: user.fin), firstName: user.firstName, lastName: user.lastName,
            roles: grants.roles, channel: .session(hash: session?.id ?? ""),
            secondFactorVerified: session?.secondFactorVerified ?? tokenSecondFactor,
            totpEnabled: user.totpEnabled, actingFor: acting, companies: companies,
            reauthenticatedAt: session?.reauthenticatedAt)
    }

    func companies(of user: UserModel) async throws -> [CompanyContext] {
        try await companies(of: user, links: SignedInQueries(db: db).grants(of: user.id!).companyLinks)
    }

    /// The companies behind `links` that the register backs now (most people have none: no query then).
    private func companies(of user: UserModel, links: [UUID]) async throws -> [CompanyContext] {
        guard !links.isEmpty else { return [] }
        let representatives = try await RepresentativeModel.query(on: db).filter(\.$userID == user.id!).all()
        let companies = try await CompanyModel.query(on: db).filter(\.$id ~~ representatives.map(\.companyID)).all()
        let linked = representatives.compactMap { link in companies.first { $0.id == link.companyID }.map { RegisterBackedCompanies.Link(link: link, company: $0) } }
        return try await RegisterBackedCompanies(db: db, portal: portal).backed(linked, user: user).map {
            CompanyContext(id: $0.company.id!, voen: $0.company.voen, name: $0.company.name, role: $0.link.role.rawValue)
        }.sortedAzerbaijani(by: \.name)
    }
}
