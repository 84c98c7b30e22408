import PortalHTTP

/// Identity's answer to `AccountContacts`: how Notifications reaches an account holder, read on the
/// caller's database (inside its transaction). A disabled account is not reached, and only verified
/// contacts are given: an unverified address or phone receives its own verification message only
/// (sent with `OutgoingNotice.only`), never a notice meant for the account holder.
struct DatabaseAccountContacts: AccountContacts {
    func contact(of userID: UUID, on db: any Database) async throws -> AccountContact? {
        guard let user = try await UserModel.find(userID, on: db), user.status == .active else { return nil }
        let email = user.email.isEmpty || user.emailVerifiedAt == nil ? nil : user.email
        let phone = user.phoneVerifiedAt == nil ? nil : user.phone
        return AccountContact(userID: userID, name: "\(user.firstName) \(user.lastName)", email: email,
                              phone: phone, language: Language(rawValue: user.language) ?? .az)
    }
}
