import Fluent
import PortalDB
import PortalHTTP

/// The one place where a booking row takes a place in a slot (new booking, waitlist hold, reschedule).
struct PlaceBooking {
    enum Outcome { case placed, refused(ReceptionRefusal) }

    let app: Application
    static let attempts = 4

    /// Inserts (or, for an existing row, moves) `booking` into `slot`, checking the citizen's limits.
    /// `notify`: tell the citizen (a new booking they made), in the same transaction.
    func place(_ booking: BookingModel, in slot: SlotTime, timeline: TimelineKind, actor: AuditActor, auditAction: String,
               note: String? = nil, notify: Bool = false, on outer: (any Database)? = nil) async throws -> Outcome {
        let settings = app.reception.settings
        let moving = booking.id != nil
        let previous = moving ? booking.startsAt : nil
        for attempt in 1...Self.attempts {
            do {
                return try await (outer ?? app.db).writeTransaction { db -> Outcome in
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
                        if try await ReceptionOfficialModel.find(booking.officialID, on: db)?.mode == .video {
                            booking.videoRoom = booking.videoRoom ?? VideoMeeting.newRoom()
                        }
                        try await booking.create(on: db)
                    }
                    try await Timeline.add(booking.id!, timeline, actor: actor.kind == .citizen ? .citizen : (actor.kind == .system ? .system : .office),
                                           note: note ?? previous.map { BakuTime.display($0) }, at: now, on: db)
                    try await app.portal.audit.record(AuditEvent(
                        actor: actor, action: auditAction, subjectFIN: booking.citizenFIN, objectType: "reception_booking",
                        objectID: booking.number, details: ["official": booking.officialID.uuidString, "starts_at": BakuTime.iso8601(slot.start),
                                                            "place": String(place)]), on: db)
                    if notify, let official = try await ReceptionOfficialModel.find(booking.officialID, on: db) {
                        let location = official.mode == .video ? booking.videoRoom.map { settings.meetingURL(room: $0) } ?? ""
                            : "№ \(official.room), \(official.address)"
                        try await app.portal.notify(OutgoingNotice(.receptionBooked(ReceptionNotice(
                            bookingID: booking.id!, number: booking.number, official: official.fullName, startsAt: slot.start,
                            minutes: slot.minutes, location: location)), to: booking.citizenID, dedupeKey: "reception.booked:\(booking.id!)"), on: db)
                    }
                    // The agency's systems hear of a new or moved booking, or a place held for the waitlist (webhooks):
                    // number, official, time, status; no person.
                    try await app.portal.publish(AgencyEvent(
                        agencyID: booking.agencyID, type: "reception.booked",
                        dedupeKey: "reception.booked:\(booking.id!):\(Int(slot.start.timeIntervalSince1970))", occurredAt: now,
                        data: ["booking": booking.number, "officialId": booking.officialID.uuidString.lowercased(),
                               "startsAt": BakuTime.iso8601(slot.start), "minutes": String(slot.minutes), "rescheduled": String(moving),
                               "status": booking.status.rawValue]), on: db)
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
