import Fluent
import PortalDB
import PortalHTTP

/// Calls the next waiting ticket of an official (the board shows it as "now serving"); whoever this
/// official was serving without a booking is done.
struct CallNextVisitor {
    let desk: ReceptionDesk

    func run(officialID: UUID) async throws -> ReceptionDesk.Outcome {
        guard let official = try await desk.official(officialID, on: desk.app.db) else { return .notFound }
        let now = desk.now, day = desk.today.iso
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            // Whoever was being served by this official is done (walk-ins have no outcome form).
            let serving = try await TicketModel.query(on: db).filter(\.$officialID == officialID).filter(\.$day == day)
                .filter(\.$status == .called).all()
            for ticket in serving where ticket.bookingID == nil {
                ticket.status = .done
                ticket.finishedAt = now
                try await ticket.update(on: db)
            }
            guard let next = try await TicketModel.query(on: db).filter(\.$officialID == officialID).filter(\.$day == day)
                .filter(\.$status == .waiting).sort(\.$ticketNo).first() else { return .queueEmpty }
            next.status = .called
            next.calledAt = now
            try await next.update(on: db)
            if let bookingID = next.bookingID, let booking = try await BookingModel.find(bookingID, on: db) {
                booking.status = .called
                booking.calledAt = now
                try await booking.update(on: db)
                try await Timeline.add(bookingID, .called, actor: .office, at: now, on: db)
            }
            try await desk.auditTicket("reception.ticket.called", next, agencyID: official.agencyID, on: db)
            return .ticket(next.ticketNo)
        }
    }
}
