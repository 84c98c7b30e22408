import Fluent
import PortalDB
import PortalHTTP

/// The reminder a day before: every booked reception starting within the next 24 hours that was booked
/// more than 24 hours before its start gets one notice (a background job every five minutes; the
/// outbox's dedupe key `reception.reminder:<booking id>` makes repeats write nothing).
public struct RemindUpcomingReceptions {
    let app: Application
    public init(app: Application) { self.app = app }

    /// Returns how many bookings were considered (each reminded at most once, ever).
    @discardableResult
    public func run() async throws -> Int {
        let now = app.portal.now()
        let horizon = now.addingTimeInterval(86_400)
        // Every booked reception in the next 24 hours, page by page (a few thousand at most); those booked
        // within the last day before their start already got the booking notice and get no reminder.
        var due: [BookingModel] = []
        var page = 0
        while true {
            let rows = try await BookingModel.query(on: app.db).filter(\.$status == .booked)
                .filter(\.$startsAt > now).filter(\.$startsAt <= horizon).sort(\.$startsAt).sort(\.$id)
                .range(page * 500..<(page + 1) * 500).all()
            due += rows.filter { $0.createdAt <= $0.startsAt.addingTimeInterval(-86_400) }
            if rows.count < 500 { break }
            page += 1
        }
        guard !due.isEmpty else { return 0 }
        let officials = try await ReceptionOfficialModel.query(on: app.db).filter(\.$id ~~ Array(Set(due.map(\.officialID)))).all()
        let byID = Dictionary(officials.compactMap { o in o.id.map { ($0, o) } }, uniquingKeysWith: { a, _ in a })
        let settings = app.reception.settings
        try await app.db.writeTransaction { db in
            for booking in due {
                guard let official = byID[booking.officialID], let id = booking.id else { continue }
                let location = official.mode == .video ? booking.videoRoom.map { settings.meetingURL(room: $0) } ?? ""
                    : "№ \(official.room), \(official.address)"
                try await app.portal.notify(OutgoingNotice(.receptionReminder(ReceptionNotice(
                    bookingID: id, number: booking.number, official: official.fullName, startsAt: booking.startsAt,
                    minutes: booking.slotMinutes, location: location)), to: booking.citizenID, dedupeKey: "reception.reminder:\(id)"), on: db)
            }
        }
        return due.count
    }
}
