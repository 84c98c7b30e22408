import PortalHTTP

/// An invited official sets their password with the one-time link.
struct ActivateOfficial {
    /// How long an activation link stays valid.
    static let invitationLifetime: TimeInterval = 72 * 3600

    let app: Application

    func invitation(token: String) async throws -> (InvitationModel, UserModel)? {
        guard let invitation = try await InvitationModel.query(on: app.db).filter(\.$tokenHash == Tokens.digest(token)).first(),
              invitation.usedAt == nil, invitation.expiresAt > app.portal.now(),
              let user = try await UserModel.find(invitation.userID, on: app.db) else { return nil }
        return (invitation, user)
    }

    func activate(token: String, password: String, ip: String) async throws -> Bool {
        guard let (invitation, user) = try await invitation(token: token) else { return false }
        let hash = try await app.identity.hasher.hash(password, on: app)
        return try await app.db.writeTransaction { db in
            // Conditional on still unused: a link works once even under concurrent use.
            guard let fresh = try await InvitationModel.find(invitation.id, on: db), fresh.usedAt == nil else { return false }
            fresh.usedAt = app.portal.now()
            try await fresh.update(on: db)
            user.passwordHash = hash
            user.passwordChangedAt = app.portal.now()
            try await user.update(on: db)
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: user.id, ip: ip),
                                                         action: "identity.official.activated", subjectFIN: user.fin,
                                                         objectType: "user", objectID: user.id?.uuidString), on: db)
            return true
        }
    }
}
