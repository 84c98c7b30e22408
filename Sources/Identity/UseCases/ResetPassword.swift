import PortalHTTP

/// A new password by a reset link (from the e-mail, or the one a right phone code led to). The link
/// is spent in the same transaction that sets the password, ends every session, revokes every access
/// token and other open reset secret, and queues the security notice. An official (anyone holding an
/// office role) must also give their authenticator code or a recovery code; one without a second
/// factor cannot reset this way at all (their agency administrator invites them again).
struct ResetPassword {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum Outcome {
        case reset(sessionsEnded: Int, tokensRevoked: Int)
        case invalid([FieldIssue])
        /// The link is unknown, used, expired, or of another account: nothing changed.
        case linkDead
        case officialWithoutSecondFactor
        case secondFactorThrottled(retryAfter: Int)
    }

    /// What the reset page needs to know about a live link.
    struct Link {
        var secret: OneTimeSecretModel
        var user: UserModel
        var needsSecondFactor: Bool
    }

    let app: Application
    let ip: String

    func link(_ token: String) async throws -> Link? {
        let now = app.portal.now()
        guard let secret = try await OneTimeSecrets(db: app.db, key: app.portal.signingKey, now: now).liveLink(token, purpose: .resetLink),
              let user = try await UserModel.find(secret.userID, on: app.db), user.status == .active else { return nil }
        let official = try await RoleModel.query(on: app.db).filter(\.$userID == secret.userID).count() > 0
        return Link(secret: secret, user: user, needsSecondFactor: official)
    }

    func run(token: String, password: String, confirmation: String, secondFactorCode: String) async throws -> Outcome {
        let now = app.portal.now()
        let request = RequestPasswordReset(app: app, ip: ip)
        guard let link = try await self.link(token) else {
            try await app.portal.audit.record(request.event(nil, "identity.password_reset.refused", ["reason": "link"]), on: app.db)
            return .linkDead
        }
        let user = link.user
        if link.needsSecondFactor && !user.totpEnabled {
            try await app.portal.audit.record(request.event(user, "identity.password_reset.refused", ["reason": "official_without_second_factor"]), on: app.db)
            return .officialWithoutSecondFactor
        }
        var issues: [FieldIssue] = []
        if let issue = app.identity.policy.check(password, fin: user.fin, email: user.email) {
            issues.append((field: "password", issue: issue))
        } else if password != confirmation {
            issues.append((field: "passwordConfirmation", issue: ValidationIssue("validation.password.mismatch")))
        }
        let code = secondFactorCode.trimmingCharacters(in: .whitespaces)
        if link.needsSecondFactor && code.isEmpty { issues.append((field: "code", issue: ValidationIssue("verify.code.required"))) }
        guard issues.isEmpty else { return .invalid(issues) }
        var method: String? = nil
        if link.needsSecondFactor {
            switch try await SecondFactor(app: app, ip: ip).check(code, for: user, now: now) {
            case .throttled(let seconds):
                try await app.portal.audit.record(request.event(user, "identity.second_factor.throttled", ["retry_after": String(seconds)]), on: app.db)
                return .secondFactorThrottled(retryAfter: seconds)
            case .rejected:
                try await app.portal.audit.record(request.event(user, "identity.second_factor.failed", ["during": "password_reset"]), on: app.db)
                return .invalid([(field: "code", issue: ValidationIssue("verify.code.invalid"))])
            case .accepted(let accepted):
                method = accepted
            }
        }
        let hash = try await app.identity.hasher.hash(password, on: app)
        let account = SignedInAccount(app: app, user: user, session: nil, ip: ip)
        let done: (Int, Int)? = try await app.db.writeTransaction { db in
            let secrets = OneTimeSecrets(db: db, key: app.portal.signingKey, now: now)
            guard try await secrets.spend(link.secret.id!) else { return nil }
            try await secrets.endOpen(userID: user.id!, purposes: [.resetLink, .resetCode])
            user.passwordHash = hash
            user.passwordChangedAt = now
            try await user.update(on: db)
            let ended = try await SessionStore(db: db, config: app.portal.config, now: now).endAll(userID: user.id!)
            let revoked = try await account.revokeTokens(reason: "password_reset", on: db)
            var details = ["sessions_ended": String(ended), "tokens_revoked": String(revoked)]
            if let method { details["second_factor"] = method }
            try await app.portal.audit.record(request.event(user, "identity.password_reset.completed", details), on: db)
            try await SecurityNotices.changed(.passwordChanged(SecurityNotice(at: now, ip: ip)), user: user,
                                              id: "reset:" + link.secret.id!.uuidString, app: app, on: db)
            return (ended, revoked)
        }
        guard let (ended, revoked) = done else {
            try await app.portal.audit.record(request.event(user, "identity.password_reset.refused", ["reason": "link"]), on: app.db)
            return .linkDead
        }
        // The new password starts with a clean slate of failed sign-ins.
        try await SignInThrottle(db: app.db, now: now).reset("account:" + user.id!.uuidString)
        return .reset(sessionsEnded: ended, tokensRevoked: revoked)
    }
}
