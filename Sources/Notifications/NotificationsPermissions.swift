import PortalHTTP

/// What the Notifications office lets whom do: the platform administrators watch deliveries that
/// failed, bounced or were dead-lettered, send one again, and preview the templates.
enum NotificationsPermissions {
    static let office: Permission = "notifications.office"

    static let grants: [PermissionGrant] = [
        PermissionGrant(office, to: [.platformAdmin]),
    ]
}
