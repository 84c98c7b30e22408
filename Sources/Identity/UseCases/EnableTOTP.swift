import PortalHTTP

/// Turns TOTP on after the person proved their app shows the right code (`step` is the one they
/// gave, so it cannot be used again); the recovery codes are shown once.
struct EnableTOTP {
    enum Outcome: Equatable { case enabled(recoveryCodes: [String]) }

    let account: SignedInAccount

    func run(secret: [UInt8], step: Int64) async throws -> Outcome {
        let app = account.app
        let user = account.user
        let session = account.session
        let sealed = try app.identity.box.seal(secret)
        let codes = Tokens.recoveryCodes()
        try await app.db.writeTransaction { db in
            user.totpSecretSealed = sealed
            user.totpEnabled = true
            user.totpLastStep = step
            try await user.update(on: db)
            session?.secondFactorVerified = true
            try await session?.update(on: db)
            try await account.replaceRecoveryCodes(codes, on: db)
            try await app.portal.audit.record(account.event("identity.totp.enabled"), on: db)
            try await SecurityNotices.changed(.totpChanged(SecurityNotice(at: account.now, ip: account.ip)), user: user,
                                              id: "enabled:" + BakuTime.iso8601(account.now), app: app, on: db)
        }
        return .enabled(recoveryCodes: codes)
    }
}
