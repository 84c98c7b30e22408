import PortalHTTP

/// Accountability: how each authority, territorial unit and service performs, computed from the
/// platform's own records through the modules' Statistics, materialised per day by a job, and
/// published as pages with charts and tables, CSV and JSON; heads see their overdue cases by official.
public struct AccountabilityModule: PortalModule {
    public init() {}

    public var name: String { "accountability" }

    public var migrations: [any Migration] { [CreateAccountabilityTables()] }

    public var permissions: [PermissionGrant] { AccountabilityPermissions.grants }

    /// A home tile, not a header link: a header link would change every page of the site at once
    /// (left to the lead with the other navigation changes).
    public var homeEntries: [HomeEntry] {
        [HomeEntry(titleKey: "home.entry.accountability", descriptionKey: "home.entry.accountability.description", path: "/accountability")]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "accountability.json") }

    /// Today's figures (and any day missed while the server was down) every ten minutes; the first
    /// run at start-up fills the history.
    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "accountability.compute", interval: .seconds(600)) { app in _ = try await ComputeFigures(app: app).catchUp() }]
    }

    public func configure(_ app: Application) throws {
        app.asyncCommands.use(AccountabilityCommands(), as: "accountability")
    }

    public func routes(_ routes: PortalRoutes) throws {
        AccountabilityPages().register(routes.web)
        OfficeAccountabilityPages().register(routes.office)
        AccountabilityAPI().register(routes.api)
    }

    /// The demo's figures are there as soon as the demo is: its history is computed now.
    public func seedDemo(_ context: SeedContext) async throws {
        try await ComputeFigures(app: context.app).catchUp()
    }
}
