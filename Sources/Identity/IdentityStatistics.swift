import PortalHTTP

/// The figures Identity publishes on the operations page and `/metrics`.
enum IdentityStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "identity.accounts", value: Int64(try await UserModel.query(on: db).count())),
         Stat(key: "identity.accounts_with_second_factor", value: Int64(try await UserModel.query(on: db).filter(\.$totpEnabled == true).count())),
         Stat(key: "identity.officials", value: Int64(try await RoleModel.query(on: db).filter(\.$role != .platformAdmin).count())),
         Stat(key: "identity.companies", value: Int64(try await CompanyModel.query(on: db).count()))]
    }
}
