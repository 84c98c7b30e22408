import Foundation

/// Which engine holds the data: the embedded SQLite file (default) or PostgreSQL (`DATABASE_URL`).
public enum DatabaseBackend: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite(\(path))"
        case .postgres(let url): return "postgres(\(Self.redacted(url)))"
        }
    }

    public var isSQLite: Bool { if case .sqlite = self { return true } else { return false } }

    /// The URL without its password, for logs.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparseable url>" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "<unparseable url>"
    }
}

/// The SQLite settings every connection must have (see docs/adr/0002-sqlite-settings.md).
public struct SQLiteSettings: Sendable, Equatable, Codable {
    public var journalMode: String
    public var synchronous: Int
    public var foreignKeys: Bool
    public var busyTimeoutMilliseconds: Int

    public init(journalMode: String = "wal", synchronous: Int = 2, foreignKeys: Bool = true, busyTimeoutMilliseconds: Int = 5_000) {
        self.journalMode = journalMode
        self.synchronous = synchronous
        self.foreignKeys = foreignKeys
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
    }

    /// What we require: WAL, synchronous=FULL (2), foreign keys on, a bounded busy timeout.
    public static let required = SQLiteSettings()
}
