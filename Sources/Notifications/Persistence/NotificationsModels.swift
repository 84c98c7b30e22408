import Fluent
import Foundation
import PortalDB

/// One delivery of one notice on one channel to one person; `(dedupe_key, channel, recipient_id)` is
/// unique, so a repeated event writes nothing. Inbox rows are the inbox itself (read, archived).
final class OutboxModel: Model, @unchecked Sendable {
    static let schema = "notifications_outbox"

    @ID(key: .id) var id: UUID?
    @Field(key: "dedupe_key") var dedupeKey: String
    @Enum(key: "channel") var channel: NoticeChannel
    @Field(key: "recipient_id") var recipientID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "category") var category: String
    @Field(key: "payload") var payload: String
    @Field(key: "language") var language: String
    @OptionalField(key: "address") var address: String?
    /// The Message-ID (e-mail) or the SMS reference, fixed when queued, the same on every retry.
    @Field(key: "reference") var reference: String
    @Enum(key: "status") var status: DeliveryStatus
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "provider_id") var providerID: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "read_at") var readAt: Date?
    @OptionalField(key: "archived_at") var archivedAt: Date?

    init() {}
}

/// A person's notification preferences (absent: the defaults).
final class PreferenceModel: Model, @unchecked Sendable {
    static let schema = "notifications_preferences"

    @ID(custom: "account_id", generatedBy: .user) var id: UUID?
    /// Categories by e-mail and by SMS, comma-separated (`NoticePreferences.encode`).
    @Field(key: "email") var email: String
    @Field(key: "sms") var sms: String
    @OptionalField(key: "language") var language: String?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

struct CreateNotificationsTables: PortalMigration {
    static let stableName = "notifications.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxModel.schema)
            .id()
            .field("dedupe_key", .string, .required)
            .field("channel", .string, .required)
            .field("recipient_id", .uuid, .required, .references("identity_users", "id"))
            .field("kind", .string, .required)
            .field("category", .string, .required)
            .field("payload", .string, .required)
            .field("language", .string, .required)
            .field("address", .string)
            .field("reference", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claimed_at", .datetime)
            .field("last_error", .string)
            .field("provider_id", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("read_at", .datetime)
            .field("archived_at", .datetime)
            .unique(on: "dedupe_key", "channel", "recipient_id", name: "uq_notifications_outbox_event")
            .unique(on: "reference", name: "uq_notifications_outbox_reference")
            .check("ck_notifications_outbox_channel", "channel IN ('inbox','email','sms')")
            .check("ck_notifications_outbox_status", "status IN ('queued','sending','sent','delivered','failed','bounced','dead')")
            .check("ck_notifications_outbox_category",
                   "category IN ('cases','payments','reception','documents','participation','security')")
            .check("ck_notifications_outbox_language", "language IN ('az','en','ru')")
            .check("ck_notifications_outbox_attempts", "attempts >= 0")
            // An e-mail or SMS has somewhere to go; an inbox message is delivered as it is written.
            .check("ck_notifications_outbox_address", "(channel = 'inbox') = (address IS NULL)")
            .check("ck_notifications_outbox_inbox", "channel <> 'inbox' OR status = 'delivered'")
            .check("ck_notifications_outbox_sending", "status <> 'sending' OR claimed_at IS NOT NULL")
            .create()
        // The worker's question ("what is due?") and the header's ("how many unread?") are each one index.
        try await database.execute(sql: "CREATE INDEX ix_notifications_outbox_due ON notifications_outbox (status, next_attempt_at)")
        try await database.execute(sql: """
            CREATE INDEX ix_notifications_outbox_inbox ON notifications_outbox (recipient_id, channel, archived_at, read_at, created_at)
            """)
        try await database.schema(PreferenceModel.schema)
            .field("account_id", .uuid, .identifier(auto: false), .references("identity_users", "id"))
            .field("email", .string, .required)
            .field("sms", .string, .required)
            .field("language", .string)
            .field("updated_at", .datetime, .required)
            .check("ck_notifications_preferences_language", "language IS NULL OR language IN ('az','en','ru')")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PreferenceModel.schema).delete()
        try await database.schema(OutboxModel.schema).delete()
    }
}
