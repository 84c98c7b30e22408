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
    var mode: ReceptionMode

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

/// A booking as the citizen's cabinet, the office's page and the API read it (the attachment's name,
/// not its bytes).
struct BookingRecord: Sendable {
    var id: UUID
    var number: String
    var citizenName: String
    var citizenFIN: String
    var officialID: UUID
    var agencyID: UUID
    var unitCode: String
    var startsAt: Date
    var slotMinutes: Int
    var status: BookingStatus
    /// A `ReceptionTopic` raw value.
    var topic: String
    var subject: String
    var attachmentName: String?
    var holdExpiresAt: Date?
    var cancelledBy: ReceptionActor?
    var cancelReason: String?
    var outcome: ReceptionOutcome?
    var outcomeNote: String?
    var rating: Int?
    /// The meeting room of a video reception.
    var videoRoom: String?

    init(_ model: BookingModel) throws {
        id = try model.requireID()
        number = model.number
        citizenName = model.citizenName
        citizenFIN = model.citizenFIN
        officialID = model.officialID
        agencyID = model.agencyID
        unitCode = model.unitCode
        startsAt = model.startsAt
        slotMinutes = model.slotMinutes
        status = model.status
        topic = model.topic
        subject = model.subject
        attachmentName = model.attachmentName
        holdExpiresAt = model.holdExpiresAt
        cancelledBy = model.cancelledBy
        cancelReason = model.cancelReason
        outcome = model.outcome
        outcomeNote = model.outcomeNote
        rating = model.rating
        videoRoom = model.videoRoom
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

    /// An official who receives now (active), by id: the one citizens can see and book.
    func activeOfficial(_ id: UUID) async throws -> ReceptionOfficial? {
        guard let official = try await ReceptionOfficialModel.find(id, on: db), official.active else { return nil }
        return try ReceptionOfficial(official)
    }

    /// An agency's official by full name (the operator's command line names officials so).
    func official(agency agencyID: UUID, named name: String) async throws -> ReceptionOfficial? {
        try await ReceptionOfficialModel.query(on: db).filter(\.$agencyID == agencyID).filter(\.$fullName == name).first()
            .map(ReceptionOfficial.init)
    }

    /// A page of the citizen's bookings, newest first, and how many there are in all.
    func bookings(ofCitizen citizenID: UUID, offset: Int, limit: Int) async throws -> (page: [BookingRecord], total: Int) {
        let query = BookingModel.query(on: db).filter(\.$citizenID == citizenID)
        let total = try await query.count()
        return (try await query.sort(\.$startsAt, .descending).offset(offset).limit(limit).all().map(BookingRecord.init), total)
    }

    /// The citizen's own booking by number (lower case, spaces and a missing `R-` are accepted), or nil:
    /// someone else's booking is not found.
    func booking(_ number: String, ofCitizen citizenID: UUID) async throws -> BookingRecord? {
        try await BookingModel.query(on: db).filter(\.$number == BookingNumber.normalise(number))
            .filter(\.$citizenID == citizenID).first().map(BookingRecord.init)
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
    func followUp(ofBooking booking: BookingRecord) async throws -> FollowUpEntry? {
        try await FollowUpModel.query(on: db).filter(\.$bookingID == booking.id).first()
            .map { try entry($0, number: booking.number, citizenName: booking.citizenName) }
    }

    /// Open follow-up cases of `agencies`, by due date.
    func openFollowUps(agencies: [UUID]) async throws -> [FollowUpEntry] {
        guard !agencies.isEmpty else { return [] }
        var entries: [FollowUpEntry] = []
        for f in try await FollowUpModel.query(on: db).filter(\.$agencyID ~~ agencies).filter(\.$status == .open).sort(\.$dueOn).all() {
            guard let booking = try await BookingModel.find(f.bookingID, on: db) else { continue }
            entries.append(try entry(f, number: booking.number, citizenName: booking.citizenName))
        }
        return entries
    }

    private func entry(_ f: FollowUpModel, number: String, citizenName: String) throws -> FollowUpEntry {
        FollowUpEntry(id: try f.requireID(), agencyID: f.agencyID, unitCode: f.unitCode, assignedTo: f.assignedTo, dueOn: f.dueOn,
                      status: f.status, resolution: f.resolution, bookingNumber: number, citizenName: citizenName)
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
