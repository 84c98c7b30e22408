import Fluent
import Foundation
import PortalHTTP

/// One inbox message as the pages and the API read it (never a Fluent model).
public struct InboxMessage: Sendable {
    public var id: UUID
    public var event: NoticeEvent
    public var createdAt: Date
    public var readAt: Date?
    public var archived: Bool
}

/// A delivery on another channel of the same notice (shown to the citizen: where it went and how).
public struct DeliveryRecord: Sendable {
    public var id: UUID
    public var channel: NoticeChannel
    public var recipientID: UUID
    public var kind: String
    public var address: String?
    public var reference: String
    public var status: DeliveryStatus
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?
}

/// The inbox's reads and writes; every one is scoped to the recipient, so someone else's message is
/// simply not found.
struct InboxQueries {
    let db: any Database

    private func inbox(of recipient: UUID) -> QueryBuilder<OutboxModel> {
        OutboxModel.query(on: db).filter(\.$recipientID == recipient).filter(\.$channel == .inbox)
    }

    /// The header's figure: one count on `ix_notifications_outbox_inbox`.
    func unreadCount(of recipient: UUID) async throws -> Int {
        try await inbox(of: recipient).filter(\.$archivedAt == nil).filter(\.$readAt == nil).count()
    }

    /// Unread first, then newest first; archived messages only when asked for.
    func page(of recipient: UUID, archived: Bool, limit: Int, offset: Int) async throws -> (items: [InboxMessage], total: Int) {
        let base = archived ? inbox(of: recipient).filter(\.$archivedAt != nil) : inbox(of: recipient).filter(\.$archivedAt == nil)
        let total = try await base.copy().count()
        // NULLs sort differently on the two engines: order by "is read" explicitly instead.
        let rows = try await base.sort(.custom(SQLRaw("CASE WHEN read_at IS NULL THEN 0 ELSE 1 END")))
            .sort(\.$createdAt, .descending).sort(\.$id).range(offset..<(offset + limit)).all()
        return (try rows.map(Self.message), total)
    }

    func message(_ id: UUID, of recipient: UUID) async throws -> InboxMessage? {
        try await inbox(of: recipient).filter(\.$id == id).first().map(Self.message)
    }

    /// Marks read (once: the first reading time stays); false when it is not the recipient's.
    func markRead(_ id: UUID, of recipient: UUID, at now: Date) async throws -> Bool {
        guard let row = try await inbox(of: recipient).filter(\.$id == id).first() else { return false }
        if row.readAt == nil {
            row.readAt = now
            try await row.save(on: db)
        }
        return true
    }

    func archive(_ id: UUID, of recipient: UUID, at now: Date) async throws -> Bool {
        guard let row = try await inbox(of: recipient).filter(\.$id == id).first() else { return false }
        if row.archivedAt == nil {
            row.archivedAt = now
            if row.readAt == nil { row.readAt = now }
            try await row.save(on: db)
        }
        return true
    }

    /// The other channels' deliveries of the notice a message belongs to.
    func deliveries(ofMessage id: UUID, recipient: UUID) async throws -> [DeliveryRecord] {
        guard let row = try await inbox(of: recipient).filter(\.$id == id).first() else { return [] }
        return try await OutboxModel.query(on: db).filter(\.$recipientID == recipient).filter(\.$dedupeKey == row.dedupeKey)
            .filter(\.$channel != .inbox).sort(\.$channel).all().map(OutboxQueries.record)
    }

    static func message(_ row: OutboxModel) throws -> InboxMessage {
        InboxMessage(id: row.id!, event: try CanonicalJSON.decode(NoticeEvent.self, from: row.payload), createdAt: row.createdAt,
                     readAt: row.readAt, archived: row.archivedAt != nil)
    }
}
