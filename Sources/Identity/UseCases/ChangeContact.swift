import PortalHTTP

/// A new phone number and e-mail address for the account (audited as which of them changed). A changed
/// contact is unverified until its link or code comes back; the address or phone it replaced, when
/// verified, is told of the change (a security notice: always sent, no quiet hours).
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
        // What the account could be reached at before: told of the change (if it was verified).
        let oldEmail = user.emailVerifiedAt == nil ? nil : user.email
        let oldPhone = user.phoneVerifiedAt == nil ? nil : user.phone
        let app = account.app
        let now = account.now
        user.phone = phone.e164
        user.email = email.value
        if changed["email"] != nil { user.emailVerifiedAt = nil }
        if changed["phone"] != nil { user.phoneVerifiedAt = nil }
        do {
            try await app.db.writeTransaction { db in
                try await user.update(on: db)
                try await app.portal.audit.record(account.event("identity.contact.changed", details: details), on: db)
                let stamp = BakuTime.iso8601(now)
                if details["email"] != nil {
                    if let oldEmail {
                        let notice = NoticeEvent.contactChanged(ContactChangeNotice(contact: "email", maskedNewValue: ContactMask.email(email.value),
                                                                                    at: now, ip: account.ip))
                        try await app.portal.notify(OutgoingNotice(notice, to: user.id!, dedupeKey: "\(notice.kind):email:\(stamp)",
                                                                   only: .email(oldEmail)), on: db)
                    }
                    try await VerifyContact.send(.email, user: user, actor: account.actor, app: app, on: db)
                }
                if details["phone"] != nil {
                    if let oldPhone {
                        let notice = NoticeEvent.contactChanged(ContactChangeNotice(contact: "phone", maskedNewValue: ContactMask.phone(phone.e164),
                                                                                    at: now, ip: account.ip))
                        try await app.portal.notify(OutgoingNotice(notice, to: user.id!, dedupeKey: "\(notice.kind):phone:\(stamp)",
                                                                   only: .phone(oldPhone)), on: db)
                    }
                    try await VerifyContact.send(.phone, user: user, actor: account.actor, app: app, on: db)
                }
            }
        } catch where error.isConstraintViolation {
            return .taken
        }
        return .changed
    }
}
