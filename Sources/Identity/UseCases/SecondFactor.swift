import PortalHTTP

/// Checks a TOTP code or a recovery code for an account, wherever one is asked for (sign-in,
/// re-authentication): throttled by `SecondFactorThrottle`, counted before it is evaluated, and
/// usable exactly once — a TOTP step through a unique record per account and step, a recovery code
/// through a conditional update — on SQLite and PostgreSQL alike.
struct SecondFactor {
    enum Outcome: Equatable {
        /// "totp" or "recovery_code".
        case accepted(method: String)
        /// Wrong, expired, or (`replayed`) a code that was already used.
        case rejected(replayed: Bool)
        case throttled(retryAfter: Int)
    }

    let app: Application
    let ip: String

    func check(_ code: String, for user: UserModel, now: Date) async throws -> Outcome {
        let throttle = SecondFactorThrottle(db: app.db, now: now)
        switch try await throttle.reserve(SecondFactorThrottle.keys(userID: user.id!, ip: ip)) {
        case .wait(let seconds):
            return .throttled(retryAfter: seconds)
        case .counted(let attempts):
            let outcome = try await use(code, for: user, now: now)
            if case .accepted = outcome { try await throttle.release(attempts) }
            return outcome
        }
    }

    /// Evaluates the code and uses it up (no throttling: `check` is the way in).
    func use(_ code: String, for user: UserModel, now: Date) async throws -> Outcome {
        let cleaned = code.trimmingCharacters(in: .whitespaces)
        if cleaned.filter(\.isNumber).count == 6, cleaned.count <= 7, let sealed = user.totpSecretSealed {
            let totp = TOTP(secret: try app.identity.box.open(sealed))
            guard let step = totp.matchingStep(cleaned.filter(\.isNumber), at: now) else { return .rejected(replayed: false) }
            return try await useStep(step, userID: user.id!, now: now) ? .accepted(method: "totp") : .rejected(replayed: true)
        }
        let digest = Tokens.digest(Tokens.normalizeRecoveryCode(cleaned))
        let userID = user.id!
        let used = try await app.db.writeTransaction { db in
            try await SecondFactorRecords.consumeRecoveryCode(userID: userID, digest: digest, at: now, on: db)
        }
        return used ? .accepted(method: "recovery_code") : .rejected(replayed: false)
    }

    /// True for the one request that uses `step`; a step at or before the last one used is refused too.
    private func useStep(_ step: Int64, userID: UUID, now: Date) async throws -> Bool {
        do {
            return try await app.db.writeTransaction { db in
                guard let fresh = try await UserModel.find(userID, on: db), fresh.totpLastStep < step else { return false }
                try await SecondFactorRecords.markStepUsed(step, userID: userID, at: now, on: db)
                fresh.totpLastStep = step
                try await fresh.update(on: db)
                return true
            }
        } catch where error.isConstraintViolation {
            return false
        }
    }
}
