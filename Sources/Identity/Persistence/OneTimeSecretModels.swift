import Fluent
import Foundation
import PortalDB
import SQLKit

/// A single-use secret sent to the person: a password-reset link or code, an e-mail verification link
/// or a phone verification code. Only its digest is stored (SHA-256 of a link's token; HMAC of a code
/// with the row's id, so equal codes never collide and a copy of the table does not give them away).
final class OneTimeSecretModel: Model, @unchecked Sendable {
    static let schema = "identity_one_time_secrets"

    enum Purpose: String, Codable, CaseIterable, Sendable {
        case resetLink = "reset_link", resetCode = "reset_code", emailVerification = "email_verification", phoneVerification = "phone_verification"
    }

    /// How many wrong codes a code survives.
    static let maximumTries = 5

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Enum(key: "purpose") var purpose: Purpose
    @Field(key: "secret_hash") var secretHash: String
    /// The e-mail address or phone number the secret was sent to (what a verification proves).
    @Field(key: "address") var address: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Field(key: "tries") var tries: Int

    init() {}
}

/// Verified contacts and single-use secrets (account recovery, contact verification).
struct AddRecoveryAndVerifiedContacts: PortalMigration {
    static let stableName = "identity.v3.recovery-and-verified-contacts"

    func prepare(on database: any Database) async throws {
        try await database.schema(OneTimeSecretModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("secret_hash", .string, .required)
            .field("address", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("tries", .int, .required, .custom("DEFAULT 0"))
            .unique(on: "secret_hash", name: "uq_identity_one_time_secrets_hash")
            .check("ck_identity_one_time_secrets_purpose", "purpose IN ('reset_link','reset_code','email_verification','phone_verification')")
            .check("ck_identity_one_time_secrets_tries", "tries >= 0 AND tries <= \(OneTimeSecretModel.maximumTries)")
            .check("ck_identity_one_time_secrets_expiry", "expires_at > created_at")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_identity_one_time_secrets_user ON identity_one_time_secrets (user_id, purpose)")

        try await database.schema(UserModel.schema).field("email_verified_at", .datetime).update()
        try await database.schema(UserModel.schema).field("phone_verified_at", .datetime).update()
        // Accounts made before contacts were verified keep receiving what they received: their contacts
        // count as verified from the account's creation (docs/adr/0014-account-recovery.md).
        guard let sql = database as? any SQLDatabase else { return }
        let now = Date()
        try await sql.raw("UPDATE identity_users SET email_verified_at = COALESCE(created_at, \(bind: now))").run()
        try await sql.raw("UPDATE identity_users SET phone_verified_at = COALESCE(created_at, \(bind: now)) WHERE phone IS NOT NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).deleteField("phone_verified_at").update()
        try await database.schema(UserModel.schema).deleteField("email_verified_at").update()
        try await database.schema(OneTimeSecretModel.schema).delete()
    }
}
