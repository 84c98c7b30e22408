import Foundation
import PortalHTTP

/// Which agencies' endpoints an official may see and change: every agency for a platform
/// administrator, else the agencies of the roles that grant `notifications.webhooks`.
public struct WebhookScope: Sendable {
    /// Nil: all agencies.
    public let agencies: Set<UUID>?

    public init(_ assignments: [RoleAssignment]) {
        agencies = assignments.contains { $0.agencyID == nil } ? nil : Set(assignments.compactMap(\.agencyID))
    }

    public func covers(_ agency: UUID) -> Bool { agencies?.contains(agency) ?? true }
}

/// An agency administrator lists their agency's endpoints and looks at one with its latest deliveries.
public struct ListWebhooks {
    let app: Application
    public init(app: Application) { self.app = app }

    public func list(in scope: WebhookScope) async throws -> [WebhookRecord] {
        try await WebhookQueries(db: app.db).endpoints(of: scope.agencies.map(Array.init))
    }

    /// Nil for an unknown endpoint or one of another agency (the page answers 404 for both).
    public func endpoint(_ id: UUID, in scope: WebhookScope, deliveries limit: Int = 50) async throws
        -> (endpoint: WebhookRecord, deliveries: [WebhookDeliveryRecord])? {
        let queries = WebhookQueries(db: app.db)
        guard let model = try await queries.endpoint(id), scope.covers(model.agencyID) else { return nil }
        return (WebhookQueries.record(model), try await queries.deliveries(of: id, limit: limit))
    }
}
