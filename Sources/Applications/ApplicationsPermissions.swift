import PortalHTTP

/// What Applications lets whom do (granted per role in the permission table; an agency-scoped role
/// holds it for its agency only, a region-scoped one for its region's cases).
enum ApplicationsPermissions {
    /// Edit and publish the application forms of one's own agency's services.
    static let editForms: Permission = "applications.forms.edit"
    /// Work the agency's cases: the queue, reading a case, assignment, notes, requests, completion.
    static let workCases: Permission = "applications.cases.work"
    /// Approve or reject.
    static let decideCases: Permission = "applications.cases.decide"
    /// Heads see their agency's overdue list.
    static let seeOverdue: Permission = "applications.cases.overdue"

    static let grants: [PermissionGrant] = [
        PermissionGrant(editForms, to: [.agencyAdmin, .platformAdmin]),
        PermissionGrant(workCases, to: [.operator_, .reviewer, .head]),
        PermissionGrant(decideCases, to: [.reviewer, .head]),
        PermissionGrant(seeOverdue, to: [.head]),
    ]
}
