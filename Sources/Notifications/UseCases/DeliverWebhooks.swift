import Foundation
import PortalHTTP

/// The worker's run for agencies' endpoints, beside `DeliverOutbox`: recover rows a stopped process
/// left `sending`, claim what is due, post each signed (Standard Webhooks), and record the answer:
/// 2xx sent; 408, 429, 5xx and no answer retried with backoff and jitter, dead after the last attempt;
/// any other status (the endpoint refuses this message) dead at once. The same `webhook-id` and body on
/// every attempt; the timestamp and signature are those of the attempt.
public struct DeliverWebhooks {
    public struct Report: Sendable, Equatable {
        public var claimed = 0, sent = 0, retried = 0, dead = 0, recovered = 0
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run() async throws -> Report {
        let services = app.notifications
        let settings = services.settings
        let queries = WebhookQueries(db: app.db)
        let now = app.portal.now()
        var report = Report()
        report.recovered = try await queries.recoverStuck(now: now, lease: TimeInterval(settings.sendingLeaseSeconds))
        let claimed = try await queries.claimDue(now: now, limit: settings.batchSize)
        report.claimed = claimed.count
        let box = SecretBox(key: app.portal.encryptionKey)
        for delivery in claimed {
            let timestamp = Int(app.portal.now().timeIntervalSince1970)
            let body = Array(delivery.body.utf8)
            var status: Int?
            let result: OutboxQueries.Result
            do {
                let secret = try box.open(delivery.secretSealed)
                let signature = WebhookSignature.sign(secret: secret, id: delivery.messageID, timestamp: timestamp, body: body)
                let answer = try await services.webhookTransport.post(url: delivery.url, headers: [
                    ("webhook-id", delivery.messageID), ("webhook-timestamp", String(timestamp)), ("webhook-signature", signature),
                ], body: body)
                status = answer
                switch answer {
                case 200..<300: result = .sent(providerID: nil)
                case 408, 429, 500..<600: result = retryOrDead("HTTP \(answer)", attempts: delivery.attempts)
                default: result = .dead(error: "HTTP \(answer): the endpoint refused the message")
                }
            } catch {
                result = retryOrDead(String(describing: type(of: error)), attempts: delivery.attempts)
            }
            try await queries.record(delivery.id, result, responseStatus: status, now: app.portal.now())
            switch result {
            case .sent: report.sent += 1
            case .retry: report.retried += 1
            default: report.dead += 1
            }
            PortalMetrics.counter("notifications_deliveries_total", help: "Notice deliveries by channel and result",
                                  labels: [("channel", "webhook"), ("result", result.label)]).increment()
        }
        if report.dead > 0 { app.logger.warning("webhook deliveries dead-lettered", metadata: ["dead": .stringConvertible(report.dead)]) }
        return report
    }

    private func retryOrDead(_ reason: String, attempts: Int) -> OutboxQueries.Result {
        let settings = app.notifications.settings
        if settings.backoff.isExhausted(attempts) { return .dead(error: reason) }
        return .retry(at: app.portal.now().addingTimeInterval(settings.backoff.delay(afterAttempt: attempts, jitter: app.notifications.jitter())),
                      error: reason)
    }
}
