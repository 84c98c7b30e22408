import Fluent
import PortalDB
import PortalHTTP

/// Moves the booking to another slot of the same official (same booking number) before the cut-off;
/// the old place goes to the waitlist. A refusal comes with the nearest free slots.
struct RescheduleBooking {
    let holder: BookingHolder

    func run(number: String, to start: Date) async throws -> BookingHolder.Outcome {
        let app = holder.app
        guard let booking = try await holder.own(number, on: app.db) else { return .notFound }
        let schedule = app.receptionSchedule
        func refuse(_ reason: ReceptionRefusal) async throws -> BookingHolder.Outcome {
            .refused(Refused(reason: reason, alternatives: try await schedule.nearestFree(officialID: booking.officialID, to: start, excluding: start, on: app.db)))
        }
        guard booking.status == .booked else { return try await refuse(.notChangeable) }
        guard holder.beforeCutoff(booking) else { return try await refuse(.pastCutoff) }
        let now = app.portal.now()
        guard let slot = try await schedule.calculator(for: booking.officialID, on: app.db).slot(startingAt: start) else { return try await refuse(.outsideSchedule) }
        if slot.start <= now { return try await refuse(.inPast) }
        if !schedule.window.contains(slot, now: now) { return try await refuse(.outsideWindow) }
        if slot.start == booking.startsAt { return .changed }
        let freed = booking.slot
        switch try await PlaceBooking(app: app).place(booking, in: slot, timeline: .rescheduled, actor: holder.actor, auditAction: "reception.booking.rescheduled") {
        case .refused(let reason): return try await refuse(reason)
        case .placed:
            try await app.db.writeTransaction { db in try await Waitlist(app: app).offer(officialID: booking.officialID, slot: freed, on: db) }
            return .changed
        }
    }
}
