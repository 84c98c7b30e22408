import PortalHTTP

/// The language the person's pages and messages use.
struct SetLanguage {
    enum Outcome: Equatable { case changed, unchanged }

    let account: SignedInAccount

    func run(_ language: Language) async throws -> Outcome {
        let user = account.user
        guard user.language != language.rawValue else { return .unchanged }
        try await account.app.db.writeTransaction { db in
            user.language = language.rawValue
            try await user.update(on: db)
            try await account.app.portal.audit.record(account.event("identity.language.changed", details: ["language": language.rawValue]), on: db)
        }
        return .changed
    }
}
