import Foundation
import PortalCore

/// Where an official acts in the payments office, as in the case queue: the agencies of their
/// assignments that carry a permission and, for an assignment scoped to a territorial unit, only that
/// unit. An invoice or fine belongs to the unit recorded on it (`unit_code`: the payer's registered
/// district when it was issued, or the case's region for a state fee); one without a unit is seen only
/// by agency-wide assignments.
public struct OfficeScope: Sendable {
    public let assignments: [RoleAssignment]

    public init(_ assignments: [RoleAssignment]) {
        self.assignments = assignments.filter { $0.agencyID != nil }
    }

    public var isEmpty: Bool { assignments.isEmpty }
    public var agencies: Set<UUID> { Set(assignments.compactMap(\.agencyID)) }

    public func contains(agency: UUID, unit: String?) -> Bool {
        assignments.contains { $0.agencyID == agency && ($0.territorialUnitCode == nil || $0.territorialUnitCode == unit) }
    }

    /// (agency, unit or nil for the whole agency) pairs, for building a query.
    public var parts: [(agency: UUID, unit: String?)] { assignments.map { ($0.agencyID!, $0.territorialUnitCode) } }

    /// The scope merged with another (an official who may ask for and approve refunds sees both).
    public func union(_ other: OfficeScope) -> OfficeScope { OfficeScope(assignments + other.assignments) }
}
