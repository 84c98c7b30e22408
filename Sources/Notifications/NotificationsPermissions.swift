import PortalHTTP

/// What the Notifications office lets whom do: the platform administrators watch deliveries that
/// failed, bounced or were dead-lettered, send one again, and preview the templates.
enum NotificationsPermissions {
    static let office: Permission = "notifications.office"
    /// Register and switch off the agency's webhook endpoints, see their deliveries (for its agency only).
    static let webhooks: Permission = "notifications.webhooks"

    static let grants: [PermissionGrant] = [
        PermissionGrant(office, to: [.platformAdmin]),
        PermissionGrant(webhooks, to: [.agencyAdmin, .platformAdmin]),
    ]
}
