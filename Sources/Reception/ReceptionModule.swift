import PortalHTTP

/// Citizen reception ("vətəndaş qəbulu"): officials' schedules, booking without double booking,
/// waitlist holds, the office's day (check-in, walk-ins, queue board, outcomes), follow-ups the
/// citizen tracks in the cabinet, and accountability figures.
public struct ReceptionModule: PortalModule {
    public init() {}

    public var name: String { "reception" }

    public var migrations: [any Migration] { [CreateReceptionTables(), AddBookingWeekPlaces(), AddBookingVideoRooms()] }

    public var permissions: [PermissionGrant] { ReceptionPermissions.grants }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.reception", path: "/reception", audience: .everyone),
         NavigationLink(labelKey: "nav.my_receptions", path: "/cabinet/receptions", audience: .signedIn),
         NavigationLink(labelKey: "nav.office.reception", path: "/office/reception", audience: .office)]
    }

    public var homeEntries: [HomeEntry] {
        [HomeEntry(titleKey: "home.entry.reception", descriptionKey: "home.entry.reception.description", path: "/reception")]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "reception.json") }

    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "reception.expire-holds", interval: .seconds(30)) { app in _ = try await Waitlist(app: app).expireHolds() },
         BackgroundJob(name: "reception.remind", interval: .seconds(300)) { app in _ = try await RemindUpcomingReceptions(app: app).run() }]
    }

    public func configure(_ app: Application) throws {
        app.storage[ReceptionServicesKey.self] = ReceptionServices(settings: try ReceptionSettings.fromEnvironment(app.portal.config.environment))
        app.asyncCommands.use(ReceptionCommands(), as: "reception")
        app.portal.cabinetProviders.append(ReceptionCabinetSummary())
    }

    public func routes(_ routes: PortalRoutes) throws {
        let settings = routes.app.reception.settings
        ReceptionPages().register(web: routes.web, signedIn: routes.signedIn, searchLimit: settings.searchesPerMinute)
        CabinetReceptionPages().register(routes.signedIn)
        OfficeReceptionPages().register(routes.office)
        ReceptionAPI().register(routes.api, searchLimit: settings.searchesPerMinute)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await ReceptionStatistics(db: db, today: LocalDate(Date())).stats()
    }

    public func seedDemo(_ context: SeedContext) async throws {
        try await DemoReception.seed(context)
    }
}
