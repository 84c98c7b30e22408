import Fluent
import PortalHTTP

extension DatabaseAccountContacts {
    /// One `IN` query for a page of FINs (the proactive scan reads up to a thousand at a time).
    func contacts(ofFINs fins: [String], on db: any Database) async throws -> [String: AccountContact] {
        guard !fins.isEmpty else { return [:] }
        let users = try await UserModel.query(on: db).filter(\.$fin ~~ Array(Set(fins))).filter(\.$status == .active).all()
        var out: [String: AccountContact] = [:]
        for user in users {
            guard let id = user.id else { continue }
            out[user.fin] = AccountContact(userID: id, name: "\(user.firstName) \(user.lastName)", email: user.email.isEmpty ? nil : user.email,
                                           phone: user.phone, language: Language(rawValue: user.language) ?? .az)
        }
        return out
    }
}
