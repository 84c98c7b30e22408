import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// Connects the application to its database and, for SQLite, gives every pooled connection the
/// settings the portal relies on.
public enum PortalDatabase {
    /// `poolTimeout`: how long a request waits for a pooled connection before it fails.
    public static func configure(_ app: Application, backend: DatabaseBackend, poolSize: Int, poolTimeout: Int64 = 10) throws {
        switch backend {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Fluent keeps one SQLite connection per event loop; more would only contend for the file lock.
            app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(poolTimeout), sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = nil
            app.databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: poolSize,
                          connectionPoolTimeout: .seconds(poolTimeout), encodingContext: .default, decodingContext: .default,
                          sqlLogLevel: .trace),
                as: .psql)
        }
    }

    /// Applies the per-connection SQLite pragmas on the connection of every event loop and returns the
    /// settings read back from each. WAL is a property of the file; the others live per connection.
    @discardableResult
    public static func prepareSQLiteConnections(_ app: Application, settings: SQLiteSettings = .required) async throws -> [SQLiteSettings] {
        var effective: [SQLiteSettings] = []
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await db.raw("PRAGMA busy_timeout = \(unsafeRaw: String(settings.busyTimeoutMilliseconds))").run()
            try await db.raw("PRAGMA journal_mode = \(unsafeRaw: settings.journalMode)").run()
            try await db.raw("PRAGMA synchronous = \(unsafeRaw: String(settings.synchronous))").run()
            try await db.raw("PRAGMA foreign_keys = \(unsafeRaw: settings.foreignKeys ? "ON" : "OFF")").run()
            effective.append(try await readSQLiteSettings(db))
        }
        return effective
    }

    /// The settings in force on one connection, as SQLite reports them.
    public static func readSQLiteSettings(_ db: any SQLDatabase) async throws -> SQLiteSettings {
        func pragma(_ name: String) async throws -> SQLRow? {
            try await db.raw("PRAGMA \(unsafeRaw: name)").first()
        }
        let journal = try await pragma("journal_mode").map { try $0.decode(column: "journal_mode", as: String.self) } ?? "?"
        let sync = try await pragma("synchronous").map { try $0.decode(column: "synchronous", as: Int.self) } ?? -1
        let fk = try await pragma("foreign_keys").map { try $0.decode(column: "foreign_keys", as: Int.self) } ?? 0
        let busy = try await pragma("busy_timeout").map { try $0.decode(column: "timeout", as: Int.self) } ?? 0
        return SQLiteSettings(journalMode: journal.lowercased(), synchronous: sync, foreignKeys: fk == 1, busyTimeoutMilliseconds: busy)
    }

    /// True when the database answers a trivial query (the `/ready` check).
    public static func isReachable(_ db: any Database) async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        return (try? await sql.raw("SELECT 1 AS ok").first()) != nil
    }
}
