import PortalHTTP

/// Changes a signed-in person makes to their own account. Each is audited; the sensitive ones are
/// reached only after the password (and for some the second factor) was confirmed again (see
/// `Request.recentlyReauthenticated` and `Request.recentlyConfirmedSecondFactor`).
struct AccountChanges {
    let app: Application
    let user: UserModel
    let session: SessionModel?
    let ip: String

    var actor: AuditActor { AuditActor(kind: .citizen, userID: user.id, ip: ip) }

    func event(_ action: String, details: [String: String] = [:]) -> AuditEvent {
        AuditEvent(actor: actor, action: action, subjectFIN: user.fin, objectType: "user", objectID: user.id?.uuidString, details: details)
    }

    enum ConfirmOutcome: Equatable { case confirmed, wrongPassword, codeRequired, wrongCode, throttled(Int), codeThrottled(Int) }

    /// Re-authentication: the password again (throttled like a sign-in) and, when the account has an
    /// authenticator app, a code (throttled by the second factor's own counter). Both together make the
    /// "fresh second factor" that turning TOTP off, new recovery codes and new tokens need.
    func confirm(password: String, code: String?) async throws -> ConfirmOutcome {
        let now = app.portal.now()
        let throttle = SignInThrottle(db: app.db, now: now)
        let key = "account:" + user.id!.uuidString
        if let wait = try await throttle.retryAfter(key) { return .throttled(wait) }
        guard let hash = user.passwordHash, try await app.identity.hasher.verify(password, against: hash, on: app) else {
            try await throttle.recordFailure(key, policy: .account)
            try await app.portal.audit.record(event("identity.reauthentication.failed", details: ["reason": "password"]), on: app.db)
            return .wrongPassword
        }
        try await throttle.reset(key)
        var method: String?
        if user.totpEnabled {
            guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return .codeRequired }
            switch try await SecondFactor(app: app, ip: ip).check(code, for: user, now: now) {
            case .throttled(let wait):
                try await app.portal.audit.record(event("identity.second_factor.throttled", details: ["retry_after": String(wait), "step": "reauthentication"]), on: app.db)
                return .codeThrottled(wait)
            case .rejected(let replayed):
                try await app.portal.audit.record(event("identity.reauthentication.failed", details: ["reason": replayed ? "code_replayed" : "code"]), on: app.db)
                return .wrongCode
            case .accepted(let accepted):
                method = accepted
            }
        }
        let confirmedMethod = method
        try await app.db.writeTransaction { db in
            session?.reauthenticatedAt = now
            if confirmedMethod != nil { session?.secondFactorConfirmedAt = now }
            try await session?.update(on: db)
            try await app.portal.audit.record(event("identity.reauthenticated", details: confirmedMethod.map { ["second_factor": $0] } ?? [:]), on: db)
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

    /// Sets a new password, ends every other session of this person and revokes all their personal
    /// access tokens (in one transaction: a token made with the old password does not outlive it).
    func changePassword(to newPassword: String) async throws {
        let hash = try await app.identity.hasher.hash(newPassword, on: app)
        try await app.db.writeTransaction { db in
            user.passwordHash = hash
            user.passwordChangedAt = app.portal.now()
            try await user.update(on: db)
            let ended = try await SessionStore(db: db, config: app.portal.config, now: app.portal.now())
                .endAll(userID: user.id!, except: session?.id)
            let revoked = try await revokeTokens(reason: "password_changed", on: db)
            try await app.portal.audit.record(event("identity.password.changed", details: ["other_sessions_ended": String(ended),
                                                                                           "tokens_revoked": String(revoked)]), on: db)
        }
    }

    /// Revokes every live personal access token of this person (audited when there were any).
    private func revokeTokens(reason: String, on db: any Database) async throws -> Int {
        let revoked = try await AccessTokens.revokeAll(userID: user.id!, now: app.portal.now(), on: db)
        if revoked > 0 {
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.tokens.revoked", subjectFIN: user.fin, objectType: "user",
                                                         objectID: user.id?.uuidString, details: ["count": String(revoked), "reason": reason]), on: db)
        }
        return revoked
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

    /// "Sign out everywhere else": every other session ends and every personal access token is revoked.
    func endOtherSessions() async throws -> (sessions: Int, tokens: Int) {
        try await app.db.writeTransaction { db in
            let ended = try await SessionStore(db: db, config: app.portal.config, now: app.portal.now())
                .endAll(userID: user.id!, except: session?.id)
            try await app.portal.audit.record(event("identity.sessions.revoked", details: ["count": String(ended)]), on: db)
            let revoked = try await revokeTokens(reason: "signed_out_everywhere", on: db)
            return (sessions: ended, tokens: revoked)
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
