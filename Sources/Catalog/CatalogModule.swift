import PortalHTTP

/// The State Services Registry (services, versions, two-person publishing, import/export, figures)
/// and the public catalog citizens search.
public struct CatalogModule: PortalModule {
    public init() {}

    public var name: String { "catalog" }

    public var migrations: [any Migration] { [CreateCatalogTables()] }

    public var permissions: [PermissionGrant] {
        CatalogPermissions.grants
    }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.services", path: "/services", audience: .everyone),
         NavigationLink(labelKey: "nav.office.registry", path: "/office/registry", audience: .office)]
    }

    public var homeEntries: [HomeEntry] {
        [HomeEntry(titleKey: "home.entry.services", descriptionKey: "home.entry.services.description", path: "/services"),
         HomeEntry(titleKey: "home.entry.registry_report", descriptionKey: "home.entry.registry_report.description", path: "/registry/report")]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "catalog.json") }

    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "catalog.refresh-index", interval: .seconds(30)) { app in try await app.catalog.refreshIfStale(app) }]
    }

    public func configure(_ app: Application) throws {
        app.storage[CatalogIndexStoreKey.self] = CatalogIndexStore()
        app.portal.searchProviders.insert(ServiceSearchProvider(), at: 0)
    }

    public func routes(_ routes: PortalRoutes) throws {
        CatalogPages().register(routes.web)
        RegistryOfficePages().register(routes.office)
        ServicesAPI().register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await CatalogStatistics.stats(on: db)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        guard try await ServiceModel.query(on: context.db).count() == 0 else { return }
        let definitions = try DemoRegistry.definitions()
        let rows = definitions.enumerated().map { (row: $0.offset + 1, definition: $0.element) }
        if case .rejected(let problems) = try await RegistryTransfer(app: context.app).apply(rows, actor: nil, ip: nil, source: "seed") {
            throw DemoRegistryInvalid(problems: problems)
        }
    }
}

extension CatalogModule {
    /// The demo registry's definitions (benchmarks and tests use the same data as the demo).
    public static func demoRegistry() throws -> [ServiceDefinition] { try DemoRegistry.definitions() }
}

struct DemoRegistryInvalid: Error, CustomStringConvertible {
    let problems: [RegistryFile.RowProblem]
    var description: String { "the demo registry has invalid rows: \(problems.prefix(10))" }
}
