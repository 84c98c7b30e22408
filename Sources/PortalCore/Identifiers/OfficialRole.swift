import Foundation

/// Roles of people who work in the portal's back office. Citizens need no role.
public enum OfficialRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Works cases and receptions of their agency.
    case operator_ = "operator"
    /// Reviews and decides.
    case reviewer
    /// Heads the agency (or its regional unit): approves, sees overdue lists.
    case head
    /// Manages the agency's officials and registry entries.
    case agencyAdmin = "agency_admin"
    /// Runs the platform; created only with the CLI.
    case platformAdmin = "platform_admin"

    /// The order of authority used when roles are granted (docs/security.md): operator < reviewer <
    /// agency administrator < head < platform administrator. Nobody grants or revokes a role above
    /// their own; the agency administrator sits below the head, so appointing cannot reach the head's
    /// decisions (approving refunds, overdue lists) without the head or the platform administrator.
    public var authority: Int {
        switch self {
        case .operator_: return 1
        case .reviewer: return 2
        case .agencyAdmin: return 3
        case .head: return 4
        case .platformAdmin: return 5
        }
    }

    public static func < (l: OfficialRole, r: OfficialRole) -> Bool { l.authority < r.authority }
}

/// One role of one person, scoped to an agency and optionally a territorial unit.
public struct RoleAssignment: Sendable, Codable, Hashable {
    public var role: OfficialRole
    /// Nil only for the platform administrator.
    public var agencyID: UUID?
    /// ISO 3166-2 code (`AZ-QBA`) when the role is limited to one unit.
    public var territorialUnitCode: String?

    public init(role: OfficialRole, agencyID: UUID?, territorialUnitCode: String? = nil) {
        self.role = role
        self.agencyID = agencyID
        self.territorialUnitCode = territorialUnitCode
    }
}
