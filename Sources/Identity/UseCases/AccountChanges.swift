import PortalHTTP

/// Changes a signed-in person makes to their own account. Each is audited; the sensitive ones are
/// reached only after the password was confirmed (see `Request.recentlyReauthenticated`).
struct AccountChanges {
    let app: Application
    let user: UserModel
    let session: SessionModel?
    let ip: String

    var actor: AuditActor { AuditActor(kind: .citizen, userID: user.id, ip: ip) }

    func event(_ action: String, details: [String: String] = [:]) -> AuditEvent {
        AuditEvent(actor: actor, action: action, subjectFIN: user.fin, objectType: "user", objectID: user.id?.uuidString, details: details)
    }

    enum ConfirmOutcome { case confirmed, wrongPassword, throttled(Int) }

    /// Re-authentication: the password again, throttled like a sign-in.
    func confirmPassword(_ password: String) async throws -> ConfirmOutcome {
        let now = app.portal.now()
        let throttle = SignInThrottle(db: app.db, now: now)
        let key = "account:" + user.id!.uuidString
        if let wait = try await throttle.retryAfter(key) { return .throttled(wait) }
        guard let hash = user.passwordHash, try await app.identity.hasher.verify(password, against: hash, on: app) else {
            try await throttle.recordFailure(key, policy: .account)
            try await app.portal.audit.record(event("identity.reauthentication.failed"), on: app.db)
            return .wrongPassword
        }
        try await throttle.reset(key)
        try await app.db.writeTransaction { db in
            session?.reauthenticatedAt = now
            try await session?.update(on: db)
            try await app.portal.audit.record(event("identity.reauthenticated"), on: db)
        }
        return .confirmed
    }

    func changeContact(phone: PhoneNumber, email: EmailAddress) async throws -> Bool {
        var changed: [String: String] = [:]
        if user.phone != phone.e164 { changed["phone"] = "changed" }
        if user.email != email.value { changed["email"] = "changed" }
        guard !changed.isEmpty else { return true }
        let details = changed
        user.phone = phone.e164
        user.email = email.value
        do {
            try await app.db.writeTransaction { db in
                try await user.update(on: db)
                try await app.portal.audit.record(event("identity.contact.changed", details: details), on: db)
            }
        } catch where error.isConstraintViolation {
            return false
        }
        return true
    }

    /// Sets a new password and ends every other session of this person.
    func changePassword(to newPassword: String) async throws {
        let hash = try await app.identity.hasher.hash(newPassword, on: app)
        try await app.db.writeTransaction { db in
            user.passwordHash = hash
            user.passwordChangedAt = app.portal.now()
            try await user.update(on: db)
            let ended = try await SessionStore(db: db, config: app.portal.config, now: app.portal.now())
                .endAll(userID: user.id!, except: session?.id)
            try await app.portal.audit.record(event("identity.password.changed", details: ["other_sessions_ended": String(ended)]), on: db)
        }
    }

    /// Turns TOTP on after the person proved their app shows the right code; returns recovery codes to show once.
    func enableTOTP(secret: [UInt8], step: Int64) async throws -> [String] {
        let sealed = try app.identity.box.seal(secret)
        let codes = Tokens.recoveryCodes()
        try await app.db.writeTransaction { db in
            user.totpSecretSealed = sealed
            user.totpEnabled = true
            user.totpLastStep = step
            try await user.update(on: db)
            session?.secondFactorVerified = true
            try await session?.update(on: db)
            try await replaceRecoveryCodes(codes, on: db)
            try await app.portal.audit.record(event("identity.totp.enabled"), on: db)
        }
        return codes
    }

    func disableTOTP() async throws {
        try await app.db.writeTransaction { db in
            user.totpEnabled = false
            user.totpSecretSealed = nil
            try await user.update(on: db)
            try await RecoveryCodeModel.query(on: db).filter(\.$userID == user.id!).delete()
            try await app.portal.audit.record(event("identity.totp.disabled"), on: db)
        }
    }

    func regenerateRecoveryCodes() async throws -> [String] {
        let codes = Tokens.recoveryCodes()
        try await app.db.writeTransaction { db in
            try await replaceRecoveryCodes(codes, on: db)
            try await app.portal.audit.record(event("identity.recovery_codes.generated"), on: db)
        }
        return codes
    }

    private func replaceRecoveryCodes(_ codes: [String], on db: any Database) async throws {
        try await RecoveryCodeModel.query(on: db).filter(\.$userID == user.id!).delete()
        for code in codes {
            let row = RecoveryCodeModel()
            row.userID = user.id!
            row.codeHash = Tokens.digest(Tokens.normalizeRecoveryCode(code))
            try await row.create(on: db)
        }
    }

    func endOtherSessions() async throws -> Int {
        try await app.db.writeTransaction { db in
            let ended = try await SessionStore(db: db, config: app.portal.config, now: app.portal.now())
                .endAll(userID: user.id!, except: session?.id)
            try await app.portal.audit.record(event("identity.sessions.revoked", details: ["count": String(ended)]), on: db)
            return ended
        }
    }

    func endSession(publicID: UUID) async throws -> Bool {
        try await app.db.writeTransaction { db in
            guard let target = try await SessionModel.query(on: db).filter(\.$publicID == publicID)
                .filter(\.$userID == user.id!).first() else { return false }
            try await target.delete(on: db)
            try await app.portal.audit.record(event("identity.sessions.revoked", details: ["count": "1"]), on: db)
            return true
        }
    }

    func setLanguage(_ language: Language) async throws {
        guard user.language != language.rawValue else { return }
        try await app.db.writeTransaction { db in
            user.language = language.rawValue
            try await user.update(on: db)
            try await app.portal.audit.record(event("identity.language.changed", details: ["language": language.rawValue]), on: db)
        }
    }
}
