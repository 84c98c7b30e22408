import Fluent
import Foundation
import PortalDB
import PortalHTTP

final class EconomicRegionModel: Model, @unchecked Sendable {
    static let schema = "reference_economic_regions"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name_az") var nameAz: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "name_ru") var nameRu: String

    init() {}
}

final class TerritorialUnitModel: Model, @unchecked Sendable {
    static let schema = "reference_territorial_units"

    typealias Kind = TerritorialUnitKind

    /// ISO 3166-2 code, e.g. `AZ-QBA`.
    @ID(custom: "code", generatedBy: .user) var id: String?
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "parent_code") var parentCode: String?
    @Field(key: "economic_region_code") var economicRegionCode: String
    @Field(key: "name_az") var nameAz: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "name_ru") var nameRu: String
    @Field(key: "search_key") var searchKey: String

    init() {}
}

final class AgencyModel: Model, @unchecked Sendable {
    static let schema = "reference_agencies"

    typealias Kind = AgencyKind

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "parent_id") var parentID: UUID?
    @OptionalField(key: "territorial_unit_code") var territorialUnitCode: String?
    @Field(key: "name_az") var nameAz: String
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "name_ru") var nameRu: String?
    @OptionalField(key: "website") var website: String?
    @Field(key: "search_key") var searchKey: String

    init() {}
}

struct CreateReferenceTables: PortalMigration {
    static let stableName = "reference.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(EconomicRegionModel.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_az", .string, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .unique(on: "name_az", name: "uq_reference_economic_regions_name")
            .create()
        try await database.schema(TerritorialUnitModel.schema)
            .field("code", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("parent_code", .string, .references(TerritorialUnitModel.schema, "code"))
            .field("economic_region_code", .string, .required, .references(EconomicRegionModel.schema, "code"))
            .field("name_az", .string, .required)
            .field("name_en", .string, .required)
            .field("name_ru", .string, .required)
            .field("search_key", .string, .required)
            .check("ck_reference_units_kind", "kind IN ('city','rayon','autonomous_republic')")
            .check("ck_reference_units_code", "code LIKE 'AZ-%'")
            .create()
        try await database.schema(AgencyModel.schema)
            .id()
            .field("code", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references(AgencyModel.schema, "id"))
            .field("territorial_unit_code", .string, .references(TerritorialUnitModel.schema, "code"))
            .field("name_az", .string, .required)
            .field("name_en", .string)
            .field("name_ru", .string)
            .field("website", .string)
            .field("search_key", .string, .required)
            .unique(on: "code", name: "uq_reference_agencies_code")
            .check("ck_reference_agencies_kind",
                   "kind IN ('ministry','state_committee','state_service','state_agency','state_fund','centre','utility','local_executive')")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).delete()
        try await database.schema(TerritorialUnitModel.schema).delete()
        try await database.schema(EconomicRegionModel.schema).delete()
    }
}
