import PortalHTTP

/// Turns TOTP off; the recovery codes go with it.
struct DisableTOTP {
    enum Outcome: Equatable { case disabled }

    let account: SignedInAccount

    func run() async throws -> Outcome {
        let user = account.user
        try await account.app.db.writeTransaction { db in
            user.totpEnabled = false
            user.totpSecretSealed = nil
            try await user.update(on: db)
            try await RecoveryCodeModel.query(on: db).filter(\.$userID == user.id!).delete()
            try await account.app.portal.audit.record(account.event("identity.totp.disabled"), on: db)
            try await SecurityNotices.changed(.totpChanged(SecurityNotice(at: account.now, ip: account.ip)), user: user,
                                              id: "disabled:" + BakuTime.iso8601(account.now), app: account.app, on: db)
        }
        return .disabled
    }
}
