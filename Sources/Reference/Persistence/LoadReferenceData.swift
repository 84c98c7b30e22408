import Fluent
import FluentKit
import Foundation
import PortalCore
import PortalDB

/// Loads the 78 territorial units, 14 economic regions, the central agencies and one local
/// executive authority per city and rayon.
struct LoadReferenceData: PortalMigration {
    static let stableName = "reference.v1.data"

    func prepare(on database: any Database) async throws {
        let data = try ReferenceData.load()
        try await database.execute(sql: """
            CREATE UNIQUE INDEX uq_reference_agencies_local_executive ON reference_agencies (territorial_unit_code)
            WHERE kind = 'local_executive'
            """)
        try await database.writeTransaction { db in
            for (nameAz, names) in data.names.economic_regions.sorted(by: { $0.key < $1.key }) {
                let region = EconomicRegionModel()
                region.id = Self.regionCode(nameAz)
                region.nameAz = AzerbaijaniText.normalize(nameAz)
                region.nameEn = names.en
                region.nameRu = names.ru
                try await region.create(on: db)
            }
            // Parents first: the autonomous republic before its rayons.
            let units = data.units.units.sorted { ($0.parent == nil ? 0 : 1, $0.code) < ($1.parent == nil ? 0 : 1, $1.code) }
            for source in units {
                guard let names = data.names.units[source.code] else { throw ReferenceDataError.unknownName(source.code) }
                let unit = TerritorialUnitModel()
                unit.id = source.code
                unit.kind = source.type
                unit.parentCode = source.parent.map { "AZ-" + $0 }
                unit.economicRegionCode = Self.regionCode(source.economic_region)
                unit.nameAz = AzerbaijaniText.normalize(source.name_az)
                unit.nameEn = names.en
                unit.nameRu = names.ru
                unit.searchKey = ReferenceData.searchKey(unit.nameAz, names.en, names.ru)
                try await unit.create(on: db)
            }
            try await Self.insert(data.agencies.agencies, on: db)
            for source in units where source.type != .autonomousRepublic {
                let names = data.names.units[source.code]!
                let name = ReferenceData.localExecutiveName(unitNameAz: AzerbaijaniText.normalize(source.name_az),
                                                            unitNameEn: names.en, unitNameRu: names.ru, kind: source.type)
                let agency = AgencyModel()
                agency.id = UUID()
                agency.code = "ICRA-" + source.code.dropFirst(3)
                agency.kind = .localExecutive
                agency.territorialUnitCode = source.code
                agency.nameAz = name.az
                agency.nameEn = name.en
                agency.nameRu = name.ru
                agency.searchKey = ReferenceData.searchKey(name.az, name.en, name.ru, agency.code)
                try await agency.create(on: db)
            }
        }
    }

    /// Inserts central agencies in file order (a parent before its children).
    static func insert(_ agencies: [ReferenceData.AgenciesFile.Agency], on db: any Database) async throws {
        for source in agencies {
            let agency = AgencyModel()
            agency.id = UUID()
            agency.code = source.code
            agency.kind = source.kind
            if let parent = source.parent {
                guard let id = try await AgencyModel.query(on: db).filter(\.$code == parent).first()?.id else {
                    throw ReferenceDataError.unknownName(parent)
                }
                agency.parentID = id
            }
            agency.territorialUnitCode = source.territorial_unit
            agency.nameAz = AzerbaijaniText.normalize(source.name_az)
            agency.nameEn = source.name_en
            agency.nameRu = source.name_ru
            agency.website = source.website
            agency.searchKey = ReferenceData.searchKey(agency.nameAz, source.name_en, source.name_ru, source.code)
            try await agency.create(on: db)
        }
    }

    func revert(on database: any Database) async throws {
        try await AgencyModel.query(on: database).filter(\.$parentID != nil).delete()
        try await AgencyModel.query(on: database).delete()
        try await database.execute(sql: "DROP INDEX uq_reference_agencies_local_executive")
        try await TerritorialUnitModel.query(on: database).filter(\.$parentCode != nil).delete()
        try await TerritorialUnitModel.query(on: database).delete()
        try await EconomicRegionModel.query(on: database).delete()
    }

    /// A stable ASCII code for an economic region (`Şəki-Zaqatala` → `SEKI-ZAQATALA`).
    static func regionCode(_ nameAz: String) -> String {
        AzerbaijaniText.uppercased(AzerbaijaniText.lenientKey(nameAz))
            .replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "İ", with: "I")
    }
}

/// Agencies that the real e-service list names and the first data set lacked.
struct LoadMoreAgencies: PortalMigration {
    static let stableName = "reference.v2.more-agencies"

    func prepare(on database: any Database) async throws {
        let file: ReferenceData.AgenciesFile = try ReferenceData.read("agencies-v2")
        try await database.writeTransaction { db in try await LoadReferenceData.insert(file.agencies, on: db) }
    }

    func revert(on database: any Database) async throws {
        let file: ReferenceData.AgenciesFile = try ReferenceData.read("agencies-v2")
        try await AgencyModel.query(on: database).filter(\.$code ~~ file.agencies.map(\.code)).delete()
    }
}
