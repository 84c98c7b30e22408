import PortalHTTP

/// A new phone number and e-mail address for the account (audited as which of them changed).
struct ChangeContact {
    enum Outcome: Equatable {
        case changed
        /// Both were the same already: nothing written.
        case unchanged
        /// Another account has the address (the schema's unique index said so).
        case taken
    }

    let account: SignedInAccount

    func run(phone: PhoneNumber, email: EmailAddress) async throws -> Outcome {
        let user = account.user
        var changed: [String: String] = [:]
        if user.phone != phone.e164 { changed["phone"] = "changed" }
        if user.email != email.value { changed["email"] = "changed" }
        guard !changed.isEmpty else { return .unchanged }
        let details = changed
        user.phone = phone.e164
        user.email = email.value
        do {
            try await account.app.db.writeTransaction { db in
                try await user.update(on: db)
                try await account.app.portal.audit.record(account.event("identity.contact.changed", details: details), on: db)
            }
        } catch where error.isConstraintViolation {
            return .taken
        }
        return .changed
    }
}
