import PortalHTTP

/// Information: what each authority publishes — news, announcements, pages, documents — written in a
/// newsroom under the two-person rule, read at one URL per item with its versions, gathered per city
/// or rayon in a district portal (`/r/{unit}`), and offered as Atom feeds and in `/sitemap.xml`.
public struct InformationModule: PortalModule {
    public init() {}

    public var name: String { "information" }

    public var migrations: [any Migration] { [CreateInformationTables()] }

    public var permissions: [PermissionGrant] { InformationPermissions.grants }

    /// A home tile to the district portals (the header already wraps at 1280 px for signed-in people).
    public var homeEntries: [HomeEntry] {
        [HomeEntry(titleKey: "home.entry.districts", descriptionKey: "home.entry.districts.description", path: "/r")]
    }

    // No header link to the newsroom (`/office/information`): an office link changes every office
    // page's header at once; left to the lead with the other navigation changes, as Accountability's.

    public func routes(_ routes: PortalRoutes) throws {
        InformationPages().register(routes.web)
        NewsroomPages().register(routes.office)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        try await DemoInformation.seed(context)
    }
}
