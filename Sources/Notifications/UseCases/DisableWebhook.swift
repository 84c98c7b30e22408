import Foundation
import PortalHTTP

/// An agency administrator switches an endpoint off: what it has not received yet is not sent.
public struct DisableWebhook {
    public enum Outcome: Sendable, Equatable { case done, notFound, notApplicable }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ id: UUID, in scope: WebhookScope, by official: Principal, ip: String?) async throws -> Outcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let queries = WebhookQueries(db: db)
            guard let model = try await queries.endpoint(id), scope.covers(model.agencyID) else { return .notFound }
            guard model.disabledAt == nil else { return .notApplicable }
            try await queries.disable(model, by: official.userID, at: now)
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: model.agencyID, ip: ip), action: "notifications.webhook.disabled",
                objectType: "notification_webhook", objectID: id.uuidString, details: ["url": model.url]), on: db)
            return .done
        }
    }
}
