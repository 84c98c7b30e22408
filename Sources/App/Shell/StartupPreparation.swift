import PortalHTTP

/// Before serving: SQLite connection settings (checked and logged), migrations (automatic outside
/// production; production refuses to serve with pending ones), demo data on an empty development
/// database, and the background jobs.
struct StartupPreparation: LifecycleHandler {
    final class Jobs: @unchecked Sendable {
        var tasks: [Task<Void, Never>] = []
    }
    let jobs = Jobs()

    /// The command being run (`serve` when none is named).
    static func command(_ app: Application) -> String {
        let args = app.environment.arguments.dropFirst()
        guard let first = args.first, !first.hasPrefix("-") else { return "serve" }
        return first
    }

    func willBootAsync(_ app: Application) async throws {
        let config = app.portal.config
        if config.database.isSQLite {
            let settings = try await PortalDatabase.prepareSQLiteConnections(app)
            for (index, effective) in settings.enumerated() {
                app.logger.info("sqlite connection settings", metadata: [
                    "connection": .stringConvertible(index), "journal_mode": .string(effective.journalMode),
                    "synchronous": .stringConvertible(effective.synchronous), "foreign_keys": .stringConvertible(effective.foreignKeys),
                    "busy_timeout_ms": .stringConvertible(effective.busyTimeoutMilliseconds)])
                guard effective == .required else { throw SQLiteSettingsRefused(effective: effective) }
            }
        }
        let command = Self.command(app)
        if config.mode != .production, command != "migrate" {
            try await app.autoMigrate()
        } else if config.mode == .production, command == "serve" {
            try await app.migrator.setupIfNeeded().get()
            let pending = try await app.migrator.previewPrepareBatch().get()
            guard pending.isEmpty else {
                throw PortalApp.StartupRefused(problems: ["\(pending.count) migrations are pending: run `onewindow migrate` first"])
            }
        }
        if command == "serve", config.mode == .development, config.seedDemoData {
            try await DemoSeeder.seed(app)
        }
    }

    func didBootAsync(_ app: Application) async throws {
        guard Self.command(app) == "serve", app.portal.config.mode != .testing else { return }
        for job in app.portal.modules.flatMap(\.jobs) {
            jobs.tasks.append(Task {
                while !Task.isCancelled {
                    do { try await job.run(app) } catch {
                        app.logger.error("background job failed", metadata: ["job": .string(job.name), "error": .string("\(type(of: error))")])
                    }
                    try? await Task.sleep(for: job.interval)
                }
            })
        }
    }

    func shutdownAsync(_ app: Application) async {
        jobs.tasks.forEach { $0.cancel() }
    }
}

struct SQLiteSettingsRefused: Error, CustomStringConvertible {
    let effective: SQLiteSettings
    var description: String { "SQLite connection settings are not as required: \(effective)" }
}
