import Fluent
import PortalCore
import PortalHTTP
import Vapor

/// Territorial units, economic regions and agencies: the reference data every capability points to.
public struct ReferenceModule: PortalModule {
    public init() {}

    public var name: String { "reference" }

    public var migrations: [any Migration] { [CreateReferenceTables(), LoadReferenceData(), LoadMoreAgencies()] }

    public var navigation: [NavigationLink] { [NavigationLink(labelKey: "nav.agencies", path: "/agencies", audience: .everyone)] }

    public var homeEntries: [HomeEntry] {
        [HomeEntry(titleKey: "home.entry.agencies", descriptionKey: "home.entry.agencies.description", path: "/agencies")]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "reference.json") }

    public func configure(_ app: Application) throws {
        let directory = CachedReferenceDirectory(database: { [unowned app] in app.db })
        app.portal.reference = directory
        app.portal.searchProviders.append(AgencySearchProvider(directory: directory))
    }

    public func routes(_ routes: PortalRoutes) throws {
        guard let directory = routes.app.portal.reference as? CachedReferenceDirectory else { return }
        AgencyPages(directory: directory).register(routes.web)
        ReferenceAPI(directory: directory).register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await ReferenceStatistics.stats(on: db)
    }
}

extension ReferenceModule {
    /// The Azerbaijani working-day calendar shipped with the portal (overridable by ONEWINDOW_HOLIDAYS_FILE).
    public static func bundledHolidaysURL() -> URL {
        Bundle.module.url(forResource: "holidays", withExtension: "json", subdirectory: "Data")!
    }
}
