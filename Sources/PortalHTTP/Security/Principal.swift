import PortalCore
import Vapor

/// The signed-in person behind a request, resolved by the Identity module from the session cookie or
/// a personal access token.
public struct Principal: Sendable {
    public enum Channel: Sendable, Equatable {
        case session(hash: String)
        case accessToken(id: UUID, scopes: Set<String>)
    }

    public var userID: UUID
    public var fin: FIN
    public var firstName: String
    public var lastName: String
    public var roles: [RoleAssignment]
    public var channel: Channel
    /// The second factor was verified in this session; for a token, in the session that made it (stored
    /// on the token, never assumed from the account).
    public var secondFactorVerified: Bool
    public var totpEnabled: Bool
    /// The company this person currently acts for, if any.
    public var actingFor: CompanyContext?
    public var companies: [CompanyContext]
    /// When the password was last confirmed in this session (for sensitive changes).
    public var reauthenticatedAt: Date?

    public init(userID: UUID, fin: FIN, firstName: String, lastName: String, roles: [RoleAssignment], channel: Channel,
                secondFactorVerified: Bool, totpEnabled: Bool, actingFor: CompanyContext? = nil,
                companies: [CompanyContext] = [], reauthenticatedAt: Date? = nil) {
        self.userID = userID
        self.fin = fin
        self.firstName = firstName
        self.lastName = lastName
        self.roles = roles
        self.channel = channel
        self.secondFactorVerified = secondFactorVerified
        self.totpEnabled = totpEnabled
        self.actingFor = actingFor
        self.companies = companies
        self.reauthenticatedAt = reauthenticatedAt
    }

    public var displayName: String { "\(firstName) \(lastName)" }
    public var isOfficial: Bool { roles.contains { $0.role != .platformAdmin } }
    public var isPlatformAdmin: Bool { roles.contains { $0.role == .platformAdmin } }
    public var hasOfficeAccess: Bool { !roles.isEmpty }

    public var sessionHash: String? {
        if case .session(let hash) = channel { return hash }
        return nil
    }

    /// The token's scopes; nil for a session.
    public var grantedScopes: Set<String>? {
        if case .accessToken(_, let scopes) = channel { return scopes }
        return nil
    }

    public var tokenID: UUID? {
        if case .accessToken(let id, _) = channel { return id }
        return nil
    }

    /// Whether a token-authenticated request may use `scope`; sessions may use everything their roles allow.
    /// An office scope counts only on a token made after the second factor (`Request.requireOfficeToken`
    /// says which of the two was missing).
    public func allows(scope: String) -> Bool {
        switch channel {
        case .session: return true
        case .accessToken(_, let scopes): return scopes.contains(scope) && (secondFactorVerified || !TokenScopes.office.contains(scope))
        }
    }

    /// The actor for audit entries when this person acts for themselves (or their company).
    public func auditActor(ip: String?) -> AuditActor {
        AuditActor(kind: isPlatformAdmin ? .admin : .citizen, userID: userID, ip: ip)
    }

    /// The actor for audit entries when this person acts as an official of `agencyID`.
    public func officialActor(agencyID: UUID?, ip: String?) -> AuditActor {
        AuditActor(kind: agencyID == nil ? .admin : .official, userID: userID, agencyID: agencyID, ip: ip)
    }
}

/// A company a person may act for.
public struct CompanyContext: Sendable, Codable, Hashable {
    public var id: UUID
    public var voen: String
    public var name: String
    public var role: String

    public init(id: UUID, voen: String, name: String, role: String) {
        self.id = id
        self.voen = voen
        self.name = name
        self.role = role
    }
}

struct PrincipalKey: StorageKey { typealias Value = Principal }

extension Request {
    public var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The signed-in person, or 401 (HTML routes redirect to sign-in before reaching here).
    public func requirePrincipal() throws -> Principal {
        guard let principal else { throw AuthenticationRequired() }
        return principal
    }

    /// The assignments that give the signed-in person `permission`; 403 when there are none.
    public func require(_ permission: Permission) throws -> [RoleAssignment] {
        let principal = try requirePrincipal()
        let assignments = portal.permissions.assignments(of: principal, granting: permission)
        guard !assignments.isEmpty else { throw Abort(.forbidden) }
        return assignments
    }
}

/// 401 with the Bearer challenge (RFC 6750); HTML routes redirect to sign-in before this can happen.
public struct AuthenticationRequired: AbortError {
    public init() {}
    public var status: HTTPResponseStatus { .unauthorized }
    public var reason: String { "authentication required" }
    public var headers: HTTPHeaders { ["WWW-Authenticate": "Bearer"] }
}
