import Fluent
import PortalDB
import PortalHTTP

/// Why a booking, change or hold was refused; each has a message `reception.refusal.<raw value>`.
public enum ReceptionRefusal: String, Sendable, Codable, Error {
    case unknownOfficial = "unknown_official"
    case otherRegion = "other_region"
    case outsideSchedule = "outside_schedule"
    case inPast = "in_past"
    case outsideWindow = "outside_window"
    case slotTaken = "slot_taken"
    case tooManyActive = "too_many_active"
    case onePerWeek = "one_per_week"
    case invalidSubject = "invalid_subject"
    case invalidTopic = "invalid_topic"
    case pastCutoff = "past_cutoff"
    case notChangeable = "not_changeable"
    case alreadyWaiting = "already_waiting"

    public var messageKey: String { "reception.refusal." + rawValue }
}

/// A request that could not be met, with the nearest slots that can.
public struct Refused: Error, Sendable {
    public var reason: ReceptionRefusal
    public var alternatives: [SlotTime]
}

/// What the citizen asks for.
public struct BookingRequest: Sendable {
    public var officialID: UUID
    public var start: Date
    public var topic: String
    public var subject: String
    public var attachmentName: String?
    public var attachment: Data?

    public init(officialID: UUID, start: Date, topic: String, subject: String, attachmentName: String? = nil, attachment: Data? = nil) {
        self.officialID = officialID
        self.start = start
        self.topic = topic
        self.subject = subject
        self.attachmentName = attachmentName
        self.attachment = attachment
    }
}

/// Books a place in a slot. The free place is chosen inside a write transaction, and the partial
/// unique index on (official, start, place) refuses a second booking of the same place even if two
/// writers chose it at once (PostgreSQL); the loser retries, sees the slot full and is told so.
public struct BookReception {
    public enum Outcome: Sendable {
        case booked(number: String)
        case refused(Refused)
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ request: BookingRequest, citizen: Principal, ip: String?) async throws -> Outcome {
        let schedule = app.receptionSchedule
        let db = app.db
        guard let official = try await schedule.official(request.officialID, on: db) else {
            return .refused(Refused(reason: .unknownOfficial, alternatives: []))
        }
        func refuse(_ reason: ReceptionRefusal) async throws -> Outcome {
            var alternatives: [SlotTime] = []
            if reason != .otherRegion {
                alternatives = try await schedule.nearestFree(officialID: official.id!, to: request.start, excluding: request.start, on: db)
            }
            return .refused(Refused(reason: reason, alternatives: alternatives))
        }
        if let reason = try await regionProblem(official: official, citizen: citizen) { return try await refuse(reason) }
        let subject = request.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...2_000).contains(subject.count) else { return try await refuse(.invalidSubject) }
        guard let topic = ReceptionTopic(rawValue: request.topic), topic == .other || official.topicList.contains(topic) else {
            return try await refuse(.invalidTopic)
        }
        let now = app.portal.now()
        guard let slot = try await schedule.calculator(for: official.id!, on: db).slot(startingAt: request.start) else {
            return try await refuse(.outsideSchedule)
        }
        if slot.start <= now { return try await refuse(.inPast) }
        if !schedule.window.contains(slot, now: now) { return try await refuse(.outsideWindow) }

        let booking = BookingModel()
        booking.citizenID = citizen.userID
        booking.citizenFIN = citizen.fin.value
        booking.citizenName = citizen.displayName
        booking.officialID = official.id!
        booking.agencyID = official.agencyID
        booking.unitCode = official.unitCode
        booking.topic = topic.rawValue
        booking.subject = subject
        booking.attachmentName = request.attachmentName
        booking.attachment = request.attachment
        booking.status = .booked
        let actor = AuditActor(kind: .citizen, userID: citizen.userID, ip: ip)
        switch try await PlaceBooking(app: app).place(booking, in: slot, timeline: .booked, actor: actor, auditAction: "reception.booking.created") {
        case .placed: return .booked(number: booking.number)
        case .refused(let reason): return try await refuse(reason)
        }
    }

    /// A local executive authority receives the residents of its own unit; central agencies anyone.
    func regionProblem(official: ReceptionOfficialModel, citizen: Principal) async throws -> ReceptionRefusal? {
        guard let agency = try await app.portal.directory.agency(id: official.agencyID), agency.isLocalExecutive else { return nil }
        let person = try await app.portal.registryLookup.person(fin: citizen.fin)
        return person?.territorialUnitCode == official.unitCode ? nil : .otherRegion
    }
}

/// The one place where a booking row takes a place in a slot (new booking, waitlist hold, reschedule).
struct PlaceBooking {
    enum Result { case placed, refused(ReceptionRefusal) }

    let app: Application
    static let attempts = 4

    /// Inserts (or, for an existing row, moves) `booking` into `slot`, checking the citizen's limits.
    func place(_ booking: BookingModel, in slot: SlotTime, timeline: TimelineKind, actor: AuditActor, auditAction: String,
               note: String? = nil, on outer: (any Database)? = nil) async throws -> Result {
        let settings = app.reception.settings
        let moving = booking.id != nil
        let previous = moving ? booking.startsAt : nil
        for attempt in 1...Self.attempts {
            do {
                return try await (outer ?? app.db).writeTransaction { db -> Result in
                    let now = app.portal.now()
                    try await lockCitizen(booking.citizenID, on: db)
                    var active = BookingModel.query(on: db).filter(\.$citizenID == booking.citizenID)
                        .filter(\.$status ~~ BookingStatus.allCases.filter(\.isActive)).filter(\.$startsAt > now)
                    if let id = booking.id { active = active.filter(\.$id != id) }
                    if try await active.count() >= settings.maxActiveBookings { return .refused(.tooManyActive) }
                    let week = ISOWeek.key(slot.day)
                    var sameWeek = BookingModel.query(on: db).filter(\.$citizenID == booking.citizenID)
                        .filter(\.$officialID == booking.officialID).filter(\.$weekKey == week)
                        .filter(\.$status != .cancelled)
                    if let id = booking.id { sameWeek = sameWeek.filter(\.$id != id) }
                    // The week's places are numbered like a slot's: the first free one, and the partial
                    // unique index on (citizen, official, week, place) refuses a parallel writer that
                    // picked the same number.
                    let weekTaken = Set(try await sameWeek.field(\.$weekSeq).all().map(\.weekSeq))
                    guard weekTaken.count < settings.maxPerOfficialPerWeek,
                          let weekSeq = (1...settings.maxPerOfficialPerWeek).first(where: { !weekTaken.contains($0) }) else { return .refused(.onePerWeek) }
                    let taken = Set(try await BookingModel.query(on: db).filter(\.$officialID == booking.officialID)
                        .filter(\.$startsAt == slot.start).filter(\.$status != .cancelled)
                        .field(\.$placeNo).all().map(\.placeNo))
                    guard let place = (1...slot.capacity).first(where: { !taken.contains($0) }) else { return .refused(.slotTaken) }
                    booking.startsAt = slot.start
                    booking.slotMinutes = slot.minutes
                    booking.capacity = slot.capacity
                    booking.placeNo = place
                    booking.weekKey = week
                    booking.weekSeq = weekSeq
                    if moving {
                        try await booking.update(on: db)
                    } else {
                        booking.number = BookingNumber.make()
                        booking.createdAt = now
                        try await booking.create(on: db)
                    }
                    try await Timeline.add(booking.id!, timeline, actor: actor.kind == .citizen ? .citizen : (actor.kind == .system ? .system : .office),
                                           note: note ?? previous.map { BakuTime.display($0) }, at: now, on: db)
                    try await app.portal.audit.record(AuditEvent(
                        actor: actor, action: auditAction, subjectFIN: booking.citizenFIN, objectType: "reception_booking",
                        objectID: booking.number, details: ["official": booking.officialID.uuidString, "starts_at": BakuTime.iso8601(slot.start),
                                                            "place": String(place)]), on: db)
                    return .placed
                }
            } catch where error.isConstraintViolation && attempt < Self.attempts && outer == nil {
                // Someone took the same place (or week) between our read and our write: read again.
                if !moving { booking.id = nil }
                continue
            }
        }
        return .refused(.slotTaken)
    }

    func lockCitizen(_ citizenID: UUID, on db: any Database) async throws {
        if let lock = try await CitizenLockModel.find(citizenID, on: db) {
            lock.bookings += 1
            try await lock.update(on: db)
        } else {
            // First booking of this citizen: the insert itself serialises (a parallel first insert
            // fails on the primary key and is retried by the caller, then finds the row).
            try await CitizenLockModel(id: citizenID).create(on: db)
        }
    }
}
