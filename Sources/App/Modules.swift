import Applications
import Audit
import Catalog
import Identity
import Notifications
import Payments
import PopulationRegistry
import PortalHTTP
import Reception
import Reference

/// The ordered list of capabilities. A new capability is one more target and one more line here;
/// order matters for migrations (a module's tables may reference those of modules above it).
enum Modules {
    static let all: [any PortalModule] = [
        AuditModule(),
        ReferenceModule(),
        PopulationRegistryModule(),
        IdentityModule(),
        CatalogModule(),
        PaymentsModule(),
        ApplicationsModule(),
        ReceptionModule(),
        // The SMTP client plugs in here: NotificationsModule(smtpTransport: { settings in … }).
        NotificationsModule(),
        ShellModule(),
    ]
}
