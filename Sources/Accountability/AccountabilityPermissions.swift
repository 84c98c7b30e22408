import PortalHTTP

/// What Accountability's office part lets whom do. The public figures need no permission.
enum AccountabilityPermissions {
    /// The head's view of the agency's overdue cases by official (for the units the head's role covers).
    static let overdue: Permission = "accountability.overdue"

    static let grants: [PermissionGrant] = [
        PermissionGrant(overdue, to: [.head]),
    ]
}
