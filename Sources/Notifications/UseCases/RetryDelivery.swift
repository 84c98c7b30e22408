import Foundation
import PortalHTTP

/// The office (platform administrators) looks at deliveries that failed, bounced or were
/// dead-lettered, and sends one again: queued, due now, with a fresh run of attempts.
public struct RetryDelivery {
    public enum Outcome: Sendable { case queued, notFound, notRetryable }

    let app: Application
    public init(app: Application) { self.app = app }

    public func problems(by official: Principal, ip: String?, limit: Int, offset: Int) async throws -> (items: [DeliveryRecord], total: Int) {
        try await app.db.writeTransaction { db in
            let page = try await OutboxQueries(db: db).problems(limit: limit, offset: offset)
            // The list shows addresses and phone numbers: a read of personal data, recorded.
            try await app.portal.audit.record(AuditEvent(actor: official.auditActor(ip: ip), action: "notifications.deliveries.viewed",
                                                         objectType: "notification_outbox", details: ["count": String(page.items.count)]), on: db)
            return page
        }
    }

    public func run(_ id: UUID, by official: Principal, ip: String?) async throws -> Outcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let queries = OutboxQueries(db: db)
            guard let before = try await queries.delivery(id) else { return .notFound }
            guard before.status.isProblem || before.status == .failed else { return .notRetryable }
            _ = try await queries.requeue(id, now: now)
            try await app.portal.audit.record(AuditEvent(actor: official.auditActor(ip: ip), action: "notifications.delivery.retried",
                                                         objectType: "notification_outbox", objectID: id.uuidString,
                                                         details: ["status": before.status.rawValue, "channel": before.channel.rawValue,
                                                                   "attempts": String(before.attempts)]), on: db)
            return .queued
        }
    }
}
