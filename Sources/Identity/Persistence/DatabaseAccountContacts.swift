import PortalHTTP

/// Identity's answer to `AccountContacts`: how Notifications reaches an account holder, read on the
/// caller's database (inside its transaction). A disabled account is not reached.
struct DatabaseAccountContacts: AccountContacts {
    func contact(of userID: UUID, on db: any Database) async throws -> AccountContact? {
        guard let user = try await UserModel.find(userID, on: db), user.status == .active else { return nil }
        return AccountContact(userID: userID, name: "\(user.firstName) \(user.lastName)", email: user.email.isEmpty ? nil : user.email,
                              phone: user.phone, language: Language(rawValue: user.language) ?? .az)
    }
}
