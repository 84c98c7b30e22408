import Foundation
import PortalCore

/// Who may propose or decide a change of office roles, where, and up to which role (the order is
/// `OfficialRole.authority`, written down in docs/security.md). `managing` are the person's
/// assignments that carry the right to manage roles.
struct RoleAuthority: Sendable {
    let managing: [RoleAssignment]

    var isPlatformAdmin: Bool { managing.contains { $0.role == .platformAdmin } }

    /// Agencies in which this person manages roles (nil: every agency, for the platform administrator).
    var agencies: Set<UUID>? { isPlatformAdmin ? nil : Set(managing.compactMap(\.agencyID)) }

    /// The assignments that reach a change in `agency` and `unit`: an agency-wide role reaches every
    /// unit of its agency; a role scoped to a unit reaches only changes in that unit.
    func covering(agency: UUID, unit: String?) -> [RoleAssignment] {
        managing.filter { assignment in
            assignment.role == .platformAdmin
                || (assignment.agencyID == agency && (assignment.territorialUnitCode == nil || assignment.territorialUnitCode == unit))
        }
    }

    /// The highest role this person may grant or revoke in `agency`/`unit`; nil when they may not act there.
    func ceiling(agency: UUID, unit: String?) -> OfficialRole? { covering(agency: agency, unit: unit).map(\.role).max() }

    /// Never the platform administrator's role; never a role above one's own there.
    func mayChange(_ role: OfficialRole, agency: UUID, unit: String?) -> Bool {
        guard role != .platformAdmin, let ceiling = ceiling(agency: agency, unit: unit) else { return false }
        return role <= ceiling
    }
}
