import Fluent
import PortalDB
import PortalHTTP

/// 1–5 stars and an optional comment, once, after the reception took place.
struct RateReception {
    let holder: BookingHolder

    func run(number: String, stars: Int, comment: String?) async throws -> BookingHolder.Outcome {
        let app = holder.app
        guard let booking = try await holder.own(number, on: app.db) else { return .notFound }
        guard booking.status == .seen, booking.rating == nil, (1...5).contains(stars) else { return holder.refused(.notChangeable) }
        try await app.db.writeTransaction { db in
            booking.rating = stars
            booking.ratingComment = comment.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000)) }.flatMap { $0.isEmpty ? nil : $0 }
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .rated, actor: .citizen, note: String(stars), at: app.portal.now(), on: db)
            try await holder.audit("reception.booking.rated", booking, details: ["stars": String(stars)], on: db)
        }
        return .changed
    }
}
