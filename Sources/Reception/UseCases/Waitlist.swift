import Fluent
import PortalDB
import PortalHTTP

/// "Tell me when a slot frees up": citizens queue per official (JoinWaitlist); when a place frees, the
/// first one in line whose limits allow it gets a booking in state `held` (it occupies the place, so
/// nobody can take it) that they confirm before it expires (ConfirmHeldBooking). Expired holds go to
/// the next in line.
public struct Waitlist {
    let app: Application
    public init(app: Application) { self.app = app }

    /// Offers a freed place in `slot` to the waitlist (inside the caller's write transaction).
    func offer(officialID: UUID, slot: SlotTime, on db: any Database) async throws {
        let now = app.portal.now()
        let settings = app.reception.settings
        let holdEnds = now.addingTimeInterval(TimeInterval(settings.waitlistHoldMinutes * 60))
        // Not worth holding a slot that starts before the hold would end.
        guard slot.start > holdEnds else { return }
        let waiting = try await WaitlistModel.query(on: db).filter(\.$officialID == officialID).filter(\.$status == .waiting)
            .sort(\.$createdAt).limit(20).all()
        for entry in waiting {
            let booking = BookingModel()
            booking.citizenID = entry.citizenID
            booking.citizenFIN = entry.citizenFIN
            booking.citizenName = entry.citizenName
            booking.officialID = officialID
            guard let official = try await ReceptionOfficialModel.find(officialID, on: db) else { return }
            booking.agencyID = official.agencyID
            booking.unitCode = official.unitCode
            booking.topic = entry.topic
            booking.subject = entry.subject
            booking.status = .held
            booking.holdExpiresAt = holdEnds
            let result = try await PlaceBooking(app: app).place(booking, in: slot, timeline: .held, actor: .system,
                                                                auditAction: "reception.hold.offered", note: BakuTime.display(holdEnds), on: db)
            switch result {
            case .placed:
                entry.status = .held
                entry.bookingID = booking.id
                try await entry.update(on: db)
                try await app.portal.notify(OutgoingNotice(.waitlistHoldOffered(HoldOfferNotice(
                    number: booking.number, official: official.fullName, startsAt: slot.start, holdEndsAt: holdEnds)),
                    to: entry.citizenID, dedupeKey: "reception.hold_offered:\(booking.id!)"), on: db)
                return
            case .refused(.slotTaken):
                return
            case .refused:
                continue  // this citizen's limits do not allow it: the next in line
            }
        }
    }

    /// The background job: holds past their time are released and offered to the next in line.
    public func expireHolds() async throws -> Int {
        let now = app.portal.now()
        let expired = try await BookingModel.query(on: app.db).filter(\.$status == .held)
            .filter(\.$holdExpiresAt <= now).limit(200).all()
        for booking in expired {
            try await app.db.writeTransaction { db in
                // Re-read inside the transaction: the citizen may have confirmed meanwhile.
                guard let current = try await BookingModel.find(booking.id, on: db), current.status == .held else { return }
                try await ReleasePlace(app: app).run(current, by: .system, reason: nil, actor: .system, action: "reception.hold.expired", on: db)
            }
        }
        return expired.count
    }
}
