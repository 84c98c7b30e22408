import PortalHTTP

/// "Forgot password": a single-use link to the account's verified e-mail (30 minutes) or a 6-digit
/// code to its verified phone (10 minutes, 5 tries). The answer is the same whether or not such an
/// account exists (and whether its contact is verified): the caller shows one page either way, and a
/// code's form carries a signed reference to a code that, for an unknown account, does not exist.
/// Requests are counted per account and per client address (`SecondFactorThrottle`'s store).
struct RequestPasswordReset {
    enum Channel: String, CaseIterable, Sendable { case email, phone }

    enum Outcome: Equatable {
        /// Sent if the account exists; for a code, the signed state the code's form carries.
        case answered(codeState: String?)
        case throttled(retryAfter: Int)
    }

    static let linkLifetime: TimeInterval = 30 * 60
    static let codeLifetime: TimeInterval = 10 * 60
    /// One account: 5 requests an hour, a minute more to wait from the 3rd on.
    static let accountPolicy = SecondFactorPolicy(budget: 5, freeFailures: 3)
    /// One client address: 20 requests an hour.
    static let addressPolicy = SecondFactorPolicy(budget: 20, freeFailures: 20)

    let app: Application
    let ip: String

    func run(identifier raw: String, channel: Channel) async throws -> Outcome {
        let now = app.portal.now()
        let identifier = AccountIdentifier(raw)
        let user = try await identifier.find(on: app.db)
        let keys = [(key: "reset:" + (user?.id?.uuidString ?? identifier.throttleKey), policy: Self.accountPolicy),
                    (key: "reset-ip:" + String(ip.prefix(64)), policy: Self.addressPolicy)]
        if case .wait(let seconds) = try await SecondFactorThrottle(db: app.db, now: now).reserve(keys) {
            try await app.portal.audit.record(event(user, "identity.password_reset.throttled", ["retry_after": String(seconds)]), on: app.db)
            return .throttled(retryAfter: seconds)
        }
        let address = user.flatMap { reachable($0, by: channel) }
        let secretID: UUID? = try await app.db.writeTransaction { db in
            guard let user, let address else {
                try await app.portal.audit.record(event(user, "identity.password_reset.requested",
                                                        ["channel": channel.rawValue, "sent": "false"]), on: db)
                return nil
            }
            let secrets = OneTimeSecrets(db: db, key: app.portal.signingKey, now: now)
            let row: OneTimeSecretModel
            let notice: NoticeEvent
            switch channel {
            case .email:
                let (issued, token) = try await secrets.issueLink(.resetLink, userID: user.id!, address: address, lifetime: Self.linkLifetime)
                row = issued
                notice = .passwordResetLink(CredentialNotice(sealedSecret: try SealedSecret.seal(token, key: app.portal.encryptionKey),
                                                             expiresAt: issued.expiresAt, pathPrefix: "/signin/reset/"))
            case .phone:
                let (issued, code) = try await secrets.issueCode(.resetCode, userID: user.id!, address: address, lifetime: Self.codeLifetime)
                row = issued
                notice = .passwordResetCode(CredentialNotice(sealedSecret: try SealedSecret.seal(code, key: app.portal.encryptionKey),
                                                             expiresAt: issued.expiresAt, pathPrefix: ""))
            }
            try await app.portal.notify(OutgoingNotice(notice, to: user.id!, dedupeKey: "\(notice.kind):\(row.id!.uuidString)",
                                                       only: channel == .email ? .email(address) : .phone(address)), on: db)
            try await app.portal.audit.record(event(user, "identity.password_reset.requested", ["channel": channel.rawValue, "sent": "true"]), on: db)
            return row.id
        }
        guard channel == .phone else { return .answered(codeState: nil) }
        // An unknown account gets a reference to no code: every code typed for it is wrong, as for a real one.
        let state = try app.identity.state.sign(["purpose": "reset-code", "id": (secretID ?? UUID()).uuidString],
                                                expires: now.addingTimeInterval(Self.codeLifetime))
        return .answered(codeState: state)
    }

    /// The verified address to send to, when the account may reset its password that way at all.
    func reachable(_ user: UserModel, by channel: Channel) -> String? {
        guard user.status == .active, user.passwordHash != nil else { return nil }
        switch channel {
        case .email: return user.emailVerifiedAt == nil || user.email.isEmpty ? nil : user.email
        case .phone: return user.phoneVerifiedAt == nil ? nil : user.phone
        }
    }

    /// An entry of the recovery: anonymous until the account is known; never the identifier typed.
    func event(_ user: UserModel?, _ action: String, _ details: [String: String] = [:]) -> AuditEvent {
        AuditEvent(actor: AuditActor(kind: user == nil ? .anonymous : .citizen, userID: user?.id, ip: ip), action: action,
                   subjectFIN: user?.fin, objectType: user == nil ? nil : "user", objectID: user?.id?.uuidString, details: details)
    }
}
