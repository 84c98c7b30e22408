import Fluent
import PortalHTTP

extension DatabaseAccountContacts {
    /// One `IN` query for a page of FINs (the proactive scan reads up to a thousand at a time).
    func contacts(ofFINs fins: [String], on db: any Database) async throws -> [String: AccountContact] {
        guard !fins.isEmpty else { return [:] }
        let users = try await UserModel.query(on: db).filter(\.$fin ~~ Array(Set(fins))).filter(\.$status == .active).all()
        var out: [String: AccountContact] = [:]
        // The same rule as one account's look-up: verified contacts only.
        for user in users { out[user.fin] = Self.contact(user) }
        return out
    }
}
