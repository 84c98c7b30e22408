import Fluent
import Foundation
import PortalCore

/// What the officials page reads: the role assignments and the open role-change proposals of the
/// agencies one manages (nil: every agency), as read models.
struct OfficialsQueries {
    let db: any Database

    struct Assignment: Sendable {
        let roleID: UUID
        let role: OfficialRole
        let agencyID: UUID?
        let territorialUnitCode: String?
        let user: Official
    }

    struct Official: Sendable {
        let id: UUID
        let fin: String
        let firstName: String
        let lastName: String
        /// The invitation was taken up: the official set a password.
        let activated: Bool
        let totpEnabled: Bool

        var listName: String { "\(lastName) \(firstName)" }
    }

    struct Proposal: Sendable {
        let id: UUID
        let kind: RoleChangeRequestModel.Kind
        let subjectFIN: String
        let subjectName: String
        let userID: UUID?
        let role: OfficialRole
        let agencyID: UUID
        let territorialUnitCode: String?
        let reason: String?
        let proposedBy: UUID
        let proposedAt: Date
        let proposer: Official?
    }

    func assignments(in agencies: Set<UUID>?) async throws -> [Assignment] {
        var query = RoleModel.query(on: db).filter(\.$role != .platformAdmin)
        if let agencies { query = query.filter(\.$agencyID ~~ agencies.map { Optional($0) }) }
        let roles = try await query.sort(\.$createdAt).limit(500).all()
        let users = try await self.users(Set(roles.map(\.userID)))
        return roles.compactMap { role in
            users[role.userID].map {
                Assignment(roleID: role.id!, role: role.role, agencyID: role.agencyID, territorialUnitCode: role.territorialUnitCode, user: $0)
            }
        }
    }

    func pending(in agencies: Set<UUID>?) async throws -> [Proposal] {
        var query = RoleChangeRequestModel.query(on: db).filter(\.$status == .pending)
        if let agencies { query = query.filter(\.$agencyID ~~ Array(agencies)) }
        let requests = try await query.sort(\.$proposedAt).limit(200).all()
        let users = try await self.users(Set(requests.map(\.proposedBy)))
        return requests.map {
            Proposal(id: $0.id!, kind: $0.kind, subjectFIN: $0.subjectFIN, subjectName: $0.subjectName, userID: $0.userID, role: $0.role,
                     agencyID: $0.agencyID, territorialUnitCode: $0.territorialUnitCode, reason: $0.reason,
                     proposedBy: $0.proposedBy, proposedAt: $0.proposedAt, proposer: users[$0.proposedBy])
        }
    }

    func users(_ ids: Set<UUID>) async throws -> [UUID: Official] {
        guard !ids.isEmpty else { return [:] }
        let users = try await UserModel.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: users.map {
            ($0.id!, Official(id: $0.id!, fin: $0.fin, firstName: $0.firstName, lastName: $0.lastName,
                              activated: $0.passwordHash != nil, totpEnabled: $0.totpEnabled))
        })
    }
}
