import App
import Foundation
import NIOConcurrencyHelpers
import PortalHTTP

/// One fresh database per test, cloned from a template migrated once per test process:
/// a copied file on SQLite, `CREATE DATABASE … TEMPLATE …` on PostgreSQL (tests run in parallel).
public actor TestDatabases {
    public static let shared = TestDatabases()

    /// PostgreSQL server for tests (`postgres://user:pass@127.0.0.1:5432/postgres`); SQLite when unset.
    public static var postgresURL: String? {
        ProcessInfo.processInfo.environment["ONEWINDOW_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var engineName: String { postgresURL == nil ? "sqlite" : "postgres" }

    // Tasks, not values: the actor is re-entered while a template is being built, and every caller
    // must wait for the one build.
    private var sqliteTemplate: Task<String, any Error>?
    private var postgresTemplate: Task<String, any Error>?
    private var admin: Task<Application, any Error>?

    public struct Lease: Sendable {
        public let backend: DatabaseBackend
        let cleanup: @Sendable () async -> Void
    }

    public func lease() async throws -> Lease {
        if let url = Self.postgresURL { return try await leasePostgres(url) }
        return try await leaseSQLite()
    }

    private func leaseSQLite() async throws -> Lease {
        let template = try await sqliteTemplatePath()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ow-test-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: template, toPath: path)
        return Lease(backend: .sqlite(path: path)) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    private func sqliteTemplatePath() async throws -> String {
        if sqliteTemplate == nil {
            sqliteTemplate = Task {
                let path = FileManager.default.temporaryDirectory
                    .appendingPathComponent("ow-template-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite").path
                try await Self.migrate(.sqlite(path: path)) { app in
                    try await (app.db as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
                }
                return path
            }
        }
        return try await sqliteTemplate!.value
    }

    private func leasePostgres(_ url: String) async throws -> Lease {
        let template = try await postgresTemplateName(url)
        let name = "ow_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await adminExecute(url, "CREATE DATABASE \(name) TEMPLATE \(template)")
        let testURL = Self.replacingDatabase(in: url, with: String(name))
        return Lease(backend: .postgres(url: testURL)) { [weak self] in
            try? await self?.adminExecute(url, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    private func postgresTemplateName(_ url: String) async throws -> String {
        if postgresTemplate == nil {
            let admin = adminApp(url)
            postgresTemplate = Task {
                let name = "ow_template_\(ProcessInfo.processInfo.processIdentifier)"
                try await Self.execute(try await admin.value, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                try await Self.execute(try await admin.value, "CREATE DATABASE \(name)")
                try await Self.migrate(.postgres(url: Self.replacingDatabase(in: url, with: name))) { _ in }
                return name
            }
        }
        return try await postgresTemplate!.value
    }

    /// One long-lived connection to the server's maintenance database (never shut down: it lives as
    /// long as the test process).
    private func adminApp(_ url: String) -> Task<Application, any Error> {
        if let admin { return admin }
        let task = Task {
            let app = try await Application.make(.testing)
            // Every test of the parallel suite queues here for its CREATE DATABASE at the start: on a
            // loaded machine the last ones wait far longer than the default 10 s.
            try PortalDatabase.configure(app, backend: .postgres(url: url), poolSize: 1, poolTimeout: 600)
            Self.keepAlive.withLockedValue { $0.append(app) }
            return app
        }
        admin = task
        return task
    }

    static let keepAlive = NIOLockedValueBox<[Application]>([])

    private func adminExecute(_ url: String, _ sql: String) async throws {
        try await Self.execute(try await adminApp(url).value, sql)
    }

    static func execute(_ app: Application, _ sql: String) async throws {
        try await (app.db as! any SQLDatabase).raw(SQLQueryString(sql)).run()
    }

    /// Migrates a database through the real application configuration, then shuts it down.
    static func migrate(_ backend: DatabaseBackend, after: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            try await PortalApp.configure(app, config: PortalHarness.config(backend))
            try await app.asyncBoot()
            try await after(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }
}
