import Fluent
import PortalDB
import PortalHTTP

/// The citizen takes the place held for them from the waitlist, before the hold expires.
struct ConfirmHeldBooking {
    let holder: BookingHolder

    func run(number: String) async throws -> BookingHolder.Outcome {
        let app = holder.app
        guard let booking = try await holder.own(number, on: app.db) else { return .notFound }
        guard booking.status == .held, let expires = booking.holdExpiresAt, expires > app.portal.now() else { return holder.refused(.notChangeable) }
        try await app.db.writeTransaction { db in
            booking.status = .booked
            booking.holdExpiresAt = nil
            try await booking.update(on: db)
            try await WaitlistModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: .fulfilled).update()
            try await Timeline.add(booking.id!, .confirmed, actor: .citizen, at: app.portal.now(), on: db)
            try await holder.audit("reception.hold.confirmed", booking, on: db)
        }
        return .changed
    }
}
