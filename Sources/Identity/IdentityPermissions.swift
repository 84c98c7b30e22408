import PortalHTTP

/// Identity's permissions (deny by default: only the roles granted here).
enum IdentityPermissions {
    /// Propose and decide changes of office roles in one's agency (and region, for a scoped role).
    static let manageOfficials: Permission = "identity.officials.manage"
    /// The platform's figures on the office overview.
    static let platformOverview: Permission = "platform.overview"

    // Who may propose and decide role changes; the order of authority and the two-person rule are in the use cases.
    static let grants: [PermissionGrant] = [
        PermissionGrant(manageOfficials, to: [.agencyAdmin, .head, .platformAdmin]),
        PermissionGrant(platformOverview, to: [.platformAdmin]),
    ]
}
