import PortalHTTP

/// Re-authentication: the password again (throttled like a sign-in) and, when the account has an
/// authenticator app, a code (throttled by the second factor's own counter). Both together make the
/// "fresh second factor" that turning TOTP off, new recovery codes and new tokens need.
struct ConfirmIdentity {
    enum Outcome: Equatable { case confirmed, wrongPassword, codeRequired, wrongCode, throttled(Int), codeThrottled(Int) }

    let account: SignedInAccount

    func run(password: String, code: String?) async throws -> Outcome {
        let app = account.app
        let user = account.user
        let now = account.now
        let throttle = SignInThrottle(db: app.db, now: now)
        let key = "account:" + user.id!.uuidString
        if let wait = try await throttle.retryAfter(key) { return .throttled(wait) }
        guard let hash = user.passwordHash, try await app.identity.hasher.verify(password, against: hash, on: app) else {
            try await throttle.recordFailure(key, policy: .account)
            try await app.portal.audit.record(account.event("identity.reauthentication.failed", details: ["reason": "password"]), on: app.db)
            return .wrongPassword
        }
        try await throttle.reset(key)
        var method: String?
        if user.totpEnabled {
            guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return .codeRequired }
            switch try await SecondFactor(app: app, ip: account.ip).check(code, for: user, now: now) {
            case .throttled(let wait):
                try await app.portal.audit.record(account.event("identity.second_factor.throttled",
                                                                details: ["retry_after": String(wait), "step": "reauthentication"]), on: app.db)
                return .codeThrottled(wait)
            case .rejected(let replayed):
                try await app.portal.audit.record(account.event("identity.reauthentication.failed",
                                                                details: ["reason": replayed ? "code_replayed" : "code"]), on: app.db)
                return .wrongCode
            case .accepted(let accepted):
                method = accepted
            }
        }
        let confirmedMethod = method
        let session = account.session
        try await app.db.writeTransaction { db in
            session?.reauthenticatedAt = now
            if confirmedMethod != nil { session?.secondFactorConfirmedAt = now }
            try await session?.update(on: db)
            try await app.portal.audit.record(account.event("identity.reauthenticated", details: confirmedMethod.map { ["second_factor": $0] } ?? [:]), on: db)
        }
        return .confirmed
    }
}
