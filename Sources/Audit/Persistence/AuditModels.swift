import Fluent
import Foundation
import PortalDB

final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(custom: "seq", generatedBy: .user) var id: Int64?
    @Field(key: "occurred_at_us") var occurredAtMicros: Int64
    @Field(key: "actor_kind") var actorKind: String
    @OptionalField(key: "actor_user_id") var actorUserID: UUID?
    @OptionalField(key: "actor_agency_id") var actorAgencyID: UUID?
    @OptionalField(key: "ip") var ip: String?
    @Field(key: "action") var action: String
    @OptionalField(key: "subject_fin") var subjectFIN: String?
    @OptionalField(key: "object_type") var objectType: String?
    @OptionalField(key: "object_id") var objectID: String?
    @OptionalField(key: "purpose") var purpose: String?
    @Field(key: "details") var details: String
    @Field(key: "personal_data_read") var personalDataRead: Bool
    @Field(key: "prev_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}

    var chainFields: AuditChain.Fields {
        AuditChain.Fields(
            seq: id ?? 0, occurredAtMicros: occurredAtMicros, actorKind: actorKind,
            actorUserID: actorUserID?.uuidString ?? "", actorAgencyID: actorAgencyID?.uuidString ?? "", ip: ip ?? "",
            action: action, subjectFIN: subjectFIN ?? "", objectType: objectType ?? "", objectID: objectID ?? "",
            purpose: purpose ?? "", details: details, personalDataRead: personalDataRead)
    }
}

/// One row holding the newest entry's number and seal: lets verification notice a deleted tail, and
/// serialises appends on PostgreSQL (`SELECT … FOR UPDATE`).
final class AuditChainHead: Model, @unchecked Sendable {
    static let schema = "audit_chain_head"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "last_seq") var lastSeq: Int64
    @Field(key: "last_hash") var lastHash: String

    init() {}
}

struct CreateAuditEvents: PortalMigration {
    static let stableName = "audit.v1.events"

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEventModel.schema)
            .field("seq", .int64, .identifier(auto: false))
            .field("occurred_at_us", .int64, .required)
            .field("actor_kind", .string, .required)
            .field("actor_user_id", .uuid)
            .field("actor_agency_id", .uuid)
            .field("ip", .string)
            .field("action", .string, .required)
            .field("subject_fin", .string)
            .field("object_type", .string)
            .field("object_id", .string)
            .field("purpose", .string)
            .field("details", .string, .required)
            .field("personal_data_read", .bool, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .check("ck_audit_events_seq_positive", "seq > 0")
            .check("ck_audit_events_actor_kind", "actor_kind IN ('citizen','official','admin','system','anonymous','api_client')")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_audit_events_subject ON audit_events (subject_fin, seq)")
        try await database.execute(sql: "CREATE INDEX ix_audit_events_actor ON audit_events (actor_user_id, seq)")
        try await database.schema(AuditChainHead.schema)
            .field("id", .int, .identifier(auto: false))
            .field("last_seq", .int64, .required)
            .field("last_hash", .string, .required)
            .check("ck_audit_chain_head_single", "id = 1")
            .create()
        let head = AuditChainHead()
        head.id = 1
        head.lastSeq = 0
        head.lastHash = AuditChain.genesis
        try await head.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditChainHead.schema).delete()
        try await database.schema(AuditEventModel.schema).delete()
    }
}

/// The trail is append-only in the schema too: UPDATE and DELETE are refused by triggers, so only
/// someone who can alter the schema can tamper — and the chain shows that.
struct ProtectAuditEvents: PortalMigration {
    static let stableName = "audit.v1.append-only-triggers"

    func prepare(on database: any Database) async throws {
        if database.isSQLite {
            for operation in ["UPDATE", "DELETE"] {
                try await database.execute(sql: """
                    CREATE TRIGGER audit_events_no_\(operation.lowercased()) BEFORE \(operation) ON audit_events
                    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
                    """)
            }
        } else {
            try await database.execute(sql: """
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$
                """)
            try await database.execute(sql: """
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """)
        }
    }

    func revert(on database: any Database) async throws {
        if database.isSQLite {
            try await database.execute(sql: "DROP TRIGGER IF EXISTS audit_events_no_update")
            try await database.execute(sql: "DROP TRIGGER IF EXISTS audit_events_no_delete")
        } else {
            try await database.execute(sql: "DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
            try await database.execute(sql: "DROP FUNCTION IF EXISTS audit_events_append_only()")
        }
    }
}
