import PortalHTTP

/// The second step: a TOTP code (or a one-time recovery code) for a pending session. Wrong codes are
/// counted by the second factor's own throttle, which a correct password does not reset.
struct VerifySecondFactor {
    enum Outcome {
        case signedIn(token: String, AccountQueries.Profile)
        case throttled(retryAfter: Int)
        case invalidCode
        case sessionExpired
    }

    let app: Application
    let ip: String
    let userAgent: String?

    func run(pendingToken: String, code: String) async throws -> Outcome {
        let db = app.db
        let now = app.portal.now()
        let store = SessionStore(db: db, config: app.portal.config, now: now)
        guard let pending = try await store.find(token: pendingToken), pending.secondFactorPending,
              let user = try await UserModel.find(pending.userID, on: db), user.status == .active else { return .sessionExpired }
        let signIn = SignIn(app: app, ip: ip, userAgent: userAgent)
        let method: String
        switch try await SecondFactor(app: app, ip: ip).check(code, for: user, now: now) {
        case .throttled(let wait):
            var event = signIn.event(user, "identity.second_factor.throttled")
            event.details["retry_after"] = String(wait)
            try await app.portal.audit.record(event, on: db)
            return .throttled(retryAfter: wait)
        case .rejected(let replayed):
            var event = signIn.event(user, "identity.second_factor.failed")
            if replayed { event.details["reason"] = "replayed" }
            try await app.portal.audit.record(event, on: db)
            return .invalidCode
        case .accepted(let accepted):
            method = accepted
        }
        // A new session identifier once fully signed in; the pending one is gone.
        let created = try await db.writeTransaction { db in
            try await pending.delete(on: db)
            let created = try await SessionStore(db: db, config: app.portal.config, now: now)
                .create(userID: user.id!, pendingSecondFactor: false, secondFactorVerified: true, ip: ip, userAgent: userAgent)
            var event = signIn.event(user, "identity.sign_in.succeeded")
            event.details["second_factor"] = method
            try await app.portal.audit.record(event, on: db)
            try await SecurityNotices.signIn(user, session: created.session, ip: ip, app: app, on: db)
            return created
        }
        return .signedIn(token: created.token, try await AccountQueries(db: db).signedInProfile(user))
    }
}
