import App
import Foundation
import Logging
import PortalHTTP
import Vapor

// Thin entry point: configuration from the environment, logging, then the command (`serve` by default).
let config: PortalConfig
do {
    config = try PortalConfig.fromEnvironment()
} catch {
    FileHandle.standardError.write(Data("onewindow: \(error)\n".utf8))
    exit(2)
}
let level = Logger.Level(rawValue: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "info") ?? .info
let jsonLogs = (ProcessInfo.processInfo.environment["ONEWINDOW_LOG_FORMAT"] ?? (config.mode == .production ? "json" : "text")) == "json"
LoggingSystem.bootstrap { label -> any LogHandler in
    if jsonLogs { return JSONLogHandler(label: label, level: level) }
    var handler = StreamLogHandler.standardOutput(label: label)
    handler.logLevel = level
    return handler
}

// Our mode lives in PortalConfig; Vapor gets a neutral name so its own "development" defaults change nothing.
let environment = Environment(name: config.mode == .development ? "dev" : config.mode.rawValue, arguments: CommandLine.arguments)
let app = try await Application.make(environment)
do {
    try await PortalApp.configure(app, config: config)
    try await app.execute()
} catch {
    app.logger.critical("\(error)")
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
