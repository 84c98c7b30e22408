import Foundation
import PortalHTTP

/// An agency administrator sends one failed or dead delivery of an enabled endpoint again: queued,
/// due now, a fresh run of tries, the same `webhook-id` and body.
public struct RetryWebhookDelivery {
    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ delivery: UUID, of id: UUID, in scope: WebhookScope, by official: Principal, ip: String?) async throws -> DisableWebhook.Outcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let queries = WebhookQueries(db: db)
            guard let model = try await queries.endpoint(id), scope.covers(model.agencyID) else { return .notFound }
            guard model.disabledAt == nil, let record = try await queries.requeue(delivery, of: id, now: now) else { return .notApplicable }
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: model.agencyID, ip: ip), action: "notifications.webhook.delivery_retried",
                objectType: "notification_webhook_delivery", objectID: delivery.uuidString,
                details: ["webhook": id.uuidString, "type": record.type]), on: db)
            return .done
        }
    }
}
