import Foundation
import PortalCore
import PortalDB

/// Every setting of the portal, read once from the environment (`ONEWINDOW_*`, `DATABASE_URL`).
/// Documented in docs/configuration.md; defaults are safe for development on 127.0.0.1.
public struct PortalConfig: Sendable {
    public enum Mode: String, Sendable, CaseIterable { case development, production, testing }

    public var mode: Mode
    public var database: DatabaseBackend
    /// PostgreSQL connections per event loop.
    public var databasePoolSize: Int
    /// Seconds a request waits for a pooled database connection before failing.
    public var databasePoolTimeout: Int = 10
    /// Base URL people reach the portal at (used in links and for the Secure cookie decision).
    public var publicBaseURL: String
    /// 32+ byte secret for CSRF tokens, signed form state and TOTP secret encryption.
    public var secretKey: String
    /// `__Host-` prefix and Secure flag on cookies; may be off only in development over http.
    public var secureCookies: Bool
    public var bcryptCost: Int
    public var sessionIdleTimeout: TimeInterval
    public var sessionAbsoluteTimeout: TimeInterval
    /// Seconds a password confirmation stays valid for sensitive changes.
    public var reauthenticationWindow: TimeInterval
    /// Demo data on an empty database (development only).
    public var seedDemoData: Bool
    /// Path of the working-day calendar file; nil uses the bundled Azerbaijani calendar.
    public var holidaysFile: String?
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses and CIDR ranges); empty: none.
    public var trustedProxies: [IPNetwork] = []
    /// Bearer token that opens `/metrics` to other hosts (loopback needs none); nil: loopback only.
    public var metricsToken: String?
    /// Where demo credentials are written once (development only).
    public var demoCredentialsFile: String
    /// Where uploaded files are kept (outside the database, by content hash).
    public var filesDirectory: String
    /// Largest accepted upload, in bytes.
    public var maxUploadBytes: Int
    /// A command run on every upload before it is kept (e.g. `clamdscan --no-summary`); the file's
    /// path is its last argument; exit status 0 = clean, 1 = infected. Nil: no scanning.
    public var virusScanCommand: String?
    /// The `ONEWINDOW_*` environment this configuration was read from. A module reads its own settings from it
    /// (`XSettings.fromEnvironment(app.portal.config.environment)`) when it is configured, so there is one
    /// source of configuration and a bad value stops the start-up like any other.
    public var environment: [String: String] = [:]
    /// Keep finished pages for visitors (`AnonymousPageCache`). Off only to measure rendering itself.
    public var pageCache = true

    public static let developmentSecret = "development-secret-do-not-use-in-production-0123456789"

    public init(mode: Mode, database: DatabaseBackend, databasePoolSize: Int = 4,
                publicBaseURL: String = "http://127.0.0.1:8080", secretKey: String = PortalConfig.developmentSecret,
                secureCookies: Bool = false, bcryptCost: Int = 12, sessionIdleTimeout: TimeInterval = 30 * 60,
                sessionAbsoluteTimeout: TimeInterval = 12 * 3600, reauthenticationWindow: TimeInterval = 5 * 60,
                seedDemoData: Bool = false, holidaysFile: String? = nil,
                demoCredentialsFile: String = "data/demo-credentials.txt",
                filesDirectory: String = "data/files", maxUploadBytes: Int = 10 * 1024 * 1024, virusScanCommand: String? = nil) {
        self.mode = mode
        self.database = database
        self.databasePoolSize = databasePoolSize
        self.publicBaseURL = publicBaseURL
        self.secretKey = secretKey
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.reauthenticationWindow = reauthenticationWindow
        self.seedDemoData = seedDemoData
        self.holidaysFile = holidaysFile
        self.demoCredentialsFile = demoCredentialsFile
        self.filesDirectory = filesDirectory
        self.maxUploadBytes = maxUploadBytes
        self.virusScanCommand = virusScanCommand
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads the environment. Unknown modes and malformed numbers are errors, not silent defaults.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> PortalConfig {
        let modeName = env["ONEWINDOW_ENV"] ?? "development"
        guard let mode = Mode(rawValue: modeName) else {
            throw Problem(description: "ONEWINDOW_ENV must be development, production or testing (got \(modeName))")
        }
        func int(_ name: String, _ fallback: Int) throws -> Int {
            guard let raw = env[name] else { return fallback }
            guard let value = Int(raw) else { throw Problem(description: "\(name) must be a whole number (got \(raw))") }
            return value
        }
        func bool(_ name: String, _ fallback: Bool) throws -> Bool {
            guard let raw = env[name]?.lowercased() else { return fallback }
            switch raw {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw Problem(description: "\(name) must be true or false (got \(raw))")
            }
        }
        let database: DatabaseBackend
        if let url = env["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Problem(description: "DATABASE_URL must be a postgres:// URL")
            }
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: env["ONEWINDOW_SQLITE_PATH"] ?? "data/onewindow.sqlite")
        }
        let baseURL = env["ONEWINDOW_PUBLIC_URL"] ?? "http://127.0.0.1:8080"
        var config = PortalConfig(
            mode: mode,
            database: database,
            databasePoolSize: try int("ONEWINDOW_DB_POOL_SIZE", 4),
            publicBaseURL: baseURL,
            secretKey: env["ONEWINDOW_SECRET_KEY"] ?? developmentSecret,
            secureCookies: try bool("ONEWINDOW_SECURE_COOKIES", !(mode == .development && baseURL.hasPrefix("http://"))),
            bcryptCost: try int("ONEWINDOW_BCRYPT_COST", mode == .testing ? 4 : 12),
            sessionIdleTimeout: TimeInterval(try int("ONEWINDOW_SESSION_IDLE_MINUTES", 30) * 60),
            sessionAbsoluteTimeout: TimeInterval(try int("ONEWINDOW_SESSION_ABSOLUTE_HOURS", 12) * 3600),
            reauthenticationWindow: TimeInterval(try int("ONEWINDOW_REAUTH_MINUTES", 5) * 60),
            seedDemoData: try bool("ONEWINDOW_SEED_DEMO", mode == .development),
            holidaysFile: env["ONEWINDOW_HOLIDAYS_FILE"],
            demoCredentialsFile: env["ONEWINDOW_DEMO_CREDENTIALS_FILE"] ?? "data/demo-credentials.txt",
            filesDirectory: env["ONEWINDOW_FILES_DIR"] ?? "data/files",
            maxUploadBytes: try int("ONEWINDOW_UPLOAD_MAX_MB", 10) * 1024 * 1024,
            virusScanCommand: env["ONEWINDOW_VIRUS_SCAN_COMMAND"].flatMap { $0.isEmpty ? nil : $0 }
        )
        // Modules' settings are all ONEWINDOW_*; nothing else of the process environment (DATABASE_URL, the
        // shell's own variables) is kept beside the configuration.
        config.environment = env.filter { $0.key.hasPrefix("ONEWINDOW_") }
        config.databasePoolTimeout = try int("ONEWINDOW_DB_POOL_TIMEOUT_SECONDS", 10)
        config.pageCache = try bool("ONEWINDOW_PAGE_CACHE", true)
        if env["ONEWINDOW_TRUST_FORWARDED_FOR"] != nil {
            throw Problem(description: "ONEWINDOW_TRUST_FORWARDED_FOR was replaced by ONEWINDOW_TRUSTED_PROXIES (the proxies' addresses or CIDR ranges)")
        }
        config.trustedProxies = try (env["ONEWINDOW_TRUSTED_PROXIES"] ?? "").split(separator: ",").compactMap { entry in
            let text = entry.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            guard let network = IPNetwork(text) else {
                throw Problem(description: "ONEWINDOW_TRUSTED_PROXIES: \(text) is not an IP address or CIDR range")
            }
            return network
        }
        if let token = env["ONEWINDOW_METRICS_TOKEN"], !token.isEmpty {
            guard token.utf8.count >= 32, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw Problem(description: "ONEWINDOW_METRICS_TOKEN must be at least 32 printable ASCII characters")
            }
            config.metricsToken = token
        }
        return config
    }

    /// True for `http://` URLs on a loopback host (127.0.0.0/8, ::1, localhost): only such a portal may
    /// run with the built-in development secrets.
    public static func isLoopbackHTTP(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), components.scheme?.lowercased() == "http",
              let host = components.host?.lowercased() else { return false }
        return isLoopbackHost(host)
    }

    /// `localhost` or a loopback address; anything else (a name, `0.0.0.0`, `::`) may be reachable from elsewhere.
    public static func isLoopbackHost(_ host: String) -> Bool {
        host.lowercased() == "localhost" || IPAddress(host)?.isLoopback == true
    }

    /// The settings that still hold a built-in development secret (other modules add theirs to
    /// `PortalServices.developmentSecretsInUse`).
    public var developmentSecrets: [String] { secretKey == Self.developmentSecret ? ["ONEWINDOW_SECRET_KEY"] : [] }

    /// Fail closed: with a development secret, the portal may listen only on loopback.
    public static func listeningProblems(hostname: String, developmentSecrets: [String]) -> [String] {
        guard !developmentSecrets.isEmpty, !isLoopbackHost(hostname) else { return [] }
        return ["\(developmentSecrets.joined(separator: ", ")) still the built-in development value, so the portal may listen "
                + "only on loopback (not \(hostname)): set real secrets"]
    }

    /// Reasons the server must not start with this configuration.
    public func startupProblems() -> [String] {
        var problems: [String] = []
        // Whatever ONEWINDOW_ENV says: a known secret is fine only for a portal nobody else can reach.
        if !developmentSecrets.isEmpty, !Self.isLoopbackHTTP(publicBaseURL) {
            problems.append("ONEWINDOW_SECRET_KEY is the built-in development secret, allowed only with an http:// loopback "
                            + "ONEWINDOW_PUBLIC_URL (not \(publicBaseURL))")
        }
        if !secureCookies {
            let host = URLComponents(string: publicBaseURL)?.host ?? ""
            if mode != .development || !Self.isLoopbackHost(host) {
                problems.append("cookies without Secure/__Host- are allowed only in development on 127.0.0.1")
            }
        }
        guard mode == .production else { return problems }
        if secretKey == Self.developmentSecret { problems.append("ONEWINDOW_SECRET_KEY is the development secret") }
        if secretKey.utf8.count < 32 { problems.append("ONEWINDOW_SECRET_KEY must be at least 32 bytes") }
        if !publicBaseURL.hasPrefix("https://") { problems.append("ONEWINDOW_PUBLIC_URL must be https:// in production") }
        if bcryptCost < 10 { problems.append("ONEWINDOW_BCRYPT_COST must be at least 10 in production") }
        if seedDemoData { problems.append("ONEWINDOW_SEED_DEMO must be off in production") }
        return problems
    }

    /// The session cookie's name: `__Host-` requires Secure, so plain-http development drops the prefix.
    public var sessionCookieName: String { secureCookies ? "__Host-ow_session" : "ow_session" }
    public var csrfCookieName: String { secureCookies ? "__Host-ow_csrf" : "ow_csrf" }
    public var languageCookieName: String { secureCookies ? "__Host-ow_lang" : "ow_lang" }
    public var flashCookieName: String { secureCookies ? "__Host-ow_flash" : "ow_flash" }
}
