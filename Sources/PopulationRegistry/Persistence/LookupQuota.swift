import Fluent
import Foundation
import PortalDB
import SQLKit

/// Per-official counters of register look-ups, one row per official and clock hour. Kept in the
/// database, not in process: behind several portal instances a per-process counter would multiply the
/// limit, a restart would reset it, and a look-up already writes an audit row, so one more small write
/// costs little. The increment is one atomic statement on both engines, so concurrent look-ups cannot
/// overshoot the limit.
enum LookupQuota {
    static let schema = "population_lookup_quota"
    static let window: TimeInterval = 3600

    /// Counts one look-up of `userID` in the current hour. Returns nil when allowed, or the seconds until
    /// the next hour when the official is over `limit`.
    static func hit(userID: UUID, limit: Int, now: Date, on db: any Database) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { throw LookupQuotaError.notSQL }
        let start = (now.timeIntervalSince1970 / window).rounded(.down) * window
        let key = "\(userID.uuidString)|\(Int64(start))"
        let windowStart = Date(timeIntervalSince1970: start)
        let row = try await sql.raw("""
            INSERT INTO population_lookup_quota (key, user_id, window_start, lookups) VALUES (\(bind: key), \(bind: userID), \(bind: windowStart), 1)
            ON CONFLICT (key) DO UPDATE SET lookups = population_lookup_quota.lookups + 1 RETURNING lookups
            """).first()
        let count = try row?.decode(column: "lookups", as: Int.self) ?? Int.max
        guard count > limit else { return nil }
        return max(1, Int((start + window - now.timeIntervalSince1970).rounded(.up)))
    }

    /// Forgets windows that ended more than a day ago.
    static func purge(before date: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("DELETE FROM population_lookup_quota WHERE window_start < \(bind: date)").run()
    }
}

enum LookupQuotaError: Error { case notSQL }

struct CreateLookupQuota: PortalMigration {
    static let stableName = "population.v2.lookup-quota"

    func prepare(on database: any Database) async throws {
        try await database.schema(LookupQuota.schema)
            .field("key", .string, .identifier(auto: false))
            .field("user_id", .uuid, .required)
            .field("window_start", .datetime, .required)
            .field("lookups", .int, .required)
            .check("ck_population_lookup_quota_lookups", "lookups > 0")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_population_lookup_quota_window ON population_lookup_quota (window_start)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LookupQuota.schema).delete()
    }
}
