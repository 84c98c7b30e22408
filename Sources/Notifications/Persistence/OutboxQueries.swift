import Fluent
import Foundation
import PortalDB
import PortalHTTP

/// A claimed delivery, as the worker sends it.
struct ClaimedDelivery: Sendable {
    var record: DeliveryRecord
    var event: NoticeEvent
    var language: Language
}

/// The worker's and the office's reads and writes of the outbox.
struct OutboxQueries {
    let db: any Database

    /// Claims up to `limit` due e-mail/SMS rows (`DeliveryQueue.dueIDs`): each becomes `sending` with one
    /// more attempt, committed before anything is sent.
    func claimDue(now: Date, limit: Int) async throws -> [ClaimedDelivery] {
        try await db.writeTransaction { db in
            let ids = try await DeliveryQueue.dueIDs(in: OutboxModel.schema, where: "channel <> 'inbox'", now: now, limit: limit, on: db)
            guard !ids.isEmpty else { return [] }
            let rows = try await OutboxModel.query(on: db).filter(\.$id ~~ ids).all()
            var claimed: [ClaimedDelivery] = []
            for row in rows where row.status.isDue {
                row.status = .sending
                row.claimedAt = now
                row.attempts += 1
                try await row.save(on: db)
                claimed.append(ClaimedDelivery(record: Self.record(row), event: try CanonicalJSON.decode(NoticeEvent.self, from: row.payload),
                                               language: Language(rawValue: row.language) ?? .az))
            }
            return claimed.sorted { $0.record.nextAttemptAt < $1.record.nextAttemptAt }
        }
    }

    /// Rows left `sending` longer than `lease` (the portal stopped mid-send): back to `failed`, due now.
    /// This is the at-least-once window of ADR 0012: such a message may have gone out once already.
    func recoverStuck(now: Date, lease: TimeInterval) async throws -> Int {
        try await DeliveryQueue.recoverStuck(in: OutboxModel.schema, note: "interrupted while sending; retried with the same reference",
                                             now: now, lease: lease, on: db)
    }

    enum Result: Sendable {
        case sent(providerID: String?)
        case retry(at: Date, error: String)
        case dead(error: String)
        case bounced(error: String)
        /// Rate-limited or in quiet hours: not an attempt, later.
        case postponed(until: Date)
    }

    /// Records the outcome of a send: one `UPDATE` of a row still `sending` (a row the lease handed to
    /// another worker meanwhile is left alone). No model is read back: this runs once per message.
    func record(_ id: UUID, _ result: Result, now: Date) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var update = sql.update(OutboxModel.schema)
        switch result {
        case .sent(let providerID):
            update = update.set("status", to: SQLBind(DeliveryStatus.sent.rawValue)).set("sent_at", to: SQLBind(now))
                .set("provider_id", to: SQLBind(providerID)).set("last_error", to: SQLLiteral.null)
        case .retry(let at, let error):
            update = update.set("status", to: SQLBind(DeliveryStatus.failed.rawValue)).set("next_attempt_at", to: SQLBind(at))
                .set("last_error", to: SQLBind(String(error.prefix(500))))
        case .dead(let error):
            update = update.set("status", to: SQLBind(DeliveryStatus.dead.rawValue)).set("last_error", to: SQLBind(String(error.prefix(500))))
        case .bounced(let error):
            update = update.set("status", to: SQLBind(DeliveryStatus.bounced.rawValue)).set("last_error", to: SQLBind(String(error.prefix(500))))
        case .postponed(let until):
            // Not an attempt: the one counted at the claim is given back.
            update = update.set("status", to: SQLBind(DeliveryStatus.queued.rawValue)).set("next_attempt_at", to: SQLBind(until))
                .set("attempts", to: SQLRaw("CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END"))
        }
        try await update.where("id", .equal, SQLBind(id)).where("status", .equal, SQLBind(DeliveryStatus.sending.rawValue)).run()
    }

    /// Messages sent on `channel` since `since` (the per-channel rate), optionally to one recipient.
    func sentCount(channel: NoticeChannel, recipient: UUID? = nil, since: Date) async throws -> Int {
        var query = OutboxModel.query(on: db).filter(\.$channel == channel).filter(\.$sentAt >= since)
        if let recipient { query = query.filter(\.$recipientID == recipient) }
        return try await query.count()
    }

    /// What the office looks at: failed, bounced and dead-lettered deliveries, newest first.
    func problems(limit: Int, offset: Int) async throws -> (items: [DeliveryRecord], total: Int) {
        let base = OutboxModel.query(on: db).filter(\.$status ~~ [.failed, .bounced, .dead])
        let total = try await base.copy().count()
        let rows = try await base.sort(\.$createdAt, .descending).sort(\.$id).range(offset..<(offset + limit)).all()
        return (rows.map(Self.record), total)
    }

    func delivery(_ id: UUID) async throws -> DeliveryRecord? {
        try await OutboxModel.query(on: db).filter(\.$id == id).filter(\.$channel != .inbox).first().map(Self.record)
    }

    /// The office sends a failed, bounced or dead message again: queued, due now, a fresh run of tries.
    func requeue(_ id: UUID, now: Date) async throws -> DeliveryRecord? {
        guard let row = try await OutboxModel.find(id, on: db), row.status.isProblem || row.status == .failed else { return nil }
        row.status = .queued
        row.attempts = 0
        row.nextAttemptAt = now
        try await row.save(on: db)
        return Self.record(row)
    }

    /// A delivery receipt from the SMS gateway, by the reference the portal gave the message: delivered,
    /// or undelivered (bounced: not resent on its own, the office sees it). Nil for an unknown reference;
    /// a receipt for a message in another state (a repeat) changes nothing.
    func receipt(reference: String, delivered: Bool) async throws -> DeliveryRecord? {
        guard let row = try await OutboxModel.query(on: db).filter(\.$reference == reference).filter(\.$channel == .sms).first() else {
            return nil
        }
        guard row.status == .sent || row.status == .sending else { return Self.record(row) }
        row.status = delivered ? .delivered : .bounced
        if !delivered { row.lastError = "the gateway reported the message undelivered" }
        try await row.save(on: db)
        return Self.record(row)
    }

    static func record(_ row: OutboxModel) -> DeliveryRecord {
        DeliveryRecord(id: row.id!, channel: row.channel, recipientID: row.recipientID, kind: row.kind, address: row.address,
                       reference: row.reference, status: row.status, attempts: row.attempts, nextAttemptAt: row.nextAttemptAt,
                       lastError: row.lastError, createdAt: row.createdAt, sentAt: row.sentAt)
    }
}
