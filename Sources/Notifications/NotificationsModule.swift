import Foundation
import PortalHTTP

/// Notifications: the one way a capability tells a person something. `app.portal.notify` writes an
/// outbox row per channel in the caller's transaction (`Notify`); the inbox is always on
/// (`/cabinet/inbox`, the unread count in the header); a worker delivers e-mail and SMS with retries,
/// rate limits and a dead letter the office can retry; preferences per category; templates per kind
/// and language; the development mailbox at `/dev/mail` when no SMTP server is configured; agencies'
/// signed webhooks (`app.portal.publish`, `/office/webhooks`).
public struct NotificationsModule: PortalModule {
    /// What the App's transports are made from: the module's settings, the environment (the transports'
    /// own variables) and the URL the SMS gateway sends its delivery receipts to.
    public struct TransportContext: Sendable {
        public let settings: NotificationsSettings
        public let environment: [String: String]
        public let smsReceiptURL: String
    }

    /// Makes the e-mail transport for `ONEWINDOW_SMTP_URL` (the SMTP client, wired by the App). Nil:
    /// setting the URL is refused at start-up rather than silently keeping mail in memory.
    let smtpTransport: (@Sendable (TransportContext) throws -> any MailTransport)?
    /// The SMS gateway's transport when one is configured; nil: SMS go to the development mailbox.
    let smsTransport: (@Sendable (TransportContext) throws -> (any SMSTransport)?)?

    public init(smtpTransport: (@Sendable (TransportContext) throws -> any MailTransport)? = nil,
                smsTransport: (@Sendable (TransportContext) throws -> (any SMSTransport)?)? = nil) {
        self.smtpTransport = smtpTransport
        self.smsTransport = smsTransport
    }

    public var name: String { "notifications" }

    public var migrations: [any Migration] { [CreateNotificationsTables(), CreateWebhookTables()] }

    public var permissions: [PermissionGrant] { NotificationsPermissions.grants }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.inbox", path: "/cabinet/inbox", audience: .signedIn),
         NavigationLink(labelKey: "nav.office.notifications", path: "/office/notifications", audience: .office,
                        permission: NotificationsPermissions.office),
         NavigationLink(labelKey: "nav.office.webhooks", path: "/office/webhooks", audience: .office,
                        permission: NotificationsPermissions.webhooks)]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "notifications.json") }

    /// The worker ticks every second and runs when its configured interval has passed (0: off). Jobs
    /// do not run in testing mode; tests call `DeliverOutbox` themselves.
    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "notifications.deliver", interval: .seconds(1)) { app in
            let services = app.notifications
            guard services.workerDue(now: Date()) else { return }
            _ = try await DeliverOutbox(app: app).run()
            _ = try await DeliverWebhooks(app: app).run()
        }]
    }

    public func configure(_ app: Application) throws {
        let config = app.portal.config
        let settings = try NotificationsSettings.fromEnvironment(config.environment, publicBaseURL: config.publicBaseURL)
        let context = TransportContext(settings: settings, environment: config.environment,
                                       smsReceiptURL: config.publicBaseURL + "/notifications/sms/receipts")
        var mail: (any MailTransport)?
        if settings.smtpURL != nil {
            guard let smtpTransport else {
                throw NotificationsSettings.Problem(description: "ONEWINDOW_SMTP_URL is set but this build has no SMTP transport wired")
            }
            mail = try smtpTransport(context)
        }
        let sms = try smsTransport?(context)
        let webhooks = HTTPWebhookTransport()
        app.lifecycle.use(webhooks)
        let services = NotificationsServices(settings: settings, clock: app.portal.clock, webhookTransport: webhooks)
        if mail != nil || sms != nil {
            services.transports = NoticeTransports(mail: mail ?? services.mailbox, sms: sms ?? services.mailbox)
        }
        if config.mode == .production, mail == nil {
            app.logger.warning("no ONEWINDOW_SMTP_URL: e-mail notices stay in the in-memory development mailbox and are not sent")
        }
        app.storage[NotificationsServicesKey.self] = services
        let portal = app.portal
        app.portal.notices = Notify(settings: settings, contacts: { portal.accountContacts }, clock: portal.clock)
        app.portal.inboxCounter = InboxCount()
        app.portal.agencyEvents = PublishAgencyEvent(clock: portal.clock)
    }

    public func routes(_ routes: PortalRoutes) throws {
        InboxPages().register(routes.signedIn)
        PreferencesPages().register(routes.signedIn)
        DevMailPages().register(routes.web)
        OfficeNotificationPages().register(routes.office)
        WebhookPages().register(routes.office)
        NotificationsAPI().register(routes.api)
        SMSReceipts().register(routes.bare)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await NotificationsStatistics(db: db).stats()
    }
}

/// The header's unread count: one indexed count on the caller's database.
struct InboxCount: InboxCounter {
    var path: String { "/cabinet/inbox" }

    func unread(userID: UUID, on db: any Database) async throws -> Int {
        try await InboxQueries(db: db).unreadCount(of: userID)
    }
}
