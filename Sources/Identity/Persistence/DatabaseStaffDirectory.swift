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
}
