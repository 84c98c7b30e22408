import Foundation
import PortalHTTP

/// The person opens one of their messages: it is marked read (the first time) and returned with its
/// other deliveries (e-mail, SMS and their status). Someone else's message is not found.
public struct OpenInboxMessage {
    public enum Outcome: Sendable {
        case opened(InboxMessage, deliveries: [DeliveryRecord])
        case notFound
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ id: UUID, reader: Principal, ip: String?) async throws -> Outcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let inbox = InboxQueries(db: db)
            guard let before = try await inbox.message(id, of: reader.userID) else { return .notFound }
            if before.readAt == nil {
                _ = try await inbox.markRead(id, of: reader.userID, at: now)
                try await app.portal.audit.record(AuditEvent(actor: reader.auditActor(ip: ip), action: "notifications.message.read",
                                                             subjectFIN: reader.fin.value, objectType: "notification", objectID: id.uuidString,
                                                             details: ["kind": before.event.kind]), on: db)
            }
            guard let message = try await inbox.message(id, of: reader.userID) else { return .notFound }
            return .opened(message, deliveries: try await inbox.deliveries(ofMessage: id, recipient: reader.userID))
        }
    }
}
