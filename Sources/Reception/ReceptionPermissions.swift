import PortalHTTP

/// What Reception's office lets whom do (granted per role in the permission table; an agency- or
/// region-scoped role holds it for its agency and region only — `ReceptionDesk.allows`).
enum ReceptionPermissions {
    /// The office's reception day: check-in, walk-ins, the queue, no-shows, cancellations, outcomes,
    /// follow-ups and the figures as CSV.
    static let desk: Permission = "reception.desk"

    static let grants: [PermissionGrant] = [
        PermissionGrant(desk, to: [.operator_, .head, .agencyAdmin]),
    ]
}
