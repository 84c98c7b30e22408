import Foundation
import PortalHTTP

/// The transports the worker sends through. With no `ONEWINDOW_SMTP_URL` e-mail goes to the
/// development mailbox; with one, to the transport `NotificationsModule.smtpTransport` makes (the SMTP
/// client is wired by the App). Tests replace them with fakes.
public struct NoticeTransports: Sendable {
    public var mail: any MailTransport
    public var sms: any SMSTransport

    public init(mail: any MailTransport, sms: any SMSTransport) {
        self.mail = mail
        self.sms = sms
    }
}

public final class NotificationsServices: @unchecked Sendable {
    public let settings: NotificationsSettings
    /// Every e-mail and SMS kept in memory when no real transport is configured (`/dev/mail`).
    public let mailbox: DevelopmentMailbox
    private let lock = NSLock()
    private var _transports: NoticeTransports
    private var _webhookTransport: any WebhookTransport
    /// 0...1 for the backoff's jitter; replaceable in tests.
    public var jitter: @Sendable () -> Double = { Double.random(in: 0...1) }

    init(settings: NotificationsSettings, clock: any PortalClock, webhookTransport: any WebhookTransport) {
        self.settings = settings
        let mailbox = DevelopmentMailbox(clock: clock)
        self.mailbox = mailbox
        self._transports = NoticeTransports(mail: mailbox, sms: mailbox)
        self._webhookTransport = webhookTransport
    }

    public var transports: NoticeTransports {
        get { lock.withLock { _transports } }
        set { lock.withLock { _transports = newValue } }
    }

    /// How agencies' webhooks are posted (HTTP; tests replace it).
    public var webhookTransport: any WebhookTransport {
        get { lock.withLock { _webhookTransport } }
        set { lock.withLock { _webhookTransport = newValue } }
    }

    private var lastRun: Date?

    /// True (and remembered) when the worker's interval has passed since its last run; never when 0.
    func workerDue(now: Date) -> Bool {
        let interval = TimeInterval(settings.workerIntervalSeconds)
        guard interval > 0 else { return false }
        return lock.withLock {
            if let lastRun, now.timeIntervalSince(lastRun) < interval { return false }
            lastRun = now
            return true
        }
    }

    /// True when e-mail goes to the development mailbox (no SMTP server configured).
    public var usesDevelopmentMailbox: Bool { transports.mail is DevelopmentMailbox }
}

struct NotificationsServicesKey: StorageKey { typealias Value = NotificationsServices }

extension Application {
    public var notifications: NotificationsServices {
        guard let services = storage[NotificationsServicesKey.self] else { fatalError("the Notifications module is not configured") }
        return services
    }
}
