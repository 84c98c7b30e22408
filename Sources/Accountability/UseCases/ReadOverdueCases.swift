import Applications
import PortalHTTP

/// A head's view of the agency's cases past their legal deadline, grouped by the official who holds
/// them, in the units the head's role covers (all of them for an agency-wide role). Another agency's
/// head is refused as if the agency had none (404); the read is audited.
struct ReadOverdueCases {
    enum Outcome: Sendable {
        case cases(agency: AgencySummary, units: Set<String>?, byOfficial: [Official])
    }

    struct Official: Sendable {
        /// Nil: cases nobody has taken yet.
        var id: UUID?
        var name: String?
        var cases: [ApplicationsStatistics.OverdueCase]
    }

    struct NotYours: Refusal {
        var problem: APIProblem { .notFound }
    }

    let app: Application
    let principal: Principal
    let ip: String?

    /// The agencies this person heads (the office menu lists them).
    var agencyIDs: [UUID] {
        Array(Set(app.portal.permissions.assignments(of: principal, granting: AccountabilityPermissions.overdue).compactMap(\.agencyID)))
    }

    func run(agencyCode: String) async throws -> Outcome {
        guard let agency = try await app.portal.directory.agency(code: agencyCode) else { throw NotYours() }
        let roles = app.portal.permissions.assignments(of: principal, granting: AccountabilityPermissions.overdue).filter { $0.agencyID == agency.id }
        guard !roles.isEmpty else { throw NotYours() }
        // An agency-wide role sees every unit; unit-scoped roles see theirs.
        let units: Set<String>? = roles.contains { $0.territorialUnitCode == nil } ? nil : Set(roles.compactMap(\.territorialUnitCode))
        let today = LocalDate(app.portal.now())
        let cases = try await ApplicationsStatistics.overdue(agencyID: agency.id, units: units, today: today, calendar: app.portal.calendar, on: app.db)
        let names = try await app.portal.staff.names(of: Set(cases.compactMap(\.assigneeID)), on: app.db)
        let grouped = Dictionary(grouping: cases, by: \.assigneeID).map { Official(id: $0.key, name: $0.key.flatMap { names[$0] }, cases: $0.value) }
            .sorted { ($0.cases.count, $1.name ?? "") > ($1.cases.count, $0.name ?? "") }
        try await app.portal.audit.record(AuditEvent(
            actor: principal.officialActor(agencyID: agency.id, ip: ip), action: "accountability.overdue.read", objectType: "agency",
            objectID: agency.code, details: ["cases": String(cases.count), "units": units.map { $0.sorted().joined(separator: ",") } ?? "all"]), on: app.db)
        return .cases(agency: agency, units: units, byOfficial: grouped)
    }
}
