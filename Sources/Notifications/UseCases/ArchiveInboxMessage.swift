import Foundation
import PortalHTTP

/// The person archives one of their messages (it leaves the inbox and the unread count). Someone
/// else's message is not found; archiving twice changes nothing.
public struct ArchiveInboxMessage {
    public enum Outcome: Sendable { case archived, notFound }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ id: UUID, reader: Principal, ip: String?) async throws -> Outcome {
        let now = app.portal.now()
        return try await app.db.writeTransaction { db in
            let inbox = InboxQueries(db: db)
            guard let message = try await inbox.message(id, of: reader.userID) else { return .notFound }
            guard !message.archived else { return .archived }
            _ = try await inbox.archive(id, of: reader.userID, at: now)
            try await app.portal.audit.record(AuditEvent(actor: reader.auditActor(ip: ip), action: "notifications.message.archived",
                                                         subjectFIN: reader.fin.value, objectType: "notification", objectID: id.uuidString,
                                                         details: ["kind": message.event.kind]), on: db)
            return .archived
        }
    }
}
