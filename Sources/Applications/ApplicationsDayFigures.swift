import FluentKit
import Foundation
import PortalHTTP

/// What Applications publishes for accountability, one Baku calendar day at a time, read on the
/// caller's database (the Accountability job reads nothing else of this module).
extension ApplicationsStatistics {
    /// Where a case belongs: the agency that handles it, the territorial unit, the service.
    public struct Place: Sendable, Hashable {
        public var agencyID: UUID
        public var unitCode: String?
        public var serviceCode: String
    }

    /// A case closed by the agency (completed with its result, or rejected) on the day.
    public struct ClosedCase: Sendable {
        public var place: Place
        /// Working days from receipt to closing, less the days the clock stood paused for the citizen.
        public var workingDays: Int
        /// Closed on or before its legal due day (extensions and paused days included).
        public var onTime: Bool
    }

    public struct Day: Sendable {
        /// Cases the agency received (the legal clock started) on the day.
        public var received: [Place] = []
        public var closed: [ClosedCase] = []
        /// Ratings (1–5) citizens gave on the day.
        public var ratings: [(place: Place, rating: Int)] = []
    }

    /// The day's figures. Closing is the status event to `completed` or `rejected` in the day; its
    /// processing time is counted with `calendar` from the day after receipt (as the deadline is).
    public static func day(_ day: LocalDate, calendar: WorkingDayCalendar, on db: any Database) async throws -> Day {
        guard let start = day.startOfDay(), let end = day.adding(days: 1).startOfDay() else { return Day() }
        var result = Day()
        result.received = try await CaseModel.query(on: db).filter(\.$receivedOn == day.iso)
            .field(\.$id).field(\.$agencyID).field(\.$unitCode).field(\.$serviceCode).all().map(place)
        let closings = try await CaseEventModel.query(on: db).filter(\.$kind == .status).filter(\.$toStatus ~~ [CaseStatus?.some(.completed), .some(.rejected)])
            .filter(\.$at >= start).filter(\.$at < end).all()
        let closedCases = try await cases(closings.map(\.caseID), on: db)
        for event in closings {
            guard let model = closedCases[event.caseID], let deadline = model.deadline else { continue }
            let closedOn = LocalDate(event.at)
            let days = max(0, calendar.workingDays(from: deadline.received, to: closedOn) - deadline.pausedDays)
            result.closed.append(ClosedCase(place: place(model), workingDays: days, onTime: closedOn <= deadline.due(calendar)))
        }
        let ratings = try await CaseEventModel.query(on: db).filter(\.$kind == .rating).filter(\.$at >= start).filter(\.$at < end).all()
        let ratedCases = try await cases(ratings.map(\.caseID), on: db)
        for event in ratings {
            guard let model = ratedCases[event.caseID], let rating = model.rating else { continue }
            result.ratings.append((place(model), rating))
        }
        return result
    }

    /// The first day any case was received (where a first computation starts), or nil.
    public static func firstReceivedDay(on db: any Database) async throws -> LocalDate? {
        try await CaseModel.query(on: db).filter(\.$receivedOn != nil).sort(\.$receivedOn).field(\.$id).field(\.$receivedOn).first()?
            .receivedOn.flatMap(LocalDate.init(iso:))
    }

    /// A case past its legal due day and still open at the agency (not paused for the citizen).
    public struct OverdueCase: Sendable {
        public var id: UUID
        public var number: String
        public var place: Place
        public var assigneeID: UUID?
        public var dueOn: LocalDate
        /// Working days past the due day up to `today`.
        public var workingDaysLate: Int
    }

    /// The agency's overdue cases on `today`, in `units` when given (a head scoped to one unit).
    public static func overdue(agencyID: UUID, units: Set<String>?, today: LocalDate, calendar: WorkingDayCalendar,
                               on db: any Database) async throws -> [OverdueCase] {
        var query = CaseModel.query(on: db).filter(\.$agencyID == agencyID).filter(\.$status ~~ [CaseStatus.received, .inReview, .approved])
            .filter(\.$pausedSince == nil).filter(\.$dueOn < today.iso)
        if let units { query = query.filter(\.$unitCode ~~ units.sorted().map { Optional($0) }) }
        return try await query.sort(\.$dueOn).all().compactMap { model -> OverdueCase? in
            guard let number = model.number, let due = model.deadline?.due(calendar), due < today else { return nil }
            return OverdueCase(id: try model.requireID(), number: number, place: place(model), assigneeID: model.assigneeID, dueOn: due,
                               workingDaysLate: calendar.workingDays(from: due, to: today))
        }
    }

    private static func cases(_ ids: [UUID], on db: any Database) async throws -> [UUID: CaseModel] {
        guard !ids.isEmpty else { return [:] }
        var found: [UUID: CaseModel] = [:]
        for model in try await CaseModel.query(on: db).filter(\.$id ~~ Array(Set(ids))).all() { found[model.id!] = model }
        return found
    }

    private static func place(_ model: CaseModel) -> Place {
        Place(agencyID: model.agencyID, unitCode: model.unitCode, serviceCode: model.serviceCode)
    }
}
