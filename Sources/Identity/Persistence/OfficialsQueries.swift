import Fluent
import Foundation
import PortalCore

/// What the officials page reads: the role assignments and the open role-change proposals of the
/// agencies one manages (nil: every agency).
struct OfficialsQueries {
    let db: any Database

    struct Assignment: Sendable {
        let role: RoleModel
        let user: UserModel
    }

    struct Proposal: Sendable {
        let request: RoleChangeRequestModel
        let proposer: UserModel?
    }

    func assignments(in agencies: Set<UUID>?) async throws -> [Assignment] {
        var query = RoleModel.query(on: db).filter(\.$role != OfficialRole.platformAdmin.rawValue)
        if let agencies { query = query.filter(\.$agencyID ~~ agencies.map { Optional($0) }) }
        let roles = try await query.sort(\.$createdAt).limit(500).all()
        let users = try await self.users(Set(roles.map(\.userID)))
        return roles.compactMap { role in users[role.userID].map { Assignment(role: role, user: $0) } }
    }

    func pending(in agencies: Set<UUID>?) async throws -> [Proposal] {
        var query = RoleChangeRequestModel.query(on: db).filter(\.$status == RoleChangeRequestModel.Status.pending.rawValue)
        if let agencies { query = query.filter(\.$agencyID ~~ Array(agencies)) }
        let requests = try await query.sort(\.$proposedAt).limit(200).all()
        let users = try await self.users(Set(requests.map(\.proposedBy)))
        return requests.map { Proposal(request: $0, proposer: users[$0.proposedBy]) }
    }

    func users(_ ids: Set<UUID>) async throws -> [UUID: UserModel] {
        guard !ids.isEmpty else { return [:] }
        let users = try await UserModel.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: users.map { ($0.id!, $0) })
    }
}
