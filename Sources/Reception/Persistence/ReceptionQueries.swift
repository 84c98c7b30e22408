import Fluent
import PortalHTTP

/// An official who receives citizens, as the pages and the API read them.
struct ReceptionOfficial: Sendable {
    var id: UUID
    var agencyID: UUID
    var unitCode: String
    var fullName: String
    /// `head`, `deputy_head` or `official`.
    var position: String
    var topics: [ReceptionTopic]
    var room: String
    var address: String
    /// `in_person` or `video`.
    var mode: String

    init(_ model: ReceptionOfficialModel) throws {
        id = try model.requireID()
        agencyID = model.agencyID
        unitCode = model.unitCode
        fullName = model.fullName
        position = model.position
        topics = model.topicList
        room = model.room
        address = model.address
        mode = model.mode
    }
}

/// One step of a booking's history, oldest first.
struct BookingStep: Sendable {
    var at: Date
    var kind: TimelineKind
    var note: String?
}

/// A citizen's booking in the cabinet's list, with the official's name.
struct CitizenBookingEntry: Sendable {
    var number: String
    var startsAt: Date
    var slotMinutes: Int
    var status: BookingStatus
    var officialName: String
}

/// A follow-up case as the citizen and the office read it.
struct FollowUpEntry: Sendable {
    var id: UUID
    var agencyID: UUID
    var unitCode: String
    var assignedTo: String
    /// `YYYY-MM-DD`.
    var dueOn: String
    var status: FollowUpStatus
    var resolution: String?
    var bookingNumber: String
    var citizenName: String
}

/// A booking in the office's list of a day.
struct DayBooking: Sendable {
    var number: String
    var startsAt: Date
    var citizenName: String
    /// A `ReceptionTopic` raw value.
    var topic: String
    var status: BookingStatus
}

/// The reads of reception that pages and the API share (writes are the use cases'): one function for
/// each, so the web and API folders hold no query of their own for them.
struct ReceptionQueries {
    let db: any Database

    /// Active officials, by unit and name; only those of `unit` and receiving on `topic` when given.
    func officials(unit: String?, topic: ReceptionTopic?) async throws -> [ReceptionOfficial] {
        var query = ReceptionOfficialModel.query(on: db).filter(\.$active == true)
        if let unit { query = query.filter(\.$unitCode == unit) }
        return try await query.sort(\.$unitCode).sort(\.$fullName).all()
            .filter { topic == nil || $0.topicList.contains(topic!) }.map(ReceptionOfficial.init)
    }

    /// An official by id, active or not (a booking keeps its official).
    func official(_ id: UUID) async throws -> ReceptionOfficial? {
        try await ReceptionOfficialModel.find(id, on: db).map(ReceptionOfficial.init)
    }

    /// An agency's official by full name (the operator's command line names officials so).
    func official(agency agencyID: UUID, named name: String) async throws -> ReceptionOfficial? {
        try await ReceptionOfficialModel.query(on: db).filter(\.$agencyID == agencyID).filter(\.$fullName == name).first()
            .map(ReceptionOfficial.init)
    }

    /// A page of the citizen's bookings, newest first, and how many there are in all.
    func bookings(ofCitizen citizenID: UUID, offset: Int, limit: Int) async throws -> (page: [BookingModel], total: Int) {
        let query = BookingModel.query(on: db).filter(\.$citizenID == citizenID)
        let total = try await query.count()
        return (try await query.sort(\.$startsAt, .descending).offset(offset).limit(limit).all(), total)
    }

    /// The citizen's latest `limit` bookings, newest first, with their officials' names.
    func bookings(ofCitizen citizenID: UUID, limit: Int) async throws -> [CitizenBookingEntry] {
        let bookings = try await BookingModel.query(on: db).filter(\.$citizenID == citizenID).sort(\.$startsAt, .descending).limit(limit).all()
        let ids = Array(Set(bookings.map(\.officialID)))
        var names: [UUID: String] = [:]
        if !ids.isEmpty {
            for o in try await ReceptionOfficialModel.query(on: db).filter(\.$id ~~ ids).all() { names[try o.requireID()] = o.fullName }
        }
        return bookings.map {
            CitizenBookingEntry(number: $0.number, startsAt: $0.startsAt, slotMinutes: $0.slotMinutes, status: $0.status,
                                officialName: names[$0.officialID] ?? "")
        }
    }

    /// The follow-up case opened at a booking, if any.
    func followUp(ofBooking booking: BookingModel) async throws -> FollowUpEntry? {
        try await FollowUpModel.query(on: db).filter(\.$bookingID == booking.requireID()).first().map { try entry($0, booking) }
    }

    /// Open follow-up cases of `agencies`, by due date.
    func openFollowUps(agencies: [UUID]) async throws -> [FollowUpEntry] {
        guard !agencies.isEmpty else { return [] }
        var entries: [FollowUpEntry] = []
        for f in try await FollowUpModel.query(on: db).filter(\.$agencyID ~~ agencies).filter(\.$status == .open).sort(\.$dueOn).all() {
            guard let booking = try await BookingModel.find(f.bookingID, on: db) else { continue }
            entries.append(try entry(f, booking))
        }
        return entries
    }

    private func entry(_ f: FollowUpModel, _ booking: BookingModel) throws -> FollowUpEntry {
        FollowUpEntry(id: try f.requireID(), agencyID: f.agencyID, unitCode: f.unitCode, assignedTo: f.assignedTo, dueOn: f.dueOn,
                      status: f.status, resolution: f.resolution, bookingNumber: booking.number, citizenName: booking.citizenName)
    }

    /// The bookings of an official that start in `from..<to` and are not cancelled, by time.
    func bookings(ofOfficial officialID: UUID, from: Date, to: Date) async throws -> [DayBooking] {
        try await BookingModel.query(on: db).filter(\.$officialID == officialID).filter(\.$startsAt >= from)
            .filter(\.$startsAt < to).filter(\.$status != .cancelled).sort(\.$startsAt).all()
            .map { DayBooking(number: $0.number, startsAt: $0.startsAt, citizenName: $0.citizenName, topic: $0.topic, status: $0.status) }
    }

    /// Tickets still waiting on `day`, counted per official (walk-ins for no one in particular under nil).
    func waitingTickets(on day: LocalDate) async throws -> [UUID?: Int] {
        var counts: [UUID?: Int] = [:]
        for ticket in try await TicketModel.query(on: db).filter(\.$day == day.iso).filter(\.$status == .waiting).all() {
            counts[ticket.officialID, default: 0] += 1
        }
        return counts
    }

    /// A booking's history, oldest first.
    func timeline(of bookingID: UUID) async throws -> [BookingStep] {
        try await TimelineModel.query(on: db).filter(\.$bookingID == bookingID).sort(\.$at).all()
            .map { BookingStep(at: $0.at, kind: $0.kind, note: $0.note) }
    }
}
