import Fluent
import PortalHTTP

/// The figures Reference publishes on the operations page and `/metrics`.
enum ReferenceStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "reference.agencies", value: Int64(try await AgencyModel.query(on: db).count())),
         Stat(key: "reference.territorial_units", value: Int64(try await TerritorialUnitModel.query(on: db).count()))]
    }
}
