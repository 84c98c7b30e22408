import Fluent
import PortalDB
import PortalHTTP

/// Books a place in a slot. The free place is chosen inside a write transaction, and the partial
/// unique index on (official, start, place) refuses a second booking of the same place even if two
/// writers chose it at once (PostgreSQL); the loser retries, sees the slot full and is told so.
public struct BookReception {
    public enum Outcome: Sendable {
        case booked(number: String)
        case refused(Refused)
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ request: BookingRequest, citizen: Principal, ip: String?) async throws -> Outcome {
        let schedule = app.receptionSchedule
        let db = app.db
        guard let official = try await schedule.official(request.officialID, on: db) else {
            return .refused(Refused(reason: .unknownOfficial, alternatives: []))
        }
        func refuse(_ reason: ReceptionRefusal) async throws -> Outcome {
            var alternatives: [SlotTime] = []
            if reason != .otherRegion {
                alternatives = try await schedule.nearestFree(officialID: official.id!, to: request.start, excluding: request.start, on: db)
            }
            return .refused(Refused(reason: reason, alternatives: alternatives))
        }
        if let reason = try await regionProblem(official: official, citizen: citizen) { return try await refuse(reason) }
        let subject = request.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...2_000).contains(subject.count) else { return try await refuse(.invalidSubject) }
        guard let topic = ReceptionTopic(rawValue: request.topic), topic == .other || official.topicList.contains(topic) else {
            return try await refuse(.invalidTopic)
        }
        let now = app.portal.now()
        guard let slot = try await schedule.calculator(for: official.id!, on: db).slot(startingAt: request.start) else {
            return try await refuse(.outsideSchedule)
        }
        if slot.start <= now { return try await refuse(.inPast) }
        if !schedule.window.contains(slot, now: now) { return try await refuse(.outsideWindow) }

        let booking = BookingModel()
        booking.citizenID = citizen.userID
        booking.citizenFIN = citizen.fin.value
        booking.citizenName = citizen.displayName
        booking.officialID = official.id!
        booking.agencyID = official.agencyID
        booking.unitCode = official.unitCode
        booking.topic = topic.rawValue
        booking.subject = subject
        booking.attachmentName = request.attachmentName
        booking.attachment = request.attachment
        booking.status = .booked
        let actor = AuditActor(kind: .citizen, userID: citizen.userID, ip: ip)
        switch try await PlaceBooking(app: app).place(booking, in: slot, timeline: .booked, actor: actor, auditAction: "reception.booking.created",
                                                        notify: true) {
        case .placed: return .booked(number: booking.number)
        case .refused(let reason): return try await refuse(reason)
        }
    }

    /// A local executive authority receives the residents of its own unit; central agencies anyone.
    func regionProblem(official: ReceptionOfficialModel, citizen: Principal) async throws -> ReceptionRefusal? {
        guard let agency = try await app.portal.directory.agency(id: official.agencyID), agency.isLocalExecutive else { return nil }
        let person = try await app.portal.registryLookup.person(fin: citizen.fin)
        return person?.territorialUnitCode == official.unitCode ? nil : .otherRegion
    }
}
