import PortalHTTP

/// Sign-in by FIN or e-mail and password, with throttling per account and per client address.
struct SignIn {
    enum Outcome {
        /// Signed in: set this token as the session cookie.
        case signedIn(token: String, user: UserModel)
        /// Password accepted; the account has a second factor. A short pending session carries the person to it.
        case secondFactorRequired(pendingToken: String)
        case throttled(retryAfter: Int)
        /// Unknown identifier, wrong password or disabled account: deliberately indistinguishable.
        case invalidCredentials
    }

    let app: Application
    let ip: String
    let userAgent: String?

    func run(identifier rawIdentifier: String, password: String) async throws -> Outcome {
        let db = app.db
        let now = app.portal.now()
        let throttle = SignInThrottle(db: db, now: now)
        let identifier = AccountIdentifier(rawIdentifier)
        let user = try await identifier.find(on: db)
        let accountKey = "account:" + (user?.id?.uuidString ?? identifier.throttleKey)
        let ipKey = "ip:" + ip
        let accountWait = try await throttle.retryAfter(accountKey)
        let ipWait = try await throttle.retryAfter(ipKey)
        if let wait = accountWait ?? ipWait {
            try await audit(user, "identity.sign_in.throttled")
            return .throttled(retryAfter: wait)
        }
        let stored = user?.passwordHash ?? app.identity.dummyHash
        let matches = try await app.identity.hasher.verify(password, against: stored, on: app)
        guard let user, matches, user.passwordHash != nil, user.status == .active else {
            try await throttle.recordFailure(accountKey, policy: .account)
            try await throttle.recordFailure(ipKey, policy: .clientIP)
            try await audit(user, "identity.sign_in.failed")
            return .invalidCredentials
        }
        try await throttle.reset(accountKey)
        let store = SessionStore(db: db, config: app.portal.config, now: now)
        if user.totpEnabled {
            let pending = try await store.create(userID: user.id!, pendingSecondFactor: true, secondFactorVerified: false, ip: ip, userAgent: userAgent)
            try await audit(user, "identity.sign_in.password_accepted")
            return .secondFactorRequired(pendingToken: pending.token)
        }
        let created = try await db.writeTransaction { db in
            let created = try await SessionStore(db: db, config: app.portal.config, now: now)
                .create(userID: user.id!, pendingSecondFactor: false, secondFactorVerified: false, ip: ip, userAgent: userAgent)
            try await app.portal.audit.record(self.event(user, "identity.sign_in.succeeded"), on: db)
            return created
        }
        return .signedIn(token: created.token, user: user)
    }

    func event(_ user: UserModel?, _ action: String) -> AuditEvent {
        AuditEvent(actor: AuditActor(kind: user == nil ? .anonymous : .citizen, userID: user?.id, ip: ip), action: action,
                   subjectFIN: user?.fin, objectType: user == nil ? nil : "user", objectID: user?.id?.uuidString,
                   details: userAgent.map { ["user_agent": String($0.prefix(120))] } ?? [:])
    }

    func audit(_ user: UserModel?, _ action: String) async throws {
        try await app.portal.audit.record(event(user, action), on: app.db)
    }
}

/// The second step: a TOTP code (or a one-time recovery code) for a pending session. Wrong codes are
/// counted by the second factor's own throttle, which a correct password does not reset.
struct VerifySecondFactor {
    enum Outcome {
        case signedIn(token: String, user: UserModel)
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
            return created
        }
        return .signedIn(token: created.token, user: user)
    }
}
