import Foundation
import PortalHTTP

/// The worker's run: recover rows a stopped process left `sending`, claim what is due, and send each
/// through its channel's transport, recording sent / failed (retry with backoff and jitter) / bounced /
/// dead. Per-channel (per minute) and per-recipient (per hour) limits postpone a message without
/// counting an attempt. Safe to run in several processes at once (`OutboxQueries.claimDue`).
public struct DeliverOutbox {
    public struct Report: Sendable, Equatable {
        public var claimed = 0, sent = 0, retried = 0, bounced = 0, dead = 0, postponed = 0, recovered = 0
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run() async throws -> Report {
        let services = app.notifications
        let settings = services.settings
        let queries = OutboxQueries(db: app.db)
        let now = app.portal.now()
        var report = Report()
        report.recovered = try await queries.recoverStuck(now: now, lease: TimeInterval(settings.sendingLeaseSeconds))
        let claimed = try await queries.claimDue(now: now, limit: settings.batchSize)
        report.claimed = claimed.count
        guard !claimed.isEmpty else { return report }
        let key = app.portal.encryptionKey
        let mail = NoticeMail(localizer: app.portal.localizer, settings: settings, publicBaseURL: app.portal.config.publicBaseURL,
                              openSecret: { SealedSecret.open($0, key: key) })
        let transports = services.transports
        var budget: [NoticeChannel: Int] = [
            .email: settings.emailsPerMinute - (try await queries.sentCount(channel: .email, since: now.addingTimeInterval(-60))),
            .sms: settings.smsPerMinute - (try await queries.sentCount(channel: .sms, since: now.addingTimeInterval(-60))),
        ]
        var perRecipient: [String: Int] = [:]
        for delivery in claimed {
            let record = delivery.record
            let recipientKey = "\(record.channel.rawValue):\(record.recipientID)"
            if perRecipient[recipientKey] == nil {
                perRecipient[recipientKey] = try await queries.sentCount(channel: record.channel, recipient: record.recipientID,
                                                                         since: now.addingTimeInterval(-3600))
            }
            if budget[record.channel, default: 0] <= 0 || perRecipient[recipientKey, default: 0] >= settings.perRecipientPerHour {
                let wait: TimeInterval = budget[record.channel, default: 0] <= 0 ? 60 : 3600
                try await queries.record(record.id, .postponed(until: now.addingTimeInterval(wait)), now: now)
                report.postponed += 1
                continue
            }
            let result: OutboxQueries.Result
            do {
                switch record.channel {
                case .email:
                    try await transports.mail.send(mail.make(delivery, now: now))
                    result = .sent(providerID: nil)
                case .sms:
                    result = .sent(providerID: try await transports.sms.send(mail.sms(delivery)))
                case .inbox:
                    result = .sent(providerID: nil)
                }
            } catch MessageSendError.permanent(let reason) {
                result = .bounced(error: reason)
            } catch {
                var reason = String(describing: type(of: error))
                if case .temporary(let why)? = error as? MessageSendError { reason = why }
                if settings.backoff.isExhausted(record.attempts) {
                    result = .dead(error: reason)
                } else {
                    let delay = settings.backoff.delay(afterAttempt: record.attempts, jitter: services.jitter())
                    result = .retry(at: now.addingTimeInterval(delay), error: reason)
                }
            }
            try await queries.record(record.id, result, now: app.portal.now())
            switch result {
            case .sent:
                report.sent += 1
                budget[record.channel, default: 0] -= 1
                perRecipient[recipientKey, default: 0] += 1
            case .retry: report.retried += 1
            case .dead: report.dead += 1
            case .bounced: report.bounced += 1
            case .postponed: report.postponed += 1
            }
            PortalMetrics.counter("notifications_deliveries_total", help: "Notice deliveries by channel and result",
                                  labels: [("channel", record.channel.rawValue), ("result", "\(result.label)")]).increment()
        }
        if report.dead + report.bounced > 0 {
            app.logger.warning("notices not delivered", metadata: ["dead": .stringConvertible(report.dead), "bounced": .stringConvertible(report.bounced)])
        }
        return report
    }
}

extension OutboxQueries.Result {
    var label: String {
        switch self {
        case .sent: return "sent"
        case .retry: return "retry"
        case .dead: return "dead"
        case .bounced: return "bounced"
        case .postponed: return "postponed"
        }
    }
}
