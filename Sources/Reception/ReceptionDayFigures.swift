import Fluent
import PortalHTTP

/// What Reception publishes for accountability, one Baku calendar day at a time, read on the caller's
/// database.
extension ReceptionStatistics {
    public struct Place: Sendable, Hashable {
        public var agencyID: UUID
        public var unitCode: String
    }

    public struct Day: Sendable {
        /// Receptions held on the day: booked visitors seen, and walk-ins served.
        public var held: [Place] = []
        /// Booked receptions of the day the citizen did not come to.
        public var noShows: [Place] = []
        /// Follow-ups closed on the day, and whether on or before their due day.
        public var followUpsClosed: [(place: Place, onTime: Bool)] = []
        /// Ratings (1–5) of the receptions held on the day.
        public var ratings: [(place: Place, rating: Int)] = []
    }

    public static func day(_ day: LocalDate, on db: any Database) async throws -> Day {
        guard let start = day.startOfDay(), let end = day.adding(days: 1).startOfDay() else { return Day() }
        var result = Day()
        for b in try await BookingModel.query(on: db).filter(\.$status == .seen).filter(\.$seenAt >= start).filter(\.$seenAt < end).all() {
            let place = Place(agencyID: b.agencyID, unitCode: b.unitCode)
            result.held.append(place)
            if let rating = b.rating { result.ratings.append((place, rating)) }
        }
        for t in try await TicketModel.query(on: db).filter(\.$walkInName != nil).filter(\.$status == .done)
            .filter(\.$finishedAt >= start).filter(\.$finishedAt < end).all() {
            result.held.append(Place(agencyID: t.agencyID, unitCode: t.unitCode))
        }
        result.noShows = try await BookingModel.query(on: db).filter(\.$status == .noShow).filter(\.$startsAt >= start).filter(\.$startsAt < end)
            .all().map { Place(agencyID: $0.agencyID, unitCode: $0.unitCode) }
        for f in try await FollowUpModel.query(on: db).filter(\.$status == .closed).filter(\.$closedAt >= start).filter(\.$closedAt < end).all() {
            let onTime = LocalDate(iso: f.dueOn).map { day <= $0 } ?? false
            result.followUpsClosed.append((Place(agencyID: f.agencyID, unitCode: f.unitCode), onTime))
        }
        return result
    }
}
