import Fluent
import Foundation
import PortalDB
import SQLKit

/// What the outbox and the webhook deliveries share as queues (ADR 0012): which rows are due, claimed
/// oldest first, and what to do with rows a stopped process left `sending`. Both tables have `status`,
/// `next_attempt_at`, `claimed_at` and `last_error`.
enum DeliveryQueue {
    /// Ids of up to `limit` rows of `table` that are queued or failed and due (`condition` narrows it
    /// further), oldest first, for the caller's write transaction to claim: on PostgreSQL locked with
    /// `FOR UPDATE SKIP LOCKED`, so concurrent workers get disjoint rows; on SQLite the transaction's
    /// `BEGIN IMMEDIATE` lets one claimer in at a time.
    static func dueIDs(in table: String, where condition: String? = nil, now: Date, limit: Int, on db: any Database) async throws -> [UUID] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("""
            SELECT id FROM \(unsafeRaw: table) WHERE status IN ('queued','failed')\(unsafeRaw: condition.map { " AND " + $0 } ?? "")
            AND next_attempt_at <= \(bind: now) ORDER BY next_attempt_at, id LIMIT \(bind: limit)\(unsafeRaw: db.isSQLite ? "" : " FOR UPDATE SKIP LOCKED")
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Rows of `table` left `sending` longer than `lease` (the portal stopped mid-send): `failed`, due
    /// now, `note` as their error. Such a message may have gone out once already: the at-least-once window.
    /// Answers how many.
    static func recoverStuck(in table: String, note: String, now: Date, lease: TimeInterval, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        return try await sql.update(table)
            .set("status", to: SQLBind(DeliveryStatus.failed.rawValue)).set("last_error", to: SQLBind(note))
            .set("next_attempt_at", to: SQLBind(now))
            .where("status", .equal, SQLBind(DeliveryStatus.sending.rawValue))
            .where("claimed_at", .lessThan, SQLBind(now.addingTimeInterval(-lease)))
            .returning("id").all().count
    }
}
