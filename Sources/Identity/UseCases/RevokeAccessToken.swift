import PortalHTTP

/// Revokes one of the person's own live personal access tokens. (All of them at once, on a password
/// change or "sign out everywhere", is `SignedInAccount.revokeTokens`.)
struct RevokeAccessToken {
    enum Outcome: Equatable {
        case revoked
        /// No live token of this person with that id.
        case notFound
    }

    let account: SignedInAccount

    func run(id: UUID) async throws -> Outcome {
        let app = account.app
        let user = account.user
        return try await app.db.writeTransaction { db in
            guard let token = try await AccessTokenModel.query(on: db).filter(\.$id == id).filter(\.$userID == user.id!)
                .filter(\.$revokedAt == nil).first() else { return .notFound }
            token.revokedAt = account.now
            try await token.update(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: account.actor, action: "identity.token.revoked", subjectFIN: user.fin,
                objectType: "access_token", objectID: id.uuidString), on: db)
            return .revoked
        }
    }
}
