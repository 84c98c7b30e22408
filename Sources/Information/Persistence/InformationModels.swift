import Fluent
import Foundation

/// One thing an authority publishes (a news item, an announcement, a page, a document): its place in
/// the site (agency, unit, kind, slugs) and its public state. The words are in its versions.
final class ItemModel: Model, @unchecked Sendable {
    static let schema = "information_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    /// The territorial unit it belongs to (the agency's own for a local executive authority).
    @OptionalField(key: "unit_code") var unitCode: String?
    @Enum(key: "kind") var kind: ItemKind
    /// Stable once set: made from the first title in that language, never changed (one URL per thing).
    @Field(key: "slug_az") var slugAZ: String
    @OptionalField(key: "slug_en") var slugEN: String?
    @OptionalField(key: "slug_ru") var slugRU: String?
    @OptionalField(key: "withdrawn_at") var withdrawnAt: Date?
    @OptionalField(key: "withdrawal_reason") var withdrawalReason: String?
    @OptionalField(key: "withdrawn_by") var withdrawnBy: UUID?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// One version of an item's words. Drafts and submitted versions are the newsroom's; a published one
/// is public from its `publish_at` on, and the newest such is the item as readers see it.
final class VersionModel: Model, @unchecked Sendable {
    static let schema = "information_versions"

    enum State: String, Codable, Sendable, CaseIterable { case draft, submitted, published }

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "version") var version: Int
    @Enum(key: "state") var state: State
    @Field(key: "title_az") var titleAZ: String
    @OptionalField(key: "title_en") var titleEN: String?
    @OptionalField(key: "title_ru") var titleRU: String?
    @Field(key: "body_az") var bodyAZ: String
    @OptionalField(key: "body_en") var bodyEN: String?
    @OptionalField(key: "body_ru") var bodyRU: String?
    /// Announcements: shown in the lists until the end of this Baku day (`YYYY-MM-DD`).
    @OptionalField(key: "valid_until") var validUntil: String?
    /// Documents: the act's type, number and date, and the file in the file store.
    @OptionalField(key: "document_type") var documentType: String?
    @OptionalField(key: "document_number") var documentNumber: String?
    @OptionalField(key: "document_date") var documentDate: String?
    @OptionalField(key: "file_sha256") var fileSHA256: String?
    @OptionalField(key: "file_kind") var fileKind: String?
    /// What changed (required from the second published version on: the "updated" note).
    @OptionalField(key: "change_note") var changeNote: String?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "submitted_by") var submittedBy: UUID?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalField(key: "published_by") var publishedBy: UUID?
    /// When readers see it (the publisher's choice, never before the publication itself).
    @OptionalField(key: "publish_at") var publishAt: Date?

    init() {}
}
