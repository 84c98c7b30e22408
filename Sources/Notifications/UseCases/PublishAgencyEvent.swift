import Fluent
import Foundation
import PortalHTTP

/// `app.portal.publish` (`AgencyEventPublishing`): writes one delivery per enabled endpoint of the
/// agency that takes the event's type, on the caller's database — in the caller's transaction, so the
/// event exists exactly when the change does. The body is fixed here (every retry sends these bytes).
struct PublishAgencyEvent: AgencyEventPublishing {
    let clock: any PortalClock

    func publish(_ event: AgencyEvent, on db: any Database) async throws {
        let payload = WebhookPayload(type: event.type, timestamp: ISO8601DateFormatter().string(from: event.occurredAt), data: event.data)
        _ = try await WebhookQueries(db: db).enqueue(event, body: try CanonicalJSON.string(payload), now: clock.now())
    }
}
