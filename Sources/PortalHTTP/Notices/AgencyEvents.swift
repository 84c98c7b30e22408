import FluentKit
import Foundation

/// Something an agency's own systems may want to hear about: one of its cases changed state, a
/// payment to it succeeded, a reception with it was booked. Like a notice it is written on the
/// caller's database (in the change's transaction) and delivered later — as a signed webhook to the
/// endpoints the agency registered (Notifications; docs/adr/0013-agency-webhooks.md).
///
/// Events are thin: identifiers, numbers and states, never a person's name or FIN. The agency's system
/// fetches what it needs through the API, where the read is authorised and audited.
public struct AgencyEvent: Sendable {
    public var agencyID: UUID
    /// `application.status_changed`, `payment.succeeded`, `reception.booked`, `reception.cancelled`.
    public var type: String
    /// Names the event: the same key for the same endpoint is delivered once.
    public var dedupeKey: String
    public var occurredAt: Date
    public var data: [String: String]

    public init(agencyID: UUID, type: String, dedupeKey: String, occurredAt: Date, data: [String: String]) {
        self.agencyID = agencyID
        self.type = type
        self.dedupeKey = dedupeKey
        self.occurredAt = occurredAt
        self.data = data
    }
}

public protocol AgencyEventPublishing: Sendable {
    func publish(_ event: AgencyEvent, on db: any Database) async throws
}
