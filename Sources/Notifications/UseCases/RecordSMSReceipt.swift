import Foundation
import PortalHTTP

/// A delivery receipt from the SMS gateway: the message (found by the reference the portal gave it)
/// becomes delivered, or bounced when the gateway could not deliver it. Recorded in the audit trail.
public struct RecordSMSReceipt {
    public enum Outcome: Sendable, Equatable { case recorded(DeliveryStatus), unknownReference }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(reference: String, gatewayID: String, delivered: Bool, ip: String?) async throws -> Outcome {
        try await app.db.writeTransaction { db in
            guard let record = try await OutboxQueries(db: db).receipt(reference: reference, delivered: delivered) else { return .unknownReference }
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .system, ip: ip), action: "notifications.sms.receipt",
                                                         objectType: "notification_outbox", objectID: record.id.uuidString,
                                                         details: ["status": record.status.rawValue, "gateway_id": String(gatewayID.prefix(100))]), on: db)
            return .recorded(record.status)
        }
    }
}
