import PortalHTTP

/// The stand-in population and company registers, read through `RegistryLookup` (to be replaced by
/// the data bus), and the office look-up of a person with a stated purpose.
public struct PopulationRegistryModule: PortalModule {
    public init() {}

    public var name: String { "population" }

    public var migrations: [any Migration] { [CreatePopulationTables(), CreateLookupQuota(), AddBirthsAndExpiryIndexes()] }

    public var permissions: [PermissionGrant] { PopulationPermissions.grants }

    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "population.purge-lookup-quota", interval: .seconds(3600)) { app in
            try await LookupQuota.purge(before: app.portal.now().addingTimeInterval(-86_400), on: app.db)
        }]
    }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.office.people", path: "/office/people", audience: .office)]
    }

    public func configure(_ app: Application) throws {
        app.portal.registry = DatabaseRegistryLookup(database: { [unowned app] in app.db })
        app.portal.expiringDocuments = DatabaseExpiringDocuments()
        app.storage[PopulationServicesKey.self] = PopulationServices(
            settings: try PopulationSettings.fromEnvironment(app.portal.config.environment), purposes: try LookupPurposes.bundled())
    }

    public func routes(_ routes: PortalRoutes) throws {
        PersonLookupPages().register(routes.office)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await PopulationStatistics.stats(on: db)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        guard try await PersonModel.query(on: context.db).count() == 0 else { return }
        let units = try await context.app.portal.directory.units().filter(\.isPickable)
            .map { TerritorialUnitName(code: $0.code, name: $0.name.az, isCity: $0.kind == .city) }
        let today = LocalDate(context.app.portal.now())
        try await context.db.writeTransaction { db in
            let people = DemoDocuments.cast(today: today)
                + DemoDocuments.addPassportsAndLicences(DemoPopulation.generated(count: 300, units: units))
            for person in people {
                try await PopulationRegistryWriter.insert(person, on: db)
            }
            let child = DemoDocuments.child(today: today)
            try await PopulationRegistryWriter.insert(child.person, on: db)
            try await PopulationRegistryWriter.registerBirth(childFIN: child.person.fin.value, motherFIN: child.motherFIN, fatherFIN: nil,
                                                             registeredOn: child.registeredOn, on: db)
            for company in DemoCast.companies {
                try await PopulationRegistryWriter.insert(
                    CompanyRecord(voen: VOEN(uncheckedValue: company.voen), name: company.name,
                                  directorFIN: FIN(uncheckedValue: company.directorFIN), territorialUnitCode: company.unitCode), on: db)
            }
        }
    }
}
