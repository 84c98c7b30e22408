import PortalHTTP

/// Personal access tokens for `/api/v1`: shown once, stored as SHA-256, scoped, expiring, revocable.
struct AccessTokens {
    static let prefix = "ow_pat_"
    static let scopes = ["profile:read", "companies:read", "data-access:read", "activity:read", "applications:read", "applications:write",
                         "applications:office", "payments:read", "payments:write", "reception:read", "reception:write"]
    static let lifetimes = [30, 90, 365]

    let app: Application
    let user: UserModel
    let ip: String

    struct Created {
        let token: String
        let model: AccessTokenModel
    }

    func create(name: String, scopes: [String], days: Int) async throws -> Created {
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
        try await app.db.writeTransaction { db in
            try await model.create(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: AuditActor(kind: .citizen, userID: user.id, ip: ip), action: "identity.token.created", subjectFIN: user.fin,
                objectType: "access_token", objectID: model.id?.uuidString, details: ["scopes": model.scopes]), on: db)
        }
        return Created(token: token, model: model)
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
}
