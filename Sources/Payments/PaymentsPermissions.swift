import PortalHTTP

/// What the payments office lets whom do (granted per role in the permission table; an agency-scoped
/// role holds it for its agency, a regional one for its unit only).
enum PaymentsPermissions {
    /// Record fines for one's agency.
    static let recordFines: Permission = "payments.fines.record"
    /// Look an invoice up and ask for a refund of one of its payments.
    static let requestRefunds: Permission = "payments.refunds.request"
    /// Approve or reject a refund someone else asked for (the two-person rule).
    static let approveRefunds: Permission = "payments.refunds.approve"
    /// Compare the provider's settlement file with the portal's payments.
    static let reconcile: Permission = "payments.reconciliation"

    static let grants: [PermissionGrant] = [
        PermissionGrant(recordFines, to: [.operator_, .head]),
        PermissionGrant(requestRefunds, to: [.operator_, .reviewer, .head]),
        PermissionGrant(approveRefunds, to: [.head]),
        // The settlement file covers every agency's payments: only the platform's administrator reads it.
        PermissionGrant(reconcile, to: [.platformAdmin]),
    ]
}
