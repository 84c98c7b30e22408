import Fluent
import PortalHTTP

/// Identity's answer to `StaffDirectory`: other modules ask who holds which office role without
/// reading `identity_roles` themselves.
struct DatabaseStaffDirectory: StaffDirectory {
    func roles(of userID: UUID, inAgency agencyID: UUID, on db: any Database) async throws -> [OfficialRole] {
        try await RoleModel.query(on: db).filter(\.$userID == userID).filter(\.$agencyID == agencyID).all()
            .map(\.role)
    }

    func firstAccount(on db: any Database) async throws -> (id: UUID, fin: String)? {
        guard let user = try await UserModel.query(on: db).sort(\.$createdAt).first(), let id = user.id else { return nil }
        return (id, user.fin)
    }

    func names(of userIDs: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        guard !userIDs.isEmpty else { return [:] }
        var names: [UUID: String] = [:]
        for user in try await UserModel.query(on: db).filter(\.$id ~~ Array(userIDs)).all() {
            if let id = user.id { names[id] = "\(user.firstName) \(user.lastName)" }
        }
        return names
    }

    func account(fin: String, on db: any Database) async throws -> UUID? {
        try await UserModel.query(on: db).filter(\.$fin == fin).first()?.id
    }
}
