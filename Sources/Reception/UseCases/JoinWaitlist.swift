import Fluent
import PortalDB
import PortalHTTP

/// "Tell me when a slot frees up": the citizen joins an official's waitlist (once; the same limits on
/// region, subject and topic as a booking). A freed place is then offered by `Waitlist.offer`.
struct JoinWaitlist {
    enum Outcome: Equatable, Sendable {
        case joined
        case refused(ReceptionRefusal)
    }

    let app: Application

    func run(officialID: UUID, topic: String, subject: String, citizen: Principal, ip: String?) async throws -> Outcome {
        guard let official = try await app.receptionSchedule.official(officialID, on: app.db) else { return .refused(.unknownOfficial) }
        if let problem = try await BookReception(app: app).regionProblem(official: official, citizen: citizen) { return .refused(problem) }
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...2_000).contains(subject.count) else { return .refused(.invalidSubject) }
        guard ReceptionTopic(rawValue: topic) != nil else { return .refused(.invalidTopic) }
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
            return .refused(.alreadyWaiting)
        }
        return .joined
    }
}
