import Fluent
import PortalCore
import Foundation
import PortalDB

final class UserModel: Model, @unchecked Sendable {
    static let schema = "identity_users"

    /// A disabled account signs in no more and its sessions and tokens stop working.
    enum Status: String, Codable, CaseIterable, Sendable { case active, disabled }

    @ID(key: .id) var id: UUID?
    @Field(key: "fin") var fin: String
    @Field(key: "first_name") var firstName: String
    @Field(key: "last_name") var lastName: String
    @Field(key: "patronymic") var patronymic: String
    @Field(key: "email") var email: String
    @OptionalField(key: "phone") var phone: String?
    /// Nil until an invited official sets a password.
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Field(key: "language") var language: String
    @OptionalField(key: "totp_secret") var totpSecretSealed: String?
    @Field(key: "totp_enabled") var totpEnabled: Bool
    @Field(key: "totp_last_step") var totpLastStep: Int64
    @Enum(key: "status") var status: Status
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "password_changed_at") var passwordChangedAt: Date?
    /// When the person proved they read this e-mail address (nil: unverified, only its verification goes there).
    @OptionalField(key: "email_verified_at") var emailVerifiedAt: Date?
    /// When the person proved they hold this phone (nil: unverified or no phone).
    @OptionalField(key: "phone_verified_at") var phoneVerifiedAt: Date?

    init() {}
}

final class RoleModel: Model, @unchecked Sendable {
    static let schema = "identity_roles"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Enum(key: "role") var role: OfficialRole
    @OptionalField(key: "agency_id") var agencyID: UUID?
    @OptionalField(key: "territorial_unit_code") var territorialUnitCode: String?
    @OptionalField(key: "granted_by") var grantedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

final class SessionModel: Model, @unchecked Sendable {
    static let schema = "identity_sessions"

    /// SHA-256 of the cookie value: the database never holds a usable session token.
    @ID(custom: "token_hash", generatedBy: .user) var id: String?
    /// Shown in the sessions list and used to end one session; not a credential.
    @Field(key: "public_id") var publicID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "second_factor_pending") var secondFactorPending: Bool
    @Field(key: "second_factor_verified") var secondFactorVerified: Bool
    @OptionalField(key: "reauthenticated_at") var reauthenticatedAt: Date?
    /// When a TOTP or recovery code was last given in this session (sign-in or re-authentication).
    @OptionalField(key: "second_factor_confirmed_at") var secondFactorConfirmedAt: Date?
    @OptionalField(key: "acting_company_id") var actingCompanyID: UUID?
    @OptionalField(key: "ip") var ip: String?
    @OptionalField(key: "user_agent") var userAgent: String?

    init() {}
}

final class CompanyModel: Model, @unchecked Sendable {
    static let schema = "identity_companies"

    @ID(key: .id) var id: UUID?
    @Field(key: "voen") var voen: String
    @Field(key: "name") var name: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

final class RepresentativeModel: Model, @unchecked Sendable {
    static let schema = "identity_company_representatives"

    enum Role: String, Codable, CaseIterable, Sendable { case director, authorised }

    @ID(key: .id) var id: UUID?
    @Field(key: "company_id") var companyID: UUID
    @Field(key: "user_id") var userID: UUID
    /// `director` (from the taxpayer register) or `authorised` (granted by the director).
    @Enum(key: "role") var role: Role
    @OptionalField(key: "granted_by") var grantedBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

final class RecoveryCodeModel: Model, @unchecked Sendable {
    static let schema = "identity_recovery_codes"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "code_hash") var codeHash: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}

final class AccessTokenModel: Model, @unchecked Sendable {
    static let schema = "identity_access_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// First characters of the token, to recognise it in the list.
    @Field(key: "prefix") var prefix: String
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    /// The session that made the token had verified the second factor: only such tokens do office work.
    @Field(key: "second_factor_verified") var secondFactorVerified: Bool

    init() {}
}

final class ThrottleModel: Model, @unchecked Sendable {
    static let schema = "identity_auth_throttle"

    /// `account:<identifier>` or `ip:<address>`; identifiers are normalised, known or not. The second
    /// factor's keys (`totp:<user>`, `totp-ip:<address>`) keep a row here only as the lock that
    /// serialises their counting (the attempts are in `identity_second_factor_attempts`).
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "failures") var failures: Int
    @Field(key: "window_started_at") var windowStartedAt: Date
    @Field(key: "blocked_until") var blockedUntil: Date

    init() {}
}

final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "identity_invitations"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Field(key: "created_by") var createdBy: UUID

    init() {}
}

extension UserModel {
    /// A new active account named as the register names the person (or as given when it does not).
    convenience init(fin: String, firstName: String, lastName: String, patronymic: String, email: String,
                     phone: String?, passwordHash: String?, language: String, now: Date) {
        self.init()
        id = UUID()
        self.fin = fin
        self.firstName = firstName
        self.lastName = lastName
        self.patronymic = patronymic
        self.email = email
        self.phone = phone
        self.passwordHash = passwordHash
        self.language = language
        totpEnabled = false
        totpLastStep = 0
        status = .active
        passwordChangedAt = passwordHash == nil ? nil : now
        // Accounts made by the office or the demo seed have contacts the office vouched for; a citizen's
        // own registration clears these and sends the verification link and code (`RegisterCitizen`).
        emailVerifiedAt = now
        phoneVerifiedAt = phone == nil ? nil : now
    }

    convenience init(person: PersonRecord, email: String, phone: String?, passwordHash: String?, language: String, now: Date) {
        self.init(fin: person.fin.value, firstName: person.firstName, lastName: person.lastName, patronymic: person.patronymic,
                  email: email, phone: phone, passwordHash: passwordHash, language: language, now: now)
    }
}
