import FluentKit
import SQLKit
import SQLiteKit

enum WriteTransactionScope {
    /// The database of the write transaction this task is in (SQLite: its pinned connection).
    @TaskLocal static var current: (any Database)?
}

/// A first-come, first-served queue for SQLite writers of this process. SQLite's busy handler is not
/// fair: a connection that commits and immediately begins again can starve the other one past any
/// busy timeout. Writers queue here instead, holding no connection while they wait; the busy timeout
/// remains for writers in other processes (the CLI).
actor SQLiteWriterQueue {
    static let shared = SQLiteWriterQueue()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        guard busy else { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

extension Database {
    /// Runs `body` in a write transaction.
    ///
    /// On SQLite this starts with `BEGIN IMMEDIATE`: Fluent's deferred `BEGIN` takes the write lock only
    /// at the first write, so two transactions that both read first then write can deadlock and one
    /// fails with SQLITE_BUSY. IMMEDIATE takes the lock up front; writers of this process wait their
    /// turn in `SQLiteWriterQueue` (one queue per process: an embedded deployment has one database).
    /// On PostgreSQL it is Fluent's ordinary transaction. A `writeTransaction` nested inside `body` joins
    /// the outer one and runs on its connection, whichever `Database` it was called on.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if let outer = WriteTransactionScope.current { return try await body(outer) }
        guard self is any SQLiteDatabase else {
            return try await transaction { db in
                try await WriteTransactionScope.$current.withValue(db) { try await body(db) }
            }
        }
        await SQLiteWriterQueue.shared.enter()
        do {
            let result = try await withConnection { connection in
                guard let sql = connection as? any SQLDatabase else { return try await body(connection) }
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await WriteTransactionScope.$current.withValue(connection) { try await body(connection) }
                    try await sql.raw("COMMIT").run()
                    return result
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
            await SQLiteWriterQueue.shared.leave()
            return result
        } catch {
            await SQLiteWriterQueue.shared.leave()
            throw error
        }
    }
}

extension Error {
    /// A unique, foreign-key or check constraint refused the write (both engines).
    public var isConstraintViolation: Bool {
        (self as? any DatabaseError)?.isConstraintFailure ?? false
    }
}
