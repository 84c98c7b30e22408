import PortalHTTP

/// Server-side sessions: the cookie holds a random token, the table its SHA-256.
struct SessionStore {
    let db: any Database
    let config: PortalConfig
    let now: Date

    /// Sessions waiting for the second factor live only this long.
    static let pendingLifetime: TimeInterval = 5 * 60
    /// `last_seen_at` is written at most this often, so browsing does not turn every read into a write.
    static let touchInterval: TimeInterval = 60

    struct Created {
        let token: String
        let session: SessionModel
    }

    func create(userID: UUID, pendingSecondFactor: Bool, secondFactorVerified: Bool, ip: String, userAgent: String?) async throws -> Created {
        let token = Tokens.random()
        let session = SessionModel()
        session.id = Tokens.digest(token)
        session.publicID = UUID()
        session.userID = userID
        session.createdAt = now
        session.lastSeenAt = now
        session.expiresAt = now.addingTimeInterval(pendingSecondFactor ? Self.pendingLifetime : config.sessionAbsoluteTimeout)
        session.secondFactorPending = pendingSecondFactor
        session.secondFactorVerified = secondFactorVerified
        session.ip = ip
        session.userAgent = userAgent.map { String($0.prefix(200)) }
        try await db.writeTransaction { db in try await session.create(on: db) }
        return Created(token: token, session: session)
    }

    /// The live session for a cookie value, or nil when unknown, idle too long or past its absolute end
    /// (expired rows are deleted on sight).
    func find(token: String) async throws -> SessionModel? {
        guard token.count == 43, let session = try await SessionModel.find(Tokens.digest(token), on: db) else { return nil }
        if session.expiresAt <= now || now.timeIntervalSince(session.lastSeenAt) > config.sessionIdleTimeout {
            try await end(session)
            return nil
        }
        return session
    }

    /// `find(token:)` for a signed-in request: the session and its account in one statement; nil also
    /// when the account is no longer active (its sessions stop working, and this one ends).
    func findSignedIn(token: String) async throws -> (session: SessionModel, user: UserModel?)? {
        guard token.count == 43,
              let session = try await SessionModel.query(on: db)
                .join(UserModel.self, on: \SessionModel.$userID == \UserModel.$id)
                .filter(\SessionModel.$id == Tokens.digest(token)).first()
        else { return nil }
        if session.expiresAt <= now || now.timeIntervalSince(session.lastSeenAt) > config.sessionIdleTimeout {
            try await end(session)
            return nil
        }
        let user = try session.joined(UserModel.self)
        return (session, user.status == .active ? user : nil)
    }

    func touchIfDue(_ session: SessionModel) async throws {
        guard now.timeIntervalSince(session.lastSeenAt) >= Self.touchInterval else { return }
        session.lastSeenAt = now
        try await db.writeTransaction { db in try await session.update(on: db) }
    }

    func end(_ session: SessionModel) async throws {
        try await db.writeTransaction { db in try await session.delete(on: db) }
    }

    func endAll(userID: UUID, except keep: String? = nil) async throws -> Int {
        try await db.writeTransaction { db in
            var query = SessionModel.query(on: db).filter(\.$userID == userID)
            if let keep { query = query.filter(\.$id != keep) }
            let count = try await query.count()
            var delete = SessionModel.query(on: db).filter(\.$userID == userID)
            if let keep { delete = delete.filter(\.$id != keep) }
            try await delete.delete()
            return count
        }
    }

    /// Removes sessions past their end (background job).
    func purgeExpired() async throws {
        let (now, idle) = (now, config.sessionIdleTimeout)
        try await db.writeTransaction { db in
            try await SessionModel.query(on: db).filter(\.$expiresAt <= now).delete()
            try await SessionModel.query(on: db).filter(\.$lastSeenAt <= now.addingTimeInterval(-idle)).delete()
        }
    }
}
