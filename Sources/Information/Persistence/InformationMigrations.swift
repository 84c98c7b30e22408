import Fluent
import PortalDB

struct CreateInformationTables: PortalMigration {
    static let stableName = "information.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(ItemModel.schema)
            .id()
            .field("agency_id", .uuid, .required, .references("reference_agencies", "id"))
            .field("unit_code", .string)
            .field("kind", .string, .required)
            .field("slug_az", .string, .required)
            .field("slug_en", .string)
            .field("slug_ru", .string)
            .field("withdrawn_at", .datetime)
            .field("withdrawal_reason", .string)
            .field("withdrawn_by", .uuid)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            // One URL per thing: a slug names one item of its kind at its authority, in each language.
            .unique(on: "agency_id", "kind", "slug_az", name: "uq_information_items_slug_az")
            .unique(on: "agency_id", "kind", "slug_en", name: "uq_information_items_slug_en")
            .unique(on: "agency_id", "kind", "slug_ru", name: "uq_information_items_slug_ru")
            .check("ck_information_items_kind", "kind IN ('news','announcement','page','document') AND length(slug_az) > 0")
            .check("ck_information_items_withdrawal", "(withdrawn_at IS NULL) = (withdrawal_reason IS NULL)")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_information_items_unit ON information_items (unit_code, kind)")
        try await database.schema(VersionModel.schema)
            .id()
            .field("item_id", .uuid, .required, .references(ItemModel.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("state", .string, .required)
            .field("title_az", .string, .required)
            .field("title_en", .string)
            .field("title_ru", .string)
            .field("body_az", .string, .required)
            .field("body_en", .string)
            .field("body_ru", .string)
            .field("valid_until", .string)
            .field("document_type", .string)
            .field("document_number", .string)
            .field("document_date", .string)
            .field("file_sha256", .string)
            .field("file_kind", .string)
            .field("change_note", .string)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("submitted_by", .uuid)
            .field("submitted_at", .datetime)
            .field("published_by", .uuid)
            .field("publish_at", .datetime)
            .unique(on: "item_id", "version", name: "uq_information_versions_item_version")
            .check("ck_information_versions_state", "state IN ('draft','submitted','published') AND version >= 1 AND length(title_az) > 0")
            // The two-person rule in the schema as well: a published version names a publisher other than its submitter.
            .check("ck_information_versions_two_people",
                   "state <> 'published' OR (publish_at IS NOT NULL AND submitted_by IS NOT NULL AND published_by IS NOT NULL AND published_by <> submitted_by)")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_information_versions_public ON information_versions (state, publish_at)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VersionModel.schema).delete()
        try await database.schema(ItemModel.schema).delete()
    }
}
