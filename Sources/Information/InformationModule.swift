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

    /// The newsroom, for those who write or publish their agency's items.
    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.office.information", path: "/office/information", audience: .office,
                        permission: InformationPermissions.edit)]
    }

    public func routes(_ routes: PortalRoutes) throws {
        InformationPages().register(routes.web)
        NewsroomPages().register(routes.office)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        try await DemoInformation.seed(context)
    }
}
