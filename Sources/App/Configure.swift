import Identity
import PortalHTTP
import Reference

/// The composition root: reads nothing from the environment itself (that is `PortalConfig`), wires
/// the database, views, middleware and every module in order.
public enum PortalApp {
    public struct StartupRefused: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String { "refusing to start:\n - " + problems.joined(separator: "\n - ") }
    }

    public static func configure(_ app: Application, config: PortalConfig, clock: any PortalClock = SystemClock()) async throws {
        let problems = config.startupProblems()
        guard problems.isEmpty else { throw StartupRefused(problems: problems) }

        let localizer = try Localizer.load(directory: app.directory.resourcesDirectory + "Locales")
        let calendar = try WorkingDayCalendar.load(from: Data(contentsOf: config.holidaysFile.map { URL(fileURLWithPath: $0) }
                                                                ?? ReferenceModule.bundledHolidaysURL()))
        app.portal = PortalServices(config: config, clock: clock, localizer: localizer, calendar: calendar)
        app.portal.developmentSecretsInUse = config.developmentSecrets
        OutsideServices.install(app)
        // Fail closed: with a development secret (ours or a module's), listen on loopback only.
        app.servers.use { app in LoopbackGuardServer(wrapping: app.http.server.shared, application: app) }
        try PortalDatabase.configure(app, backend: config.database, poolSize: config.databasePoolSize, poolTimeout: Int64(config.databasePoolTimeout))

        app.middleware = Middlewares()
        app.middleware.use(MetricsMiddleware())
        app.middleware.use(RequestLogMiddleware())
        app.middleware.use(SecurityHeadersMiddleware(hsts: config.mode == .production))
        app.middleware.use(PortalErrorMiddleware())
        app.middleware.use(StaticFilesMiddleware(publicDirectory: app.directory.publicDirectory))
        app.middleware.use(MethodNotAllowedMiddleware())

        app.routes.defaultMaxBodySize = "1mb"
        ContentConfiguration.global.use(encoder: CanonicalJSON.encoder(), for: .json)

        var grants: [PermissionGrant] = []
        for module in Modules.all {
            module.migrations.forEach { app.migrations.add($0) }
            grants += module.permissions
            app.portal.navigation += module.navigation
            app.portal.homeEntries += module.homeEntries
            try module.configure(app)
        }
        // Home first, then the modules' links in module order.
        app.portal.navigation = app.portal.navigation.filter { $0.path == "/" } + app.portal.navigation.filter { $0.path != "/" }
        app.portal.permissions = PermissionTable(grants)
        app.portal.modules = Modules.all
        app.portal.openAPIDocument = try OpenAPIDocument.assemble(
            directory: app.directory.resourcesDirectory + "OpenAPI", fragments: Modules.all.compactMap(\.openAPI.file))

        let web = app.grouped(IdentityModule.webSessionMiddleware, CSRFMiddleware(), NavigationBadgeMiddleware())
        let signedIn = web.grouped(RequireSignedInMiddleware())
        let routes = PortalRoutes(
            app: app,
            bare: app,
            web: web,
            signedIn: signedIn,
            office: signedIn.grouped("office").grouped(RequireOfficeMiddleware()),
            api: app.grouped("api", "v1").grouped(IdentityModule.apiTokenMiddleware))
        for module in Modules.all { try module.routes(routes) }

        PortalMetrics.gauge("db_pool_max_connections", help: "Database connections the pool may open per event loop",
                            labels: [("engine", config.database.isSQLite ? "sqlite" : "postgres")])
            .set(Double(config.database.isSQLite ? 1 : config.databasePoolSize))

        app.asyncCommands.use(MigrateCommand(), as: "migrate")
        app.asyncCommands.use(SeedCommand(), as: "seed")
        app.asyncCommands.use(UserCommands(), as: "user")
        app.asyncCommands.use(AuditCommands(), as: "audit")
        app.lifecycle.use(StartupPreparation())
    }
}
