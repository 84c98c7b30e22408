import FluentKit
import SQLKit
import SQLiteKit

enum WriteTransactionScope {
    @TaskLocal static var isActive = false
}

extension Database {
    /// Runs `body` in a write transaction.
    ///
    /// On SQLite this starts with `BEGIN IMMEDIATE`: Fluent's deferred `BEGIN` takes the write lock only
    /// at the first write, so two transactions that both read first then write can deadlock and one
    /// fails with SQLITE_BUSY. IMMEDIATE takes the lock up front and the busy timeout queues the rest.
    /// On PostgreSQL it is Fluent's ordinary transaction. Calls nested inside `body` join the outer one;
    /// use the `Database` passed to `body` inside it.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if WriteTransactionScope.isActive { return try await body(self) }
        guard self is any SQLiteDatabase else {
            return try await transaction { db in
                try await WriteTransactionScope.$isActive.withValue(true) { try await body(db) }
            }
        }
        return try await withConnection { connection in
            guard let sql = connection as? any SQLDatabase else { return try await body(connection) }
            try await sql.raw("BEGIN IMMEDIATE").run()
            do {
                let result = try await WriteTransactionScope.$isActive.withValue(true) { try await body(connection) }
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}

extension Error {
    /// A unique, foreign-key or check constraint refused the write (both engines).
    public var isConstraintViolation: Bool {
        (self as? any DatabaseError)?.isConstraintFailure ?? false
    }
}
