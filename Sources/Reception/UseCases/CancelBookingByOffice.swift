import Fluent
import PortalDB
import PortalHTTP

/// The office cancels (the official is away): a reason is required; the citizen is offered other
/// slots, and the freed place goes to the waitlist.
struct CancelBookingByOffice {
    let desk: ReceptionDesk

    func run(number: String, reason: String) async throws -> ReceptionDesk.Outcome {
        guard let booking = try await desk.booking(number, purpose: "cancellation", on: desk.app.db) else { return .notFound }
        guard booking.status == .booked || booking.status == .held else { return .refused(.notBookableState) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...500).contains(reason.count) else { return .refused(.reason) }
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            guard let booking = try await desk.locked(booking, in: [.booked, .held], on: db) else { return .refused(.notBookableState) }
            try await ReleasePlace(app: desk.app).run(booking, by: .office, reason: reason, actor: desk.actor(booking.agencyID),
                                                      action: "reception.booking.cancelled_by_office", on: db)
            if let official = try await ReceptionOfficialModel.find(booking.officialID, on: db) {
                try await desk.app.portal.notify(OutgoingNotice(.receptionCancelled(ReceptionCancelNotice(
                    number: booking.number, official: official.fullName, startsAt: booking.startsAt, reason: reason)),
                    to: booking.citizenID, dedupeKey: "reception.cancelled:\(booking.id!)"), on: db)
            }
            return .recorded
        }
    }
}
