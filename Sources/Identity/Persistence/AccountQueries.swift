import Fluent
import Foundation
import PortalCore

/// What a person's own pages and `/api/v1/me` read about their account: returned as read models, so
/// the pages and the API hold no Fluent query.
struct AccountQueries {
    let db: any Database

    struct Profile: Sendable {
        let fin: String
        let firstName: String
        let lastName: String
        let patronymic: String
        let email: String
        let phone: String?
        let language: String
        let totpEnabled: Bool
        /// Holds an office role: after signing in without a `next`, the office page is their start.
        var holdsOfficeRole = false

        init(_ model: UserModel) {
            fin = model.fin
            firstName = model.firstName
            lastName = model.lastName
            patronymic = model.patronymic
            email = model.email
            phone = model.phone
            language = model.language
            totpEnabled = model.totpEnabled
        }
    }

    struct AccessToken: Sendable {
        let id: UUID
        let name: String
        let prefix: String
        let scopes: String
        let expiresAt: Date
        let lastUsedAt: Date?
        let revokedAt: Date?

        func isActive(at now: Date) -> Bool { revokedAt == nil && expiresAt > now }

        init(_ model: AccessTokenModel) {
            id = model.id!
            name = model.name
            prefix = model.prefix
            scopes = model.scopes
            expiresAt = model.expiresAt
            lastUsedAt = model.lastUsedAt
            revokedAt = model.revokedAt
        }
    }

    struct Session: Sendable {
        /// The session's hash (its id): compared with the current session, never shown.
        let id: String?
        let publicID: UUID
        let createdAt: Date
        let lastSeenAt: Date
        let ip: String?
        let userAgent: String?
    }

    struct Representative: Sendable {
        let id: UUID
        let firstName: String
        let lastName: String
        let role: RepresentativeModel.Role
    }

    func profile(of userID: UUID) async throws -> Profile? {
        try await UserModel.find(userID, on: db).map(Profile.init)
    }

    /// Newest first.
    /// The profile as sign-in returns it: with whether the person holds any office role.
    func signedInProfile(_ model: UserModel) async throws -> Profile {
        var profile = Profile(model)
        profile.holdsOfficeRole = try await RoleModel.query(on: db).filter(\.$userID == model.id!).count() > 0
        return profile
    }

    func accessTokens(of userID: UUID) async throws -> [AccessToken] {
        try await AccessTokenModel.query(on: db).filter(\.$userID == userID).sort(\.$createdAt, .descending).all().map(AccessToken.init)
    }

    /// Signed-in sessions (not those waiting for the second factor), most recently seen first.
    func sessions(of userID: UUID) async throws -> [Session] {
        try await SessionModel.query(on: db).filter(\.$userID == userID)
            .filter(\.$secondFactorPending == false).sort(\.$lastSeenAt, .descending).all().map {
                Session(id: $0.id, publicID: $0.publicID, createdAt: $0.createdAt, lastSeenAt: $0.lastSeenAt, ip: $0.ip, userAgent: $0.userAgent)
            }
    }

    func unusedRecoveryCodes(of userID: UUID) async throws -> Int {
        try await RecoveryCodeModel.query(on: db).filter(\.$userID == userID).filter(\.$usedAt == nil).count()
    }

    /// The people linked to a company, in the database's order.
    func representatives(of companyID: UUID) async throws -> [Representative] {
        let links = try await RepresentativeModel.query(on: db).filter(\.$companyID == companyID).all()
        guard !links.isEmpty else { return [] }
        let users = try await UserModel.query(on: db).filter(\.$id ~~ links.map(\.userID)).all()
        return links.compactMap { link in
            users.first { $0.id == link.userID }.map {
                Representative(id: link.id!, firstName: $0.firstName, lastName: $0.lastName, role: link.role)
            }
        }
    }
}
