import Fluent
import PortalHTTP

/// The waiting room's display: who is being served, the next numbers, and an estimated wait from
/// today's real service times (the slot length until the first citizen has been seen).
public struct QueueBoard: Sendable, Codable {
    public struct Serving: Sendable, Codable {
        public var ticket: Int
        public var official: String
        public var room: String
    }

    public var agencyCode: String
    public var day: String
    public var nowServing: [Serving]
    public var next: [Int]
    public var waiting: Int
    public var estimatedWaitMinutes: Int
    public var updatedAt: Date

    static func load(agencyID: UUID, agencyCode: String, app: Application) async throws -> QueueBoard {
        let now = app.portal.now()
        let day = LocalDate(now).iso
        let tickets = try await TicketModel.query(on: app.db).filter(\.$agencyID == agencyID).filter(\.$day == day).sort(\.$ticketNo).all()
        let officialIDs = Array(Set(tickets.compactMap(\.officialID)))
        var officials: [UUID: ReceptionOfficialModel] = [:]
        if !officialIDs.isEmpty {
            for o in try await ReceptionOfficialModel.query(on: app.db).filter(\.$id ~~ officialIDs).all() { officials[o.id!] = o }
        }
        let serving = tickets.filter { $0.status == .called }.map {
            Serving(ticket: $0.ticketNo, official: $0.officialID.flatMap { officials[$0]?.fullName } ?? "", room: $0.officialID.flatMap { officials[$0]?.room } ?? "")
        }
        let waiting = tickets.filter { $0.status == .waiting }
        let served = tickets.compactMap { t -> TimeInterval? in
            guard t.status == .done, let called = t.calledAt, let finished = t.finishedAt else { return nil }
            return finished.timeIntervalSince(called)
        }
        let averageMinutes = served.isEmpty ? 15.0 : served.reduce(0, +) / Double(served.count) / 60
        let desks = max(1, Set(tickets.filter { $0.status == .called || $0.status == .waiting }.compactMap(\.officialID)).count)
        return QueueBoard(agencyCode: agencyCode, day: day, nowServing: serving, next: waiting.prefix(8).map(\.ticketNo), waiting: waiting.count,
                          estimatedWaitMinutes: Int((Double(waiting.count) * averageMinutes / Double(desks)).rounded(.up)), updatedAt: now)
    }
}
