import PortalHTTP

/// Identity's permissions (deny by default: only the roles granted in `IdentityModule.permissions`).
enum IdentityPermissions {
    /// Propose and decide changes of office roles in one's agency (and region, for a scoped role).
    static let manageOfficials: Permission = "identity.officials.manage"
    static let platformOverview: Permission = "platform.overview"
}
