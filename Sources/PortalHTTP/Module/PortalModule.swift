import Fluent
import PortalCore
import Vapor

/// One capability of the portal (Identity, Catalog, Reception…). The App lists modules in order;
/// each registers everything it owns through this protocol and nothing else.
public protocol PortalModule: Sendable {
    /// Short name used in logs and table prefixes (`identity`).
    var name: String { get }
    /// Migrations, in order, with stable names (see `PortalMigration`).
    var migrations: [any Migration] { get }
    /// The permissions this module defines and the roles that hold them.
    var permissions: [PermissionGrant] { get }
    /// Background jobs run while serving.
    var jobs: [BackgroundJob] { get }
    /// Paths and schemas this module adds to the OpenAPI document.
    var openAPI: OpenAPIFragment { get }
    /// Links this module adds to the header navigation.
    var navigation: [NavigationLink] { get }
    /// Entry points this module adds to the home page.
    var homeEntries: [HomeEntry] { get }

    /// Registers services in the application (called before routes).
    func configure(_ app: Application) throws
    /// Registers the module's web pages, office pages and API.
    func routes(_ routes: PortalRoutes) throws
    /// Published figures for accountability reports.
    func stats(on db: any Database) async throws -> [Stat]
    /// Demo data on an empty development database.
    func seedDemo(_ context: SeedContext) async throws
}

extension PortalModule {
    public var migrations: [any Migration] { [] }
    public var permissions: [PermissionGrant] { [] }
    public var jobs: [BackgroundJob] { [] }
    public var openAPI: OpenAPIFragment { OpenAPIFragment() }
    public var navigation: [NavigationLink] { [] }
    public var homeEntries: [HomeEntry] { [] }
    public func configure(_ app: Application) throws {}
    public func routes(_ routes: PortalRoutes) throws {}
    public func stats(on db: any Database) async throws -> [Stat] { [] }
    public func seedDemo(_ context: SeedContext) async throws {}
}

/// The route groups a module registers into, each with its middleware already applied.
public struct PortalRoutes {
    public let app: Application
    /// No session: health checks, metrics, static documents.
    public let bare: any RoutesBuilder
    /// HTML pages: session, language, CSRF on state-changing requests.
    public let web: any RoutesBuilder
    /// HTML pages that need a signed-in person (redirects to sign-in otherwise).
    public let signedIn: any RoutesBuilder
    /// `/office`: signed-in officials with their second factor.
    public let office: any RoutesBuilder
    /// `/api/v1`: JSON, problem details, bearer tokens or session.
    public let api: any RoutesBuilder

    public init(app: Application, bare: any RoutesBuilder, web: any RoutesBuilder, signedIn: any RoutesBuilder,
                office: any RoutesBuilder, api: any RoutesBuilder) {
        self.app = app
        self.bare = bare
        self.web = web
        self.signedIn = signedIn
        self.office = office
        self.api = api
    }
}

/// A published figure, e.g. `identity.citizens.registered = 1200`.
public struct Stat: Sendable, Codable, Hashable {
    public var key: String
    public var value: Int64
    public var dimensions: [String: String]

    public init(key: String, value: Int64, dimensions: [String: String] = [:]) {
        self.key = key
        self.value = value
        self.dimensions = dimensions
    }
}

/// A task repeated while the server runs (expiring sessions, reminders).
public struct BackgroundJob: Sendable {
    public var name: String
    public var interval: Duration
    public var run: @Sendable (Application) async throws -> Void

    public init(name: String, interval: Duration, run: @escaping @Sendable (Application) async throws -> Void) {
        self.name = name
        self.interval = interval
        self.run = run
    }
}

/// What demo seeding gets: the database, and a place to note credentials printed once.
public struct SeedContext: Sendable {
    public let app: Application
    public let credentials: DemoCredentials

    public init(app: Application, credentials: DemoCredentials) {
        self.app = app
        self.credentials = credentials
    }

    public var db: any Database { app.db }
}

/// Demo sign-in details collected while seeding and printed once at the end.
public final class DemoCredentials: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    public init() {}

    public func add(_ line: String) { lock.withLock { lines.append(line) } }
    public var all: [String] { lock.withLock { lines } }
}

/// A tile on the home page leading into a capability that exists.
public struct HomeEntry: Encodable, Sendable {
    public var titleKey: String
    public var descriptionKey: String
    public var path: String
    public var title: String = ""
    public var description: String = ""

    public init(titleKey: String, descriptionKey: String, path: String) {
        self.titleKey = titleKey
        self.descriptionKey = descriptionKey
        self.path = path
    }
}

/// Answers the site-wide search box for one kind of thing (agencies, services…).
public protocol SiteSearchProvider: Sendable {
    /// Heading key for this provider's group of results.
    var groupKey: String { get }
    func search(_ query: String, limit: Int, req: Request) async throws -> [SearchHit]
}

public struct SearchHit: Encodable, Sendable {
    public var title: String
    public var subtitle: String?
    public var path: String

    public init(title: String, subtitle: String? = nil, path: String) {
        self.title = title
        self.subtitle = subtitle
        self.path = path
    }
}

/// A module's part of the OpenAPI document: a JSON file under `Resources/OpenAPI/` with `paths`
/// and `components`, merged into `/api/openapi.json` by the App.
public struct OpenAPIFragment: Sendable {
    public var file: String?
    public init(file: String? = nil) { self.file = file }
}
