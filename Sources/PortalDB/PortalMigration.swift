import FluentKit
import Foundation
import SQLKit
import SQLiteKit

/// A migration with an explicit, stable name (`identity.v1.users`): renaming or moving the Swift type
/// must never make Fluent think it is a new migration.
public protocol PortalMigration: AsyncMigration {
    static var stableName: String { get }
}

extension PortalMigration {
    public var name: String { Self.stableName }
}

extension Database {
    /// True on SQLite, whose `ALTER TABLE` cannot add constraints (they go in the `CREATE`).
    public var isSQLite: Bool { self is any SQLiteDatabase }

    /// ` FOR UPDATE` on PostgreSQL (row lock for read-modify-write inside `writeTransaction`); empty on
    /// SQLite, where `BEGIN IMMEDIATE` already holds the only write lock.
    public var forUpdate: String { isSQLite ? "" : " FOR UPDATE" }

    /// Locks one row for a read-modify-write inside `writeTransaction`: `SELECT … FOR UPDATE` on
    /// PostgreSQL, so a concurrent transaction waits and then reads what this one wrote; nothing on SQLite,
    /// where `BEGIN IMMEDIATE` already holds the only write lock.
    public func lockRow(_ table: String, id: UUID) async throws {
        guard !isSQLite, let sql = self as? any SQLDatabase else { return }
        _ = try await sql.raw("SELECT id FROM \(ident: table) WHERE id = \(bind: id) FOR UPDATE").all()
    }

    /// The same connection for SQLKit queries (both drivers are SQL databases; anything else is a
    /// configuration error, not a case to fall back from).
    public func sql() throws -> any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { throw NotSQLDatabase() }
        return sql
    }

    /// Runs raw SQL (check constraints, partial indexes) the Fluent schema builder cannot express.
    public func execute(sql text: String) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.raw(SQLQueryString(text)).run()
    }
}

extension SchemaBuilder {
    /// A named CHECK constraint, enforced by both engines.
    public func check(_ name: String, _ expression: String) -> Self {
        constraint(.constraint(.custom(SQLRaw("CHECK (\(expression))")), name: name))
    }
}

/// A query object needed SQL and the database is not an SQL database.
public struct NotSQLDatabase: Error, CustomStringConvertible {
    public var description: String { "the database does not speak SQL (OneWindow runs on SQLite or PostgreSQL)" }
}
