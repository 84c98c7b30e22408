import Foundation
import PortalHTTP

/// The notification service's settings (`ONEWINDOW_NOTIFY_*`, `ONEWINDOW_SMTP_*`, docs/configuration.md).
public struct NotificationsSettings: Sendable, Equatable {
    /// Seconds between the worker's runs; 0 turns the worker off.
    public var workerIntervalSeconds: Int
    /// Deliveries claimed per run.
    public var batchSize: Int
    /// Retries: exponential backoff with jitter, dead letter after `maxAttempts`.
    public var backoff: Backoff
    /// Seconds a `sending` row may stay claimed before a restart sends it again (the at-least-once window).
    public var sendingLeaseSeconds: Int
    /// Messages per minute on each channel, and per recipient per hour on each channel.
    public var emailsPerMinute: Int
    public var smsPerMinute: Int
    public var perRecipientPerHour: Int
    /// `smtp://user:pass@host:port`, `smtps://…`; nil: e-mail stays in the development mailbox (`/dev/mail`).
    public var smtpURL: String?
    /// The From address of every e-mail.
    public var mailFrom: String
    /// The domain of Message-IDs (`<uuid@domain>`), from the public URL.
    public var messageIDDomain: String
    /// The key the SMS gateway signs its delivery receipts with; nil: the receipt endpoint is off (404).
    public var smsGatewaySecret: String?

    public init(workerIntervalSeconds: Int = 10, batchSize: Int = 50, backoff: Backoff = Backoff(), sendingLeaseSeconds: Int = 300,
                emailsPerMinute: Int = 600, smsPerMinute: Int = 60, perRecipientPerHour: Int = 20, smtpURL: String? = nil,
                mailFrom: String = "OneWindow <no-reply@onewindow.local>", messageIDDomain: String = "onewindow.local",
                smsGatewaySecret: String? = nil) {
        self.workerIntervalSeconds = workerIntervalSeconds
        self.batchSize = batchSize
        self.backoff = backoff
        self.sendingLeaseSeconds = sendingLeaseSeconds
        self.emailsPerMinute = emailsPerMinute
        self.smsPerMinute = smsPerMinute
        self.perRecipientPerHour = perRecipientPerHour
        self.smtpURL = smtpURL
        self.mailFrom = mailFrom
        self.messageIDDomain = messageIDDomain
        self.smsGatewaySecret = smsGatewaySecret
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func fromEnvironment(_ env: [String: String], publicBaseURL: String) throws -> NotificationsSettings {
        func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = env["ONEWINDOW_NOTIFY_" + name] else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                throw Problem(description: "ONEWINDOW_NOTIFY_\(name) must be a whole number in \(range) (got \(raw))")
            }
            return value
        }
        let host = URLComponents(string: publicBaseURL)?.host ?? "onewindow.local"
        let smtp = env["ONEWINDOW_SMTP_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let smtp, !(smtp.hasPrefix("smtp://") || smtp.hasPrefix("smtps://")) {
            throw Problem(description: "ONEWINDOW_SMTP_URL must start with smtp:// or smtps://")
        }
        return NotificationsSettings(
            workerIntervalSeconds: try int("WORKER_INTERVAL", 10, 0...3600), batchSize: try int("BATCH", 50, 1...1000),
            backoff: Backoff(base: TimeInterval(try int("BACKOFF_SECONDS", 60, 1...86_400)), cap: 6 * 3600,
                             maxAttempts: try int("MAX_ATTEMPTS", 8, 1...50)),
            sendingLeaseSeconds: try int("SENDING_LEASE", 300, 10...86_400),
            emailsPerMinute: try int("EMAILS_PER_MINUTE", 600, 1...100_000), smsPerMinute: try int("SMS_PER_MINUTE", 60, 1...100_000),
            perRecipientPerHour: try int("PER_RECIPIENT_PER_HOUR", 20, 1...10_000), smtpURL: smtp,
            mailFrom: env["ONEWINDOW_SMTP_FROM"] ?? "OneWindow <no-reply@\(host)>", messageIDDomain: host,
            smsGatewaySecret: env["ONEWINDOW_SMS_GATEWAY_SECRET"].flatMap { $0.isEmpty ? nil : $0 })
    }
}
