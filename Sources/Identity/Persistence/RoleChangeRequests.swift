import Fluent
import Foundation
import PortalCore
import PortalDB

/// A proposed change of one person's office role (grant or revoke), waiting for a second official.
/// Nobody decides their own proposal or a change to their own roles: in `DecideRoleChange` and in the
/// `ck_identity_role_requests_two_person` / `_not_own` constraints. The platform administrator's role
/// is never requested through the office (`ck_identity_role_requests_role`).
final class RoleChangeRequestModel: Model, @unchecked Sendable {
    static let schema = "identity_role_requests"

    enum Kind: String, Codable, CaseIterable, Sendable { case grant, revoke }
    enum Status: String, Codable, CaseIterable, Sendable { case pending, approved, refused }

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: Kind
    @Field(key: "subject_fin") var subjectFIN: String
    /// As the register names the person when the change was proposed (shown in the pending list).
    @Field(key: "subject_name") var subjectName: String
    /// The person's account; nil for a grant to someone without one until the grant is approved.
    @OptionalField(key: "user_id") var userID: UUID?
    /// Where the activation link goes when the grant creates the account.
    @OptionalField(key: "email") var email: String?
    @Enum(key: "role") var role: OfficialRole
    @Field(key: "agency_id") var agencyID: UUID
    @OptionalField(key: "territorial_unit_code") var territorialUnitCode: String?
    /// The assignment a revoke removes.
    @OptionalField(key: "role_id") var roleID: UUID?
    @OptionalField(key: "reason") var reason: String?
    @Enum(key: "status") var status: Status
    @Field(key: "proposed_by") var proposedBy: UUID
    @Field(key: "proposed_at") var proposedAt: Date
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decision_reason") var decisionReason: String?

    init() {}
}

struct CreateRoleChangeRequests: PortalMigration {
    static let stableName = "identity.v2.role-change-requests"

    func prepare(on database: any Database) async throws {
        try await database.schema(RoleChangeRequestModel.schema)
            .id()
            .field("kind", .string, .required)
            .field("subject_fin", .string, .required)
            .field("subject_name", .string, .required)
            .field("user_id", .uuid, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("email", .string)
            .field("role", .string, .required)
            .field("agency_id", .uuid, .required, .references("reference_agencies", "id"))
            .field("territorial_unit_code", .string, .references("reference_territorial_units", "code"))
            .field("role_id", .uuid)
            .field("reason", .string)
            .field("status", .string, .required)
            .field("proposed_by", .uuid, .required, .references(UserModel.schema, "id"))
            .field("proposed_at", .datetime, .required)
            .field("decided_by", .uuid, .references(UserModel.schema, "id"))
            .field("decided_at", .datetime)
            .field("decision_reason", .string)
            .check("ck_identity_role_requests_kind", "kind IN ('grant','revoke')")
            .check("ck_identity_role_requests_status", "status IN ('pending','approved','refused')")
            // Roles the office can give; platform_admin only ever comes from the CLI.
            .check("ck_identity_role_requests_role", "role IN ('operator','reviewer','head','agency_admin')")
            .check("ck_identity_role_requests_fin", "length(subject_fin) = 7 AND subject_fin = upper(subject_fin)")
            // Two people: whoever proposed a change never decides it …
            .check("ck_identity_role_requests_two_person", "decided_by IS NULL OR decided_by <> proposed_by")
            // … and nobody decides a change to their own roles.
            .check("ck_identity_role_requests_not_own", "decided_by IS NULL OR user_id IS NULL OR decided_by <> user_id")
            .check("ck_identity_role_requests_decision",
                   "(status = 'pending' AND decided_by IS NULL AND decided_at IS NULL) OR "
                   + "(status <> 'pending' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND decision_reason IS NOT NULL AND length(decision_reason) > 0)")
            .check("ck_identity_role_requests_target",
                   "(kind = 'revoke' AND role_id IS NOT NULL AND user_id IS NOT NULL) OR (kind = 'grant' AND (user_id IS NOT NULL OR email IS NOT NULL))")
            .create()
        // One open proposal per person, role and agency.
        try await database.execute(sql: """
            CREATE UNIQUE INDEX uq_identity_role_requests_pending ON identity_role_requests (subject_fin, role, agency_id) \
            WHERE status = 'pending'
            """)
        try await database.execute(sql: "CREATE INDEX ix_identity_role_requests_agency ON identity_role_requests (agency_id, status)")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RoleChangeRequestModel.schema).delete()
    }
}
