import PortalHTTP

/// What the newsroom lets whom do, per agency: a role held in an agency gives the permission for that
/// agency's items only (`Newsroom.agencies(for:)`); the public pages need none.
enum InformationPermissions {
    /// Write drafts and corrections and send them for publication.
    static let edit: Permission = "information.edit"
    /// Publish (now or at a time) or withdraw another person's submitted version.
    static let publish: Permission = "information.publish"

    static let grants: [PermissionGrant] = [
        PermissionGrant(edit, to: [.operator_, .reviewer, .agencyAdmin, .head]),
        PermissionGrant(publish, to: [.reviewer, .head]),
    ]
}
