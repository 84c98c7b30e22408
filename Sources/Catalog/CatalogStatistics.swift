import PortalHTTP

/// The figures the Catalog publishes on the operations page and `/metrics`.
enum CatalogStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "catalog.services", value: Int64(try await ServiceModel.query(on: db).filter(\.$publishedVersion != nil).count())),
         Stat(key: "catalog.versions_in_review", value: Int64(try await ServiceVersionModel.query(on: db).filter(\.$state == .submitted).count()))]
    }
}
