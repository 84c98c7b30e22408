import PortalCore
import Vapor

/// A named permission (`identity.officials.manage`). Deny by default: a role holds a permission only
/// when a module grants it here; object-level checks (same agency, same region) stay in the use cases.
public struct Permission: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }
}

public struct PermissionGrant: Sendable {
    public var permission: Permission
    public var roles: Set<OfficialRole>

    public init(_ permission: Permission, to roles: Set<OfficialRole>) {
        self.permission = permission
        self.roles = roles
    }
}

/// All grants of all modules, built once at start-up.
public struct PermissionTable: Sendable {
    private var grants: [Permission: Set<OfficialRole>] = [:]

    public init(_ grants: [PermissionGrant]) {
        for grant in grants { self.grants[grant.permission, default: []].formUnion(grant.roles) }
    }

    public func roles(holding permission: Permission) -> Set<OfficialRole> { grants[permission] ?? [] }
    public var permissions: [Permission] { grants.keys.sorted { $0.name < $1.name } }

    /// The assignments of `principal` that carry `permission` (empty means: not allowed).
    public func assignments(of principal: Principal, granting permission: Permission) -> [RoleAssignment] {
        let roles = roles(holding: permission)
        return principal.roles.filter { roles.contains($0.role) }
    }
}
