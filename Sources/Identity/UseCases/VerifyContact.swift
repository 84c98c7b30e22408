import PortalHTTP

/// Proof that the person reads their e-mail (a single-use link, 24 hours) and holds their phone (a
/// 6-digit code, 10 minutes, 5 tries), asked at registration, after a change and on request. Until a
/// contact is verified it receives nothing but its own verification message (`DatabaseAccountContacts`).
enum VerifyContact {
    enum Contact: String, CaseIterable, Sendable { case email, phone }

    static let linkLifetime: TimeInterval = 24 * 3600
    static let codeLifetime: TimeInterval = 10 * 60
    /// Verification messages one account may ask for in an hour (registration and a change included).
    static let sendPolicy = SecondFactorPolicy(budget: 6, freeFailures: 6)

    /// Queues the verification of `contact` to the account's current value, inside the caller's transaction.
    static func send(_ contact: Contact, user: UserModel, actor: AuditActor, app: Application, on db: any Database) async throws {
        let secrets = OneTimeSecrets(db: db, key: app.portal.signingKey, now: app.portal.now())
        let notice: NoticeEvent
        let address: NoticeAddress
        let id: UUID
        switch contact {
        case .email:
            let (row, token) = try await secrets.issueLink(.emailVerification, userID: user.id!, address: user.email, lifetime: linkLifetime)
            notice = .emailVerification(CredentialNotice(sealedSecret: try SealedSecret.seal(token, key: app.portal.encryptionKey),
                                                         expiresAt: row.expiresAt, pathPrefix: "/contact/verify/"))
            (address, id) = (.email(user.email), row.id!)
        case .phone:
            guard let phone = user.phone else { return }
            let (row, code) = try await secrets.issueCode(.phoneVerification, userID: user.id!, address: phone, lifetime: codeLifetime)
            notice = .phoneVerification(CredentialNotice(sealedSecret: try SealedSecret.seal(code, key: app.portal.encryptionKey),
                                                         expiresAt: row.expiresAt, pathPrefix: ""))
            (address, id) = (.phone(phone), row.id!)
        }
        try await app.portal.notify(OutgoingNotice(notice, to: user.id!, dedupeKey: "\(notice.kind):\(id.uuidString)", only: address), on: db)
        try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.contact.verification_sent", subjectFIN: user.fin,
                                                     objectType: "user", objectID: user.id?.uuidString,
                                                     details: ["contact": contact.rawValue]), on: db)
    }

    enum ResendOutcome: Equatable { case sent, alreadyVerified, throttled(retryAfter: Int) }

    /// "Send again" from the cabinet: throttled per account.
    static func resend(_ contact: Contact, account: SignedInAccount) async throws -> ResendOutcome {
        let user = account.user
        switch contact {
        case .email where user.emailVerifiedAt != nil, .phone where user.phoneVerifiedAt != nil || user.phone == nil: return .alreadyVerified
        default: break
        }
        let keys = [(key: "verify:" + user.id!.uuidString, policy: sendPolicy)]
        if case .wait(let seconds) = try await SecondFactorThrottle(db: account.app.db, now: account.now).reserve(keys) {
            return .throttled(retryAfter: seconds)
        }
        try await account.app.db.writeTransaction { db in
            try await send(contact, user: user, actor: account.actor, app: account.app, on: db)
        }
        return .sent
    }

    enum ConfirmOutcome: Equatable { case verified, refused }

    /// The e-mail link: verifies the address it was sent to, if the account still has that address.
    static func confirmEmail(token: String, app: Application, ip: String) async throws -> ConfirmOutcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let secrets = OneTimeSecrets(db: db, key: app.portal.signingKey, now: now)
            guard let row = try await secrets.liveLink(token, purpose: .emailVerification),
                  let user = try await UserModel.find(row.userID, on: db), user.email == row.address,
                  try await secrets.spend(row.id!) else { return .refused }
            user.emailVerifiedAt = now
            try await user.update(on: db)
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: user.id, ip: ip),
                                                         action: "identity.contact.verified", subjectFIN: user.fin, objectType: "user",
                                                         objectID: user.id?.uuidString, details: ["contact": "email"]), on: db)
            return .verified
        }
    }

    /// The phone's code, typed in the cabinet by the signed-in person (another person's code never matches).
    static func confirmPhone(code: String, account: SignedInAccount) async throws -> ConfirmOutcome {
        let user = account.user
        return try await account.app.db.writeTransaction { db in
            let secrets = OneTimeSecrets(db: db, key: account.app.portal.signingKey, now: account.now)
            guard let phone = user.phone,
                  let open = try await OneTimeSecretModel.query(on: db).filter(\.$userID == user.id!).filter(\.$purpose == .phoneVerification)
                    .filter(\.$usedAt == nil).sort(\.$createdAt, .descending).first(), open.address == phone else { return .refused }
            switch try await secrets.check(code: code, id: open.id!, purpose: .phoneVerification, userID: user.id!) {
            case .right:
                user.phoneVerifiedAt = account.now
                try await user.update(on: db)
                try await account.app.portal.audit.record(account.event("identity.contact.verified", details: ["contact": "phone"]), on: db)
                return .verified
            case .wrong(let left):
                try await account.app.portal.audit.record(account.event("identity.contact.verification_failed",
                                                                        details: ["contact": "phone", "tries_left": String(left)]), on: db)
                return .refused
            case .dead:
                return .refused
            }
        }
    }
}

/// `e•••@example.az`, `+994 •• ••• •• 67`: enough for the owner of the old address to recognise the new one.
enum ContactMask {
    static func email(_ value: String) -> String {
        guard let at = value.firstIndex(of: "@") else { return "•••" }
        return String(value[..<at].prefix(1)) + "•••" + String(value[at...])
    }

    static func phone(_ value: String) -> String {
        "•••" + String(value.suffix(2))
    }
}
