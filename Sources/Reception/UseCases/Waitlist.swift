import Fluent
import PortalDB
import PortalHTTP

/// "Tell me when a slot frees up": citizens queue per official; when a place frees, the first one in
/// line whose limits allow it gets a booking in state `held` (it occupies the place, so nobody can
/// take it) that they confirm before it expires. Expired holds go to the next in line.
public struct Waitlist {
    let app: Application
    public init(app: Application) { self.app = app }

    public func join(officialID: UUID, topic: String, subject: String, citizen: Principal, ip: String?) async throws -> ReceptionRefusal? {
        guard let official = try await app.receptionSchedule.official(officialID, on: app.db) else { return .unknownOfficial }
        if let problem = try await BookReception(app: app).regionProblem(official: official, citizen: citizen) { return problem }
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...2_000).contains(subject.count) else { return .invalidSubject }
        guard ReceptionTopic(rawValue: topic) != nil else { return .invalidTopic }
        let entry = WaitlistModel()
        entry.officialID = officialID
        entry.citizenID = citizen.userID
        entry.citizenFIN = citizen.fin.value
        entry.citizenName = citizen.displayName
        entry.topic = topic
        entry.subject = subject
        entry.status = .waiting
        entry.createdAt = app.portal.now()
        do {
            try await app.db.writeTransaction { db in
                try await entry.create(on: db)
                try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: citizen.userID, ip: ip), action: "reception.waitlist.joined",
                                                             subjectFIN: citizen.fin.value, objectType: "reception_official", objectID: officialID.uuidString), on: db)
            }
        } catch where error.isConstraintViolation {
            return .alreadyWaiting
        }
        return nil
    }

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
