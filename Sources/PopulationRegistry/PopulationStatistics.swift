import PortalHTTP

/// The figures the population register publishes on the operations page and `/metrics`.
enum PopulationStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "population.persons", value: Int64(try await PersonModel.query(on: db).count()))]
    }
}
