import PortalHTTP

/// What the Catalog's office lets whom do (granted per role in the permission table; an agency-scoped
/// role holds it for its agency only).
enum CatalogPermissions {
    /// Create and revise the services of one's own agency (agency administrators).
    static let editServices: Permission = "catalog.services.edit"
    /// Publish or return submitted versions: held by reviewers and heads, effective only for those of the
    /// registry keeper (ASAN) — `RegistryEditor.canPublish`.
    static let publishServices: Permission = "catalog.services.publish"
    /// Import and export the whole registry.
    static let transferRegistry: Permission = "catalog.registry.transfer"

    static let grants: [PermissionGrant] = [
        PermissionGrant(editServices, to: [.agencyAdmin, .platformAdmin]),
        PermissionGrant(publishServices, to: [.reviewer, .head, .platformAdmin]),
        PermissionGrant(transferRegistry, to: [.platformAdmin]),
    ]
}
