import Fluent
import PortalDB
import PortalHTTP

/// The citizen cancels their booking (or declines a held place) before the cut-off; the freed place
/// goes to the first citizen on the official's waitlist at once.
struct CancelBooking {
    let holder: BookingHolder

    func run(number: String) async throws -> BookingHolder.Outcome {
        let app = holder.app
        guard let booking = try await holder.own(number, on: app.db) else { return .notFound }
        guard booking.status == .booked || booking.status == .held else { return holder.refused(.notChangeable) }
        guard booking.status == .held || holder.beforeCutoff(booking) else { return holder.refused(.pastCutoff) }
        try await app.db.writeTransaction { db in
            try await ReleasePlace(app: app).run(booking, by: .citizen, reason: nil, actor: holder.actor, action: "reception.booking.cancelled", on: db)
        }
        return .changed
    }
}
