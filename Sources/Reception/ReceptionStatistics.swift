import Fluent
import PortalHTTP

/// Accountability figures per official, authority and region: bookings, cancellations, no-shows,
/// walk-ins, average wait at the office (check-in to call), follow-ups overdue.
public struct ReceptionStatistics {
    struct Row: Sendable, Codable {
        var unitCode: String
        var agencyID: UUID
        var officialID: UUID?
        var officialName: String
        var bookings = 0
        var cancellations = 0
        var noShows = 0
        var seen = 0
        var walkIns = 0
        var averageWaitMinutes: Double?
        var followUpsOpen = 0
        var followUpsOverdue = 0
        var averageRating: Double?
    }

    let db: any Database
    let today: LocalDate

    func rows() async throws -> [Row] {
        let officials = try await ReceptionOfficialModel.query(on: db).all()
        var rows: [UUID: Row] = [:]
        for o in officials { rows[o.id!] = Row(unitCode: o.unitCode, agencyID: o.agencyID, officialID: o.id, officialName: o.fullName) }
        var waits: [UUID: [Double]] = [:]
        var ratings: [UUID: [Int]] = [:]
        for b in try await BookingModel.query(on: db).all() {
            guard var row = rows[b.officialID] else { continue }
            switch b.status {
            case .cancelled: if b.cancelledBy != .system { row.cancellations += 1 }
            case .noShow: row.noShows += 1
            case .seen: row.seen += 1
            default: break
            }
            if b.status != .held && !(b.status == .cancelled && b.cancelledBy == .system) { row.bookings += 1 }
            if let checked = b.checkedInAt, let called = b.calledAt { waits[b.officialID, default: []].append(called.timeIntervalSince(checked) / 60) }
            if let rating = b.rating { ratings[b.officialID, default: []].append(rating) }
            rows[b.officialID] = row
        }
        for t in try await TicketModel.query(on: db).filter(\.$walkInName != nil).all() {
            guard let id = t.officialID, var row = rows[id] else { continue }
            row.walkIns += 1
            if let called = t.calledAt { waits[id, default: []].append(called.timeIntervalSince(t.issuedAt) / 60) }
            rows[id] = row
        }
        let bookingOfficial = Dictionary(uniqueKeysWithValues: try await BookingModel.query(on: db).filter(\.$outcome == .followUp)
            .field(\.$id).field(\.$officialID).all().map { ($0.id!, $0.officialID) })
        for f in try await FollowUpModel.query(on: db).filter(\.$status == .open).all() {
            guard let id = bookingOfficial[f.bookingID], var row = rows[id] else { continue }
            row.followUpsOpen += 1
            if let due = LocalDate(iso: f.dueOn), due < today { row.followUpsOverdue += 1 }
            rows[id] = row
        }
        for (id, list) in waits where !list.isEmpty { rows[id]?.averageWaitMinutes = (list.reduce(0, +) / Double(list.count) * 10).rounded() / 10 }
        for (id, list) in ratings where !list.isEmpty { rows[id]?.averageRating = (Double(list.reduce(0, +)) / Double(list.count) * 10).rounded() / 10 }
        return rows.values.sorted { ($0.unitCode, $0.officialName) < ($1.unitCode, $1.officialName) }
    }

    /// The module's published figures: per official, and summed per agency and per region.
    func stats() async throws -> [Stat] {
        let rows = try await rows()
        var stats: [Stat] = []
        func add(_ dims: [String: String], _ r: [Row]) {
            let pairs: [(String, Int)] = [("bookings", r.reduce(0) { $0 + $1.bookings }), ("cancellations", r.reduce(0) { $0 + $1.cancellations }),
                                          ("no_shows", r.reduce(0) { $0 + $1.noShows }), ("walk_ins", r.reduce(0) { $0 + $1.walkIns }),
                                          ("seen", r.reduce(0) { $0 + $1.seen }), ("follow_ups_overdue", r.reduce(0) { $0 + $1.followUpsOverdue })]
            for (key, value) in pairs { stats.append(Stat(key: "reception." + key, value: Int64(value), dimensions: dims)) }
            let waits = r.compactMap(\.averageWaitMinutes)
            if !waits.isEmpty {
                stats.append(Stat(key: "reception.average_wait_seconds", value: Int64(waits.reduce(0, +) / Double(waits.count) * 60), dimensions: dims))
            }
        }
        add([:], rows)
        for (unit, r) in Dictionary(grouping: rows, by: \.unitCode) { add(["region": unit], r) }
        for (agency, r) in Dictionary(grouping: rows, by: \.agencyID) { add(["agency": agency.uuidString], r) }
        for r in rows { if let id = r.officialID { add(["official": id.uuidString], [r]) } }
        return stats
    }

    static func csv(_ rows: [Row], agencyCodes: [UUID: String]) -> String {
        CSV.render([["region", "agency", "official", "bookings", "cancellations", "no_shows", "seen", "walk_ins", "average_wait_minutes",
                     "follow_ups_open", "follow_ups_overdue", "average_rating"]]
            + rows.map { r in
                [r.unitCode, agencyCodes[r.agencyID] ?? "", r.officialName, String(r.bookings), String(r.cancellations), String(r.noShows),
                 String(r.seen), String(r.walkIns), r.averageWaitMinutes.map { String($0) } ?? "", String(r.followUpsOpen),
                 String(r.followUpsOverdue), r.averageRating.map { String($0) } ?? ""]
            })
    }
}
