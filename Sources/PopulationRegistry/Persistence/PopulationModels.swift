import Fluent
import Foundation
import PortalCore
import PortalDB

/// The stand-in for the state's population register (until the data bus answers the same questions).
final class PersonModel: Model, @unchecked Sendable {
    static let schema = "population_persons"

    @ID(custom: "fin", generatedBy: .user) var id: String?
    @Field(key: "first_name") var firstName: String
    @Field(key: "last_name") var lastName: String
    @Field(key: "patronymic") var patronymic: String
    @Field(key: "birth_date") var birthDate: String
    @OptionalField(key: "gender") var gender: String?
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "territorial_unit_code") var territorialUnitCode: String?

    init() {}
}

final class PersonDocumentModel: Model, @unchecked Sendable {
    static let schema = "population_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "fin") var fin: String
    @Enum(key: "kind") var kind: IdentityDocument.Kind
    @Field(key: "number") var number: String
    @Field(key: "issued_on") var issuedOn: String
    @OptionalField(key: "expires_on") var expiresOn: String?

    init() {}
}

/// The stand-in for the taxpayer register's companies and their directors.
final class CompanyRecordModel: Model, @unchecked Sendable {
    static let schema = "population_companies"

    @ID(custom: "voen", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "director_fin") var directorFIN: String
    @OptionalField(key: "territorial_unit_code") var territorialUnitCode: String?

    init() {}
}

struct CreatePopulationTables: PortalMigration {
    static let stableName = "population.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema)
            .field("fin", .string, .identifier(auto: false))
            .field("first_name", .string, .required)
            .field("last_name", .string, .required)
            .field("patronymic", .string, .required)
            .field("birth_date", .string, .required)
            .field("gender", .string)
            .field("address", .string)
            .field("territorial_unit_code", .string, .references("reference_territorial_units", "code"))
            .check("ck_population_persons_fin", "length(fin) = 7 AND fin = upper(fin)")
            .check("ck_population_persons_birth_date", "length(birth_date) = 10")
            .check("ck_population_persons_gender", "gender IS NULL OR gender IN ('female','male')")
            .create()
        try await database.schema(PersonDocumentModel.schema)
            .id()
            .field("fin", .string, .required, .references(PersonModel.schema, "fin", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("number", .string, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string)
            .unique(on: "kind", "number", name: "uq_population_documents_number")
            .check("ck_population_documents_kind", "kind IN ('id_card','passport','driving_licence')")
            .check("ck_population_documents_dates", "expires_on IS NULL OR expires_on > issued_on")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_population_documents_fin ON population_documents (fin)")
        try await database.schema(CompanyRecordModel.schema)
            .field("voen", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("director_fin", .string, .required, .references(PersonModel.schema, "fin"))
            .field("territorial_unit_code", .string, .references("reference_territorial_units", "code"))
            .check("ck_population_companies_voen", "length(voen) = 10")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CompanyRecordModel.schema).delete()
        try await database.schema(PersonDocumentModel.schema).delete()
        try await database.schema(PersonModel.schema).delete()
    }
}
