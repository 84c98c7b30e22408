import PortalHTTP

/// Sign-in by FIN or e-mail and password, with throttling per account and per client address.
struct SignIn {
    enum Outcome {
        /// Signed in: set this token as the session cookie (and the account's language as the page's).
        case signedIn(token: String, AccountQueries.Profile)
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
            try await SecurityNotices.signIn(user, session: created.session, ip: ip, app: app, on: db)
            return created
        }
        return .signedIn(token: created.token, try await AccountQueries(db: db).signedInProfile(user))
    }

    /// A sign-in entry (also the second step's, `VerifySecondFactor`): anonymous until the account is known.
    func event(_ user: UserModel?, _ action: String) -> AuditEvent {
        AuditEvent(actor: AuditActor(kind: user == nil ? .anonymous : .citizen, userID: user?.id, ip: ip), action: action,
                   subjectFIN: user?.fin, objectType: user == nil ? nil : "user", objectID: user?.id?.uuidString,
                   details: userAgent.map { ["user_agent": String($0.prefix(120))] } ?? [:])
    }

    func audit(_ user: UserModel?, _ action: String) async throws {
        try await app.portal.audit.record(event(user, action), on: app.db)
    }
}
