import Fluent
import Foundation
import PortalDB

/// One second-factor attempt counted against a throttle key (`totp:<user>`, `totp-ip:<address>`).
/// Written before the code is evaluated; removed again only when the code was right.
final class SecondFactorAttemptModel: Model, @unchecked Sendable {
    static let schema = "identity_second_factor_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "throttle_key") var throttleKey: String
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}
}

/// A TOTP time step someone has signed in with: unique per account, so a code works exactly once
/// even when two requests carry it at the same moment (on either engine).
final class UsedTOTPStepModel: Model, @unchecked Sendable {
    static let schema = "identity_totp_used_steps"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "step") var step: Int64
    @Field(key: "used_at") var usedAt: Date

    init() {}
}

/// Second-factor hardening: its own throttle, single use of codes, the assurance of tokens, and the
/// time the second factor was last confirmed in a session.
struct AddSecondFactorHardening: PortalMigration {
    static let stableName = "identity.v2.second-factor-hardening"

    func prepare(on database: any Database) async throws {
        try await database.schema(SecondFactorAttemptModel.schema)
            .id()
            .field("throttle_key", .string, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        try await database.execute(sql: "CREATE INDEX ix_identity_second_factor_attempts_key ON identity_second_factor_attempts (throttle_key, attempted_at)")

        try await database.schema(UsedTOTPStepModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("step", .int64, .required)
            .field("used_at", .datetime, .required)
            .unique(on: "user_id", "step", name: "uq_identity_totp_used_steps")
            .create()

        try await database.schema(AccessTokenModel.schema)
            .field("second_factor_verified", .bool, .required, .custom("DEFAULT FALSE"))
            .update()
        try await database.schema(SessionModel.schema)
            .field("second_factor_confirmed_at", .datetime)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionModel.schema).deleteField("second_factor_confirmed_at").update()
        try await database.schema(AccessTokenModel.schema).deleteField("second_factor_verified").update()
        try await database.schema(UsedTOTPStepModel.schema).delete()
        try await database.schema(SecondFactorAttemptModel.schema).delete()
    }
}
