import PortalHTTP

/// "Sign out everywhere else": every other session ends and every personal access token is revoked.
struct EndOtherSessions {
    enum Outcome: Equatable { case ended(sessions: Int, tokens: Int) }

    let account: SignedInAccount

    func run() async throws -> Outcome {
        let app = account.app
        return try await app.db.writeTransaction { db in
            let ended = try await SessionStore(db: db, config: app.portal.config, now: account.now)
                .endAll(userID: account.user.id!, except: account.session?.id)
            try await app.portal.audit.record(account.event("identity.sessions.revoked", details: ["count": String(ended)]), on: db)
            let revoked = try await account.revokeTokens(reason: "signed_out_everywhere", on: db)
            return .ended(sessions: ended, tokens: revoked)
        }
    }
}
