import Fluent
import Foundation
import PortalDB
import SQLKit

/// The queries behind the second factor's throttle and the single use of its codes. Each runs on the
/// `Database` of the caller's write transaction.
enum SecondFactorRecords {
    /// Holds the lock of a throttle key until the transaction ends, so parallel attempts on one key are
    /// counted one after another: a row lock on PostgreSQL; on SQLite `BEGIN IMMEDIATE` already
    /// serialises every writer.
    static func lock(_ key: String, now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            INSERT INTO identity_auth_throttle (\(ident: "key"), failures, window_started_at, blocked_until)
            VALUES (\(bind: key), 0, \(bind: now), \(bind: now)) ON CONFLICT (\(ident: "key")) DO NOTHING
            """).run()
        guard !db.isSQLite else { return }
        try await sql.raw("SELECT \(ident: "key") FROM identity_auth_throttle WHERE \(ident: "key") = \(bind: key) FOR UPDATE").run()
    }

    /// When the key's counted attempts after `since` were made.
    static func attempts(_ key: String, since: Date, on db: any Database) async throws -> [Date] {
        try await SecondFactorAttemptModel.query(on: db).filter(\.$throttleKey == key).filter(\.$attemptedAt > since)
            .sort(\.$attemptedAt, .descending).limit(1_000).all().map(\.attemptedAt)
    }

    static func countAttempt(_ key: String, at date: Date, on db: any Database) async throws -> UUID {
        let row = SecondFactorAttemptModel()
        row.id = UUID()
        row.throttleKey = key
        row.attemptedAt = date
        try await row.create(on: db)
        return row.id!
    }

    static func forgive(_ ids: [UUID], on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        try await SecondFactorAttemptModel.query(on: db).filter(\.$id ~~ ids).delete()
    }

    /// Records that `step` was used; the unique index refuses a second use (`isConstraintViolation`).
    static func markStepUsed(_ step: Int64, userID: UUID, at date: Date, on db: any Database) async throws {
        let row = UsedTOTPStepModel()
        row.id = UUID()
        row.userID = userID
        row.step = step
        row.usedAt = date
        try await row.create(on: db)
    }

    /// Marks an unused recovery code used; true only for the one request whose update found it unused
    /// (on PostgreSQL a concurrent update waits for the row and then no longer matches `used_at IS NULL`).
    static func consumeRecoveryCode(userID: UUID, digest: String, at date: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            UPDATE identity_recovery_codes SET used_at = \(bind: date)
            WHERE user_id = \(bind: userID) AND code_hash = \(bind: digest) AND used_at IS NULL RETURNING id
            """).all()
        return rows.count == 1
    }

    /// Forgets counted attempts older than `attemptsBefore` and used steps older than `stepsBefore`
    /// (a step that old can no longer match; `totp_last_step` still refuses it).
    static func purge(attemptsBefore: Date, stepsBefore: Date, on db: any Database) async throws {
        try await SecondFactorAttemptModel.query(on: db).filter(\.$attemptedAt < attemptsBefore).delete()
        try await UsedTOTPStepModel.query(on: db).filter(\.$usedAt < stepsBefore).delete()
        // The lock rows hold no count: one is made again on the next attempt.
        try await ThrottleModel.query(on: db).group(.or) {
            $0.filter(\.$id =~ "totp:").filter(\.$id =~ "totp-ip:").filter(\.$id =~ "reset:").filter(\.$id =~ "reset-ip:")
                .filter(\.$id =~ "reset-code-ip:").filter(\.$id =~ "verify:")
        }
            .filter(\.$windowStartedAt < attemptsBefore).delete()
    }
}
