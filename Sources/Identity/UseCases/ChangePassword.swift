import PortalHTTP

/// Sets a new password, ends every other session of this person and revokes all their personal
/// access tokens (in one transaction: a token made with the old password does not outlive it).
struct ChangePassword {
    enum Outcome: Equatable { case changed(otherSessionsEnded: Int, tokensRevoked: Int) }

    let account: SignedInAccount

    func run(to newPassword: String) async throws -> Outcome {
        let app = account.app
        let user = account.user
        let hash = try await app.identity.hasher.hash(newPassword, on: app)
        return try await app.db.writeTransaction { db in
            user.passwordHash = hash
            user.passwordChangedAt = account.now
            try await user.update(on: db)
            let ended = try await SessionStore(db: db, config: app.portal.config, now: account.now)
                .endAll(userID: user.id!, except: account.session?.id)
            let revoked = try await account.revokeTokens(reason: "password_changed", on: db)
            try await app.portal.audit.record(account.event("identity.password.changed", details: ["other_sessions_ended": String(ended),
                                                                                                   "tokens_revoked": String(revoked)]), on: db)
            try await SecurityNotices.changed(.passwordChanged(SecurityNotice(at: account.now, ip: account.ip)), user: user,
                                              id: BakuTime.iso8601(account.now), app: app, on: db)
            return .changed(otherSessionsEnded: ended, tokensRevoked: revoked)
        }
    }
}
