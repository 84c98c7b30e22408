import Fluent
import PortalDB
import PortalHTTP

/// What a citizen does with their own booking: cancel, reschedule, confirm a waitlist hold, rate.
/// A booking of someone else is "not found" (never "forbidden"), so numbers cannot be probed.
public struct ChangeBooking {
    let app: Application
    public init(app: Application) { self.app = app }

    var settings: ReceptionSettings { app.reception.settings }

    /// The citizen's own booking by number, or nil.
    func own(_ number: String, citizen: Principal, on db: any Database) async throws -> BookingModel? {
        try await BookingModel.query(on: db).filter(\.$number == BookingNumber.normalise(number))
            .filter(\.$citizenID == citizen.userID).first()
    }

    func beforeCutoff(_ booking: BookingModel) -> Bool {
        booking.startsAt.timeIntervalSince(app.portal.now()) >= TimeInterval(settings.changeCutoffHours * 3600)
    }

    /// Cancels; the freed place goes to the first citizen on the official's waitlist at once.
    public func cancel(_ number: String, citizen: Principal, ip: String?) async throws -> Result<Void, ReceptionRefusal>? {
        guard let booking = try await own(number, citizen: citizen, on: app.db) else { return nil }
        guard booking.status == .booked || booking.status == .held else { return .failure(.notChangeable) }
        guard booking.status == .held || beforeCutoff(booking) else { return .failure(.pastCutoff) }
        let actor = AuditActor(kind: .citizen, userID: citizen.userID, ip: ip)
        try await app.db.writeTransaction { db in
            try await release(booking, by: .citizen, reason: nil, actor: actor, action: "reception.booking.cancelled", on: db)
        }
        return .success(())
    }

    /// Marks the booking cancelled (its place is free from this commit on), notes it, and offers the
    /// place to the waitlist. Runs inside the caller's write transaction.
    func release(_ booking: BookingModel, by who: ReceptionActor, reason: String?, actor: AuditActor, action: String, on db: any Database) async throws {
        let now = app.portal.now()
        let wasHeld = booking.status == .held
        booking.status = .cancelled
        booking.cancelledAt = now
        booking.cancelledBy = who
        booking.cancelReason = reason
        try await booking.update(on: db)
        try await Timeline.add(booking.id!, .cancelled, actor: who, note: reason, at: now, on: db)
        if wasHeld {
            try await WaitlistModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: who == .system ? WaitlistStatus.expired : .withdrawn).update()
        }
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, subjectFIN: booking.citizenFIN, objectType: "reception_booking",
                                                     objectID: booking.number, details: reason.map { ["reason": $0] } ?? [:]), on: db)
        try await Waitlist(app: app).offer(officialID: booking.officialID, slot: booking.slot, on: db)
    }

    /// Moves the booking to another slot of the same official (same booking number).
    public func reschedule(_ number: String, to start: Date, citizen: Principal, ip: String?) async throws -> Result<Void, Refused>? {
        guard let booking = try await own(number, citizen: citizen, on: app.db) else { return nil }
        let schedule = app.receptionSchedule
        func refuse(_ reason: ReceptionRefusal) async throws -> Result<Void, Refused> {
            .failure(Refused(reason: reason, alternatives: try await schedule.nearestFree(officialID: booking.officialID, to: start, excluding: start, on: app.db)))
        }
        guard booking.status == .booked else { return try await refuse(.notChangeable) }
        guard beforeCutoff(booking) else { return try await refuse(.pastCutoff) }
        let now = app.portal.now()
        guard let slot = try await schedule.calculator(for: booking.officialID, on: app.db).slot(startingAt: start) else { return try await refuse(.outsideSchedule) }
        if slot.start <= now { return try await refuse(.inPast) }
        if !schedule.window.contains(slot, now: now) { return try await refuse(.outsideWindow) }
        if slot.start == booking.startsAt { return .success(()) }
        let freed = booking.slot
        let actor = AuditActor(kind: .citizen, userID: citizen.userID, ip: ip)
        switch try await PlaceBooking(app: app).place(booking, in: slot, timeline: .rescheduled, actor: actor, auditAction: "reception.booking.rescheduled") {
        case .refused(let reason): return try await refuse(reason)
        case .placed:
            try await app.db.writeTransaction { db in try await Waitlist(app: app).offer(officialID: booking.officialID, slot: freed, on: db) }
            return .success(())
        }
    }

    /// The citizen takes the place held for them from the waitlist.
    public func confirmHold(_ number: String, citizen: Principal, ip: String?) async throws -> Result<Void, ReceptionRefusal>? {
        guard let booking = try await own(number, citizen: citizen, on: app.db) else { return nil }
        guard booking.status == .held, let expires = booking.holdExpiresAt, expires > app.portal.now() else { return .failure(.notChangeable) }
        try await app.db.writeTransaction { db in
            booking.status = .booked
            booking.holdExpiresAt = nil
            try await booking.update(on: db)
            try await WaitlistModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: .fulfilled).update()
            try await Timeline.add(booking.id!, .confirmed, actor: .citizen, at: app.portal.now(), on: db)
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: citizen.userID, ip: ip), action: "reception.hold.confirmed",
                                                         subjectFIN: booking.citizenFIN, objectType: "reception_booking", objectID: booking.number), on: db)
        }
        return .success(())
    }

    /// 1–5 stars and an optional comment, once, after the reception took place.
    public func rate(_ number: String, stars: Int, comment: String?, citizen: Principal, ip: String?) async throws -> Result<Void, ReceptionRefusal>? {
        guard let booking = try await own(number, citizen: citizen, on: app.db) else { return nil }
        guard booking.status == .seen, booking.rating == nil, (1...5).contains(stars) else { return .failure(.notChangeable) }
        try await app.db.writeTransaction { db in
            booking.rating = stars
            booking.ratingComment = comment.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000)) }.flatMap { $0.isEmpty ? nil : $0 }
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .rated, actor: .citizen, note: String(stars), at: app.portal.now(), on: db)
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: citizen.userID, ip: ip), action: "reception.booking.rated",
                                                         subjectFIN: booking.citizenFIN, objectType: "reception_booking", objectID: booking.number,
                                                         details: ["stars": String(stars)]), on: db)
        }
        return .success(())
    }
}
