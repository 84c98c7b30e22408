import PortalHTTP

/// A personal access token for `/api/v1`: shown once, stored as SHA-256, scoped, expiring, revocable
/// (`RevokeAccessToken`). A token carries the assurance of the session that made it: office scopes
/// only for people with an office role, and only from a session whose second factor was verified.
struct CreateAccessToken {
    static let prefix = "ow_pat_"
    static let scopes = ["profile:read", "companies:read", "data-access:read", "activity:read", "applications:read", "applications:write",
                         "applications:office", "payments:read", "payments:write", "reception:read", "reception:write", "reception:office",
                         "notifications:read", "notifications:write"]
    static let lifetimes = [30, 90, 365]

    /// Why office scopes were refused (the raw value is the audit entry's `reason`).
    enum Reason: String, Equatable {
        /// An office scope asked for by someone without an office role.
        case officeRoleRequired = "no_office_role"
        /// An office scope asked for from a session without a verified second factor.
        case secondFactorRequired = "no_second_factor"
    }

    enum Outcome {
        /// `token` is the secret, shown this once.
        case created(token: String, AccountQueries.AccessToken)
        case refused(Reason)
    }

    /// The scopes this person may be offered (office scopes only with an office role).
    static func offered(officeAccess: Bool) -> [String] {
        scopes.filter { officeAccess || !TokenScopes.office.contains($0) }
    }

    let account: SignedInAccount

    func run(name: String, scopes: [String], days: Int, officeAccess: Bool) async throws -> Outcome {
        let app = account.app
        let user = account.user
        let assured = account.session?.secondFactorVerified ?? false
        if scopes.contains(where: TokenScopes.office.contains) {
            let refusal: Reason? = !officeAccess ? .officeRoleRequired : !assured ? .secondFactorRequired : nil
            if let refusal {
                try await app.portal.audit.record(account.event("identity.token.refused", details: [
                    "scopes": scopes.sorted().joined(separator: " "), "reason": refusal.rawValue]), on: app.db)
                return .refused(refusal)
            }
        }
        let token = Self.prefix + Tokens.random()
        let now = account.now
        let model = AccessTokenModel()
        model.userID = user.id!
        model.name = String(name.prefix(80))
        model.tokenHash = Tokens.digest(token)
        model.prefix = String(token.prefix(Self.prefix.count + 6))
        model.scopes = scopes.sorted().joined(separator: " ")
        model.createdAt = now
        model.expiresAt = now.addingTimeInterval(TimeInterval(days) * 86400)
        model.secondFactorVerified = assured
        try await app.db.writeTransaction { db in
            try await model.create(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: account.actor, action: "identity.token.created", subjectFIN: user.fin, objectType: "access_token", objectID: model.id?.uuidString,
                details: ["scopes": model.scopes, "second_factor": assured ? "verified" : "none"]), on: db)
            try await SecurityNotices.changed(.tokenCreated(TokenNotice(name: model.name, at: now)), user: user,
                                              id: model.id!.uuidString, app: app, on: db)
        }
        return .created(token: token, AccountQueries.AccessToken(model))
    }
}
