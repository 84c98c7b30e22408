import Accountability
import Applications
import Audit
import Catalog
import Identity
import Information
import MailKit
import Notifications
import Payments
import PopulationRegistry
import PortalHTTP
import Reception
import Reference
import SMSKit

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
        NotificationsModule(smtpTransport: Transports.smtp, smsTransport: Transports.sms),
        AccountabilityModule(),
        InformationModule(),
        ShellModule(),
    ]
}

/// The outside transports notifications go through, made from their own configuration
/// (docs/configuration.md): the SMTP client and the SMS gateway client.
enum Transports {
    @Sendable static func smtp(_ context: NotificationsModule.TransportContext) throws -> any MailTransport {
        var environment = context.environment
        // The sender defaults to the notifications module's (OneWindow <no-reply@HOST>).
        if environment["ONEWINDOW_SMTP_FROM", default: ""].isEmpty { environment["ONEWINDOW_SMTP_FROM"] = context.settings.mailFrom }
        guard let configuration = try SMTPConfiguration.fromEnvironment(environment) else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL is empty")
        }
        return try SMTPClient(configuration: configuration)
    }

    @Sendable static func sms(_ context: NotificationsModule.TransportContext) throws -> (any SMSTransport)? {
        try SMSGatewayConfiguration.fromEnvironment(context.environment, defaultCallbackURL: context.smsReceiptURL).map {
            SMSGatewayClient(configuration: $0)
        }
    }
}
