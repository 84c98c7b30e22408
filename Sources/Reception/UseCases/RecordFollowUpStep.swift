import Fluent
import PortalDB
import PortalHTTP

/// A step of a follow-up case (what was done), or, with `closing`, its closing with the result.
struct RecordFollowUpStep {
    let desk: ReceptionDesk

    func run(followUpID id: UUID, note: String, closing: Bool) async throws -> ReceptionDesk.Outcome {
        let db = desk.app.db
        guard let followUp = try await FollowUpModel.find(id, on: db), desk.allows(agencyID: followUp.agencyID, unitCode: followUp.unitCode),
              let booking = try await BookingModel.find(followUp.bookingID, on: db) else { return .notFound }
        guard followUp.status == .open else { return .refused(.followUpClosed) }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...4_000).contains(note.count) else { return .refused(.note) }
        let now = desk.now
        try await db.writeTransaction { db in
            if closing {
                followUp.status = .closed
                followUp.closedAt = now
                followUp.resolution = note
                try await followUp.update(on: db)
                try await desk.app.portal.notify(OutgoingNotice(.followUpClosed(FollowUpNotice(number: booking.number, resolution: note)),
                                                                to: booking.citizenID, dedupeKey: "reception.follow_up_closed:\(id)"), on: db)
            }
            try await Timeline.add(booking.id!, closing ? .followUpClosed : .followUpStep, actor: .office, note: note, at: now, on: db)
            try await desk.audit(closing ? "reception.follow_up.closed" : "reception.follow_up.step", booking, on: db)
        }
        return .recorded
    }
}
