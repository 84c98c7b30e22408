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
        guard let user, matches, user.passwordHash != nil, user.status == "active" else {
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

/// The second step: a TOTP code (or a one-time recovery code) for a pending session.
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
              let user = try await UserModel.find(pending.userID, on: db), user.status == "active" else { return .sessionExpired }
        let throttle = SignInThrottle(db: db, now: now)
        let accountKey = "account:" + user.id!.uuidString
        if let wait = try await throttle.retryAfter(accountKey) { return .throttled(retryAfter: wait) }
        let signIn = SignIn(app: app, ip: ip, userAgent: userAgent)
        guard let method = try await SecondFactor(app: app).check(code, for: user, now: now) else {
            try await throttle.recordFailure(accountKey, policy: .account)
            try await signIn.audit(user, "identity.second_factor.failed")
            return .invalidCode
        }
        try await throttle.reset(accountKey)
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

/// Checks a TOTP code (refusing replays) or consumes a recovery code.
struct SecondFactor {
    let app: Application

    /// "totp" or "recovery_code" when accepted, nil otherwise.
    func check(_ code: String, for user: UserModel, now: Date) async throws -> String? {
        let cleaned = code.trimmingCharacters(in: .whitespaces)
        if cleaned.filter(\.isNumber).count == 6, cleaned.count <= 7, let sealed = user.totpSecretSealed {
            let totp = TOTP(secret: try app.identity.box.open(sealed))
            guard let step = totp.matchingStep(cleaned.filter(\.isNumber), at: now), step > user.totpLastStep else { return nil }
            // Conditional update: two requests with the same code cannot both pass.
            let updated = try await app.db.writeTransaction { db -> Bool in
                guard let fresh = try await UserModel.find(user.id, on: db), fresh.totpLastStep < step else { return false }
                fresh.totpLastStep = step
                try await fresh.update(on: db)
                return true
            }
            return updated ? "totp" : nil
        }
        let digest = Tokens.digest(Tokens.normalizeRecoveryCode(cleaned))
        return try await app.db.writeTransaction { db -> String? in
            guard let row = try await RecoveryCodeModel.query(on: db).filter(\.$userID == user.id!)
                .filter(\.$codeHash == digest).filter(\.$usedAt == nil).first() else { return nil }
            row.usedAt = app.portal.now()
            try await row.update(on: db)
            return "recovery_code"
        }
    }
}
