import PortalHTTP

/// A new set of recovery codes (shown once); the old ones stop working.
struct RegenerateRecoveryCodes {
    enum Outcome: Equatable { case generated([String]) }

    let account: SignedInAccount

    func run() async throws -> Outcome {
        let codes = Tokens.recoveryCodes()
        try await account.app.db.writeTransaction { db in
            try await account.replaceRecoveryCodes(codes, on: db)
            try await account.app.portal.audit.record(account.event("identity.recovery_codes.generated"), on: db)
        }
        return .generated(codes)
    }
}
