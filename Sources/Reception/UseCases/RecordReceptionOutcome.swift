import Fluent
import PortalDB
import PortalHTTP

/// The official's decision on a checked-in (or called) citizen; a follow-up opens a case due in N
/// working days, assigned to the named unit.
struct RecordReceptionOutcome {
    let desk: ReceptionDesk

    func run(number: String, outcome: ReceptionOutcome, note: String, followUpUnit: String?) async throws -> ReceptionDesk.Outcome {
        guard let booking = try await desk.booking(number, purpose: "outcome", on: desk.app.db) else { return .notFound }
        guard [.checkedIn, .called].contains(booking.status) else { return .refused(.notSeenState) }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...4_000).contains(note.count) else { return .refused(.note) }
        let unit = followUpUnit?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if outcome == .followUp, !(2...200).contains(unit.count) { return .refused(.followUpUnit) }
        let due = desk.app.portal.calendar.addWorkingDays(desk.app.reception.settings.followUpWorkingDays, to: desk.today)
        let now = desk.now
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            guard let booking = try await desk.locked(booking, in: [.checkedIn, .called], on: db) else { return .refused(.notSeenState) }
            booking.status = .seen
            booking.seenAt = now
            booking.outcome = outcome
            booking.outcomeNote = note
            try await booking.update(on: db)
            try await TicketModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: .done).set(\.$finishedAt, to: now).update()
            try await Timeline.add(booking.id!, .seen, actor: .office, at: now, on: db)
            try await Timeline.add(booking.id!, .outcome, actor: .office, note: outcome.rawValue + ": " + note, at: now, on: db)
            if outcome == .followUp {
                let followUp = FollowUpModel()
                followUp.bookingID = booking.id!
                followUp.agencyID = booking.agencyID
                followUp.unitCode = booking.unitCode
                followUp.assignedTo = unit
                followUp.dueOn = due.iso
                followUp.status = .open
                followUp.openedAt = now
                try await followUp.create(on: db)
            }
            try await desk.audit("reception.outcome.recorded", booking, details: ["outcome": outcome.rawValue], on: db)
            return .recorded
        }
    }
}
