import Fluent
import PortalDB
import PortalHTTP

/// A ticket for someone without a booking, in an official's queue.
struct RegisterWalkIn {
    let desk: ReceptionDesk

    func run(name: String, officialID: UUID) async throws -> ReceptionDesk.Outcome {
        guard let official = try await desk.official(officialID, on: desk.app.db) else { return .notFound }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...120).contains(name.count) else { return .refused(.walkInName) }
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            let ticket = try await desk.issueTicket(agencyID: official.agencyID, unitCode: official.unitCode, officialID: official.id,
                                                    walkInName: name, on: db)
            try await desk.auditTicket("reception.walk_in.issued", ticket, agencyID: official.agencyID, on: db)
            return .ticket(ticket.ticketNo)
        }
    }
}
