import PortalHTTP

/// What the population register lets whom do (granted per role in the permission table).
enum PopulationPermissions {
    /// Look a person up in the register with a stated purpose. Look-ups serve case work, receptions and
    /// fines: an agency administrator (who manages officials and registry entries) has no look-up right.
    static let lookUpPerson: Permission = "population.person.read"

    static let grants: [PermissionGrant] = [
        PermissionGrant(lookUpPerson, to: [.operator_, .reviewer, .head]),
    ]
}
