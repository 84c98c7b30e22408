import Fluent
import PortalDB
import PortalHTTP

/// A booked citizen who did not come, once the grace period after the start has passed.
struct MarkNoShow {
    let desk: ReceptionDesk

    func run(number: String) async throws -> ReceptionDesk.Outcome {
        guard let booking = try await desk.booking(number, purpose: "no-show", on: desk.app.db) else { return .notFound }
        guard booking.status == .booked else { return .refused(.notBookableState) }
        let grace = TimeInterval(desk.app.reception.settings.noShowGraceMinutes * 60)
        guard desk.now >= booking.startsAt.addingTimeInterval(grace) else { return .refused(.grace) }
        return try await desk.app.db.writeTransaction { db -> ReceptionDesk.Outcome in
            guard let booking = try await desk.locked(booking, in: [.booked], on: db) else { return .refused(.notBookableState) }
            booking.status = .noShow
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .noShow, actor: .office, at: desk.now, on: db)
            try await desk.audit("reception.booking.no_show", booking, on: db)
            return .recorded
        }
    }
}
