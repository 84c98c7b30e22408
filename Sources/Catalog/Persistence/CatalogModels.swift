import Fluent
import Foundation
import PortalCore
import PortalDB

/// A service in the registry: its stable code and owner, and which version is published.
final class ServiceModel: Model, @unchecked Sendable {
    static let schema = "catalog_services"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "agency_id") var agencyID: UUID
    @OptionalField(key: "published_version") var publishedVersion: Int?
    @OptionalField(key: "published_at") var publishedAt: Date?
    @Field(key: "latest_version") var latestVersion: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// One version of a service's definition. Versions are never edited once submitted: the history can
/// show any past state.
final class ServiceVersionModel: Model, @unchecked Sendable {
    static let schema = "catalog_service_versions"

    enum State: String, Codable, CaseIterable { case draft, submitted, published, returned, superseded }

    @ID(key: .id) var id: UUID?
    @Field(key: "service_id") var serviceID: UUID
    @Field(key: "version") var version: Int
    @Enum(key: "state") var state: State
    @Field(key: "definition") var definitionJSON: String
    @Field(key: "changed_fields") var changedFields: String
    @Field(key: "source") var source: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "submitted_by") var submittedBy: UUID?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decision_note") var decisionNote: String?

    init() {}

    static let encoder = CanonicalJSON.encoder()

    var definition: ServiceDefinition {
        get throws { try CanonicalJSON.decode(ServiceDefinition.self, from: definitionJSON) }
    }

    func setDefinition(_ definition: ServiceDefinition) throws {
        definitionJSON = String(decoding: try Self.encoder.encode(definition), as: UTF8.self)
    }
}

struct CreateCatalogTables: PortalMigration {
    static let stableName = "catalog.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(ServiceModel.schema)
            .id()
            .field("code", .string, .required)
            .field("agency_id", .uuid, .required, .references("reference_agencies", "id"))
            .field("published_version", .int)
            .field("published_at", .datetime)
            .field("latest_version", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "code", name: "uq_catalog_services_code")
            .check("ck_catalog_services_versions", "latest_version >= 0 AND (published_version IS NULL OR published_version <= latest_version)")
            .create()
        try await database.schema(ServiceVersionModel.schema)
            .id()
            .field("service_id", .uuid, .required, .references(ServiceModel.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("state", .string, .required)
            .field("definition", .string, .required)
            .field("changed_fields", .string, .required)
            .field("source", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("submitted_by", .uuid)
            .field("submitted_at", .datetime)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .unique(on: "service_id", "version", name: "uq_catalog_versions_number")
            .check("ck_catalog_versions_state", "state IN ('draft','submitted','published','returned','superseded')")
            .check("ck_catalog_versions_source", "source IN ('office','import','seed')")
            // The two-person rule, in the schema: whoever submitted a version cannot decide on it.
            .check("ck_catalog_versions_two_person", "decided_by IS NULL OR submitted_by IS NULL OR decided_by <> submitted_by")
            .create()
        // At most one version in work (draft, submitted or returned) per service.
        try await database.execute(sql: """
            CREATE UNIQUE INDEX uq_catalog_versions_one_open ON catalog_service_versions (service_id)
            WHERE state IN ('draft','submitted','returned')
            """)
        try await database.execute(sql: "CREATE INDEX ix_catalog_versions_state ON catalog_service_versions (state)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ServiceVersionModel.schema).delete()
        try await database.schema(ServiceModel.schema).delete()
    }
}
