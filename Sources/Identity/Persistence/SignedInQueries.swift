import PortalHTTP

/// What every signed-in request reads besides its session: the person's office roles and whether they
/// represent any company, in one statement read as plain columns (no model decoding on the hot path).
struct SignedInQueries {
    let db: any Database

    struct Grants: Sendable {
        var roles: [RoleAssignment] = []
        /// The companies the person has a representative link to (backed by the register or not yet checked).
        var companyLinks: [UUID] = []
    }

    func grants(of userID: UUID) async throws -> Grants {
        let rows = try await db.sql().raw("""
            SELECT 'role' AS kind, CAST(role AS TEXT) AS role, agency_id, territorial_unit_code, NULL AS company_id
              FROM \(ident: RoleModel.schema) WHERE user_id = \(bind: userID)
            UNION ALL
            SELECT 'company', NULL, NULL, NULL, company_id
              FROM \(ident: RepresentativeModel.schema) WHERE user_id = \(bind: userID)
            """).all()
        var grants = Grants()
        for row in rows {
            if try row.decode(column: "kind", as: String.self) == "role" {
                guard let role = OfficialRole(rawValue: try row.decode(column: "role", as: String.self)) else { continue }
                grants.roles.append(RoleAssignment(role: role, agencyID: try row.decode(column: "agency_id", as: UUID?.self),
                                                   territorialUnitCode: try row.decode(column: "territorial_unit_code", as: String?.self)))
            } else {
                grants.companyLinks.append(try row.decode(column: "company_id", as: UUID.self))
            }
        }
        return grants
    }
}
