import Fluent
import PortalDB
import PortalHTTP

/// Marks a booking cancelled (its place is free from this commit on), notes it, and offers the place to
/// the waitlist. Runs inside the caller's write transaction: a citizen's or the office's cancellation,
/// or an expired waitlist hold.
struct ReleasePlace {
    let app: Application

    func run(_ booking: BookingModel, by who: ReceptionActor, reason: String?, actor: AuditActor, action: String, on db: any Database) async throws {
        let now = app.portal.now()
        let wasHeld = booking.status == .held
        booking.status = .cancelled
        booking.cancelledAt = now
        booking.cancelledBy = who
        booking.cancelReason = reason
        try await booking.update(on: db)
        try await Timeline.add(booking.id!, .cancelled, actor: who, note: reason, at: now, on: db)
        if wasHeld {
            try await WaitlistModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: who == .system ? .expired : .withdrawn).update()
        }
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, subjectFIN: booking.citizenFIN, objectType: "reception_booking",
                                                     objectID: booking.number, details: reason.map { ["reason": $0] } ?? [:]), on: db)
        // The agency's systems hear of it (webhooks): the booking's number and time, who cancelled, no person.
        try await app.portal.publish(AgencyEvent(
            agencyID: booking.agencyID, type: "reception.cancelled", dedupeKey: "reception.cancelled:\(booking.id!)", occurredAt: now,
            data: ["booking": booking.number, "officialId": booking.officialID.uuidString.lowercased(),
                   "startsAt": BakuTime.iso8601(booking.startsAt), "by": who.rawValue]), on: db)
        try await Waitlist(app: app).offer(officialID: booking.officialID, slot: booking.slot, on: db)
    }
}
