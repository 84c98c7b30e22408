import PortalHTTP

/// The phone's reset code: right, it is spent and exchanged for a reset link's token (10 minutes, the
/// same page as the e-mail's link follows); wrong, one of its 5 tries is spent. Wrong, spent, expired
/// and unknown codes all answer the same. Typed codes are also counted per client address.
struct VerifyResetCode {
    enum Outcome: Equatable {
        case accepted(token: String)
        case refused
        case throttled(retryAfter: Int)
    }

    static let addressPolicy = SecondFactorPolicy(budget: 30, freeFailures: 30)

    let app: Application
    let ip: String

    func run(state: String, code: String) async throws -> Outcome {
        let now = app.portal.now()
        let request = RequestPasswordReset(app: app, ip: ip)
        guard let payload = app.identity.state.verify(state, now: now), payload["purpose"] == "reset-code",
              let id = payload["id"].flatMap(UUID.init(uuidString:)) else {
            try await app.portal.audit.record(request.event(nil, "identity.password_reset.code_failed", ["reason": "expired"]), on: app.db)
            return .refused
        }
        let throttle = SecondFactorThrottle(db: app.db, now: now)
        let counted: [UUID]
        switch try await throttle.reserve([(key: "reset-code-ip:" + String(ip.prefix(64)), policy: Self.addressPolicy)]) {
        case .wait(let seconds):
            try await app.portal.audit.record(request.event(nil, "identity.password_reset.throttled", ["retry_after": String(seconds)]), on: app.db)
            return .throttled(retryAfter: seconds)
        case .counted(let ids): counted = ids
        }
        let outcome: (UserModel?, String?) = try await app.db.writeTransaction { db in
            let secrets = OneTimeSecrets(db: db, key: app.portal.signingKey, now: now)
            switch try await secrets.check(code: code, id: id, purpose: .resetCode) {
            case .right(let row):
                let user = try await UserModel.find(row.userID, on: db)
                let (_, token) = try await secrets.issueLink(.resetLink, userID: row.userID, address: row.address, lifetime: RequestPasswordReset.codeLifetime)
                try await app.portal.audit.record(request.event(user, "identity.password_reset.code_accepted"), on: db)
                return (user, token)
            case .wrong(let left):
                var user: UserModel? = nil
                if let row = try await OneTimeSecretModel.find(id, on: db) { user = try await UserModel.find(row.userID, on: db) }
                try await app.portal.audit.record(request.event(user, "identity.password_reset.code_failed", ["tries_left": String(left)]), on: db)
                return (user, nil)
            case .dead:
                try await app.portal.audit.record(request.event(nil, "identity.password_reset.code_failed", ["reason": "no_live_code"]), on: db)
                return (nil, nil)
            }
        }
        guard let token = outcome.1 else { return .refused }
        try await throttle.release(counted)
        return .accepted(token: token)
    }
}
