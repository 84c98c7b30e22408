import Fluent
import PortalDB
import PortalHTTP

/// Check-in by booking number (typed or read from the QR code), only on the day of the booking: the
/// citizen gets a numbered ticket in the waiting room.
struct CheckInVisitor {
    let desk: ReceptionDesk

    func run(number: String) async throws -> ReceptionDesk.Outcome {
        guard let booking = try await desk.booking(number, purpose: "check-in", on: desk.app.db) else { return .notFound }
        guard booking.status == .booked else { return .refused(.notBookableState) }
        guard LocalDate(booking.startsAt) == desk.today else { return .refused(.notToday) }
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            guard let booking = try await desk.locked(booking, in: [.booked], on: db) else { return .refused(.notBookableState) }
            let ticket = try await desk.issueTicket(agencyID: booking.agencyID, unitCode: booking.unitCode, officialID: booking.officialID,
                                                    bookingID: booking.id, on: db)
            booking.status = .checkedIn
            booking.checkedInAt = desk.now
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .checkedIn, actor: .office, note: String(ticket.ticketNo), at: desk.now, on: db)
            try await desk.audit("reception.booking.checked_in", booking, details: ["ticket": String(ticket.ticketNo)], on: db)
            return .ticket(ticket.ticketNo)
        }
    }
}
