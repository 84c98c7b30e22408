import Fluent
import Foundation
import PortalDB

/// An agency's endpoint: where its system wants to hear about events, which ones, and the signing
/// secret (sealed with the portal's key). Disabled, never deleted: its deliveries stay explainable.
final class WebhookModel: Model, @unchecked Sendable {
    static let schema = "notifications_webhooks"

    @ID(key: .id) var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "url") var url: String
    /// Event types, space-separated (`WebhookEventType`).
    @Field(key: "events") var events: String
    @Field(key: "description") var description: String
    @Field(key: "secret_sealed") var secretSealed: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "disabled_at") var disabledAt: Date?
    @OptionalField(key: "disabled_by") var disabledBy: UUID?

    init() {}

    var eventTypes: [WebhookEventType] { events.split(separator: " ").compactMap { WebhookEventType(rawValue: String($0)) } }
}

/// One event for one endpoint. `(dedupe_key, webhook_id)` is unique, so a repeated event writes
/// nothing; the body and the `webhook-id` (`msg_<id>`) are fixed when written, so a retry sends the
/// same bytes and the receiver can drop a repeat.
final class WebhookDeliveryModel: Model, @unchecked Sendable {
    static let schema = "notifications_webhook_deliveries"

    @ID(key: .id) var id: UUID?
    @Field(key: "webhook_id") var webhookID: UUID
    @Field(key: "dedupe_key") var dedupeKey: String
    @Field(key: "type") var type: String
    @Field(key: "body") var body: String
    @Enum(key: "status") var status: DeliveryStatus
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "response_status") var responseStatus: Int?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    /// The Standard Webhooks message id.
    var messageID: String { "msg_" + id!.uuidString.lowercased() }
}

struct CreateWebhookTables: PortalMigration {
    static let stableName = "notifications.v2.webhooks"

    func prepare(on database: any Database) async throws {
        try await database.schema(WebhookModel.schema)
            .id()
            .field("agency_id", .uuid, .required, .references("reference_agencies", "id"))
            .field("url", .string, .required)
            .field("events", .string, .required)
            .field("description", .string, .required)
            .field("secret_sealed", .string, .required)
            .field("created_by", .uuid, .required, .references("identity_users", "id"))
            .field("created_at", .datetime, .required)
            .field("disabled_at", .datetime)
            .field("disabled_by", .uuid, .references("identity_users", "id"))
            .check("ck_notifications_webhooks_url", "length(url) BETWEEN 8 AND 500")
            .check("ck_notifications_webhooks_events", "length(events) > 0")
            .check("ck_notifications_webhooks_disabled", "(disabled_at IS NULL) = (disabled_by IS NULL)")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_notifications_webhooks_agency ON notifications_webhooks (agency_id, disabled_at)")
        try await database.schema(WebhookDeliveryModel.schema)
            .id()
            .field("webhook_id", .uuid, .required, .references(WebhookModel.schema, "id"))
            .field("dedupe_key", .string, .required)
            .field("type", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claimed_at", .datetime)
            .field("response_status", .int)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .unique(on: "dedupe_key", "webhook_id", name: "uq_notifications_webhook_deliveries_event")
            .check("ck_notifications_webhook_deliveries_status", "status IN ('queued','sending','sent','failed','dead')")
            .check("ck_notifications_webhook_deliveries_attempts", "attempts >= 0")
            .check("ck_notifications_webhook_deliveries_sending", "status <> 'sending' OR claimed_at IS NOT NULL")
            .check("ck_notifications_webhook_deliveries_sent", "(status = 'sent') = (sent_at IS NOT NULL)")
            .create()
        try await database.execute(sql: """
            CREATE INDEX ix_notifications_webhook_deliveries_due ON notifications_webhook_deliveries (status, next_attempt_at)
            """)
        try await database.execute(sql: """
            CREATE INDEX ix_notifications_webhook_deliveries_webhook ON notifications_webhook_deliveries (webhook_id, created_at)
            """)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WebhookDeliveryModel.schema).delete()
        try await database.schema(WebhookModel.schema).delete()
    }
}
