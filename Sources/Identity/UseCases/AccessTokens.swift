import PortalHTTP

/// Personal access tokens for `/api/v1`: shown once, stored as SHA-256, scoped, expiring, revocable.
/// A token carries the assurance of the session that made it: office scopes only for people with an
/// office role, and only from a session whose second factor was verified.
struct AccessTokens {
    static let prefix = "ow_pat_"
    static let scopes = ["profile:read", "companies:read", "data-access:read", "activity:read", "applications:read", "applications:write",
                         "applications:office", "payments:read", "payments:write", "reception:read", "reception:write", "reception:office"]
    static let lifetimes = [30, 90, 365]

    let app: Application
    let user: UserModel
    let ip: String

    struct Created {
        let token: String
        let model: AccessTokenModel
    }

    enum Refusal: String {
        /// An office scope asked for by someone without an office role.
        case officeRoleRequired = "no_office_role"
        /// An office scope asked for from a session without a verified second factor.
        case secondFactorRequired = "no_second_factor"
    }

    enum Outcome {
        case created(Created)
        case refused(Refusal)
    }

    /// The scopes this person may be offered (office scopes only with an office role).
    static func offered(officeAccess: Bool) -> [String] {
        scopes.filter { officeAccess || !TokenScopes.office.contains($0) }
    }

    func create(name: String, scopes: [String], days: Int, session: SessionModel?, officeAccess: Bool) async throws -> Outcome {
        let assured = session?.secondFactorVerified ?? false
        let actor = AuditActor(kind: .citizen, userID: user.id, ip: ip)
        if scopes.contains(where: TokenScopes.office.contains) {
            let refusal: Refusal? = !officeAccess ? .officeRoleRequired : !assured ? .secondFactorRequired : nil
            if let refusal {
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: "identity.token.refused", subjectFIN: user.fin, objectType: "user", objectID: user.id?.uuidString,
                    details: ["scopes": scopes.sorted().joined(separator: " "), "reason": refusal.rawValue]), on: app.db)
                return .refused(refusal)
            }
        }
        let token = Self.prefix + Tokens.random()
        let now = app.portal.now()
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
                actor: actor, action: "identity.token.created", subjectFIN: user.fin, objectType: "access_token", objectID: model.id?.uuidString,
                details: ["scopes": model.scopes, "second_factor": assured ? "verified" : "none"]), on: db)
        }
        return .created(Created(token: token, model: model))
    }

    func revoke(id: UUID) async throws -> Bool {
        try await app.db.writeTransaction { db in
            guard let token = try await AccessTokenModel.query(on: db).filter(\.$id == id).filter(\.$userID == user.id!)
                .filter(\.$revokedAt == nil).first() else { return false }
            token.revokedAt = app.portal.now()
            try await token.update(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: AuditActor(kind: .citizen, userID: user.id, ip: ip), action: "identity.token.revoked", subjectFIN: user.fin,
                objectType: "access_token", objectID: id.uuidString), on: db)
            return true
        }
    }

    /// Revokes every live token of a person inside the caller's transaction; answers how many.
    static func revokeAll(userID: UUID, now: Date, on db: any Database) async throws -> Int {
        let live = AccessTokenModel.query(on: db).filter(\.$userID == userID).filter(\.$revokedAt == nil).filter(\.$expiresAt > now)
        let count = try await live.count()
        guard count > 0 else { return 0 }
        try await AccessTokenModel.query(on: db).filter(\.$userID == userID).filter(\.$revokedAt == nil).filter(\.$expiresAt > now)
            .set(\.$revokedAt, to: now).update()
        return count
    }
}
