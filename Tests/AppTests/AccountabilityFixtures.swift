import Foundation
@testable import Applications
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing

/// A small seeded set for the accountability figures, in November 2026 around the harness's clock
/// (Wednesday 18 November, 15:06 Baku). The calendar's holidays 8–10 November (Victory Day and the
/// days moved to Monday and Tuesday) and the weekends fall inside the cases' deadlines.
///
/// Cases (agency EN unless said; deadline in working days counted from the day after receipt):
/// - A  QBA, S1: received Wed 4, 5 days → due Fri 13; completed Thu 12: 4 working days, on time.
/// - B  QBA, S1: received Wed 4, 5 days, paused 2 days for the citizen → due Tue 17; completed Tue 17:
///      7 − 2 = 5 working days, on time; rated 4 on Tue 17.
/// - C  MAS, S2: received Thu 5, 3 days extended to 6 → due Tue 17; rejected Wed 18: 7 days, late.
/// - D  MAS, S1: received Fri 6, 5 days → due Tue 17; completed Fri 13: 3 days, on time; rated 2 on Fri 13.
/// - E  QBA, S1: received Wed 11, still in review (received only).
/// - F  ICRA-QBA, QBA, S3: received Mon 16, 1 day → due Tue 17; completed Tue 17: 1 day, on time.
enum AccountabilityFixtures {
    static func day(_ d: Int) -> LocalDate { LocalDate(year: 2026, month: 11, day: d) }
    static func at(_ d: Int, _ hour: Int = 10) -> Date { day(d).startOfDay()!.addingTimeInterval(TimeInterval(hour * 3600)) }

    struct CaseSpec {
        var number: String
        var agency = "EN"
        var unit: String
        var service: String
        var received: Int
        var days: Int
        var paused = 0
        var extendedTo: Int?
        var closed: (day: Int, status: CaseStatus)?
        var rating: (stars: Int, day: Int)?
        var assignee: UUID?
    }

    static func cases(assignee: UUID?) -> [CaseSpec] {
        [CaseSpec(number: "OW-2026-900001", unit: "AZ-QBA", service: "S1", received: 4, days: 5, closed: (12, .completed)),
         CaseSpec(number: "OW-2026-900002", unit: "AZ-QBA", service: "S1", received: 4, days: 5, paused: 2, closed: (17, .completed), rating: (4, 17)),
         CaseSpec(number: "OW-2026-900003", unit: "AZ-MAS", service: "S2", received: 5, days: 3, extendedTo: 6, closed: (18, .rejected)),
         CaseSpec(number: "OW-2026-900004", unit: "AZ-MAS", service: "S1", received: 6, days: 5, closed: (13, .completed), rating: (2, 13)),
         CaseSpec(number: "OW-2026-900005", unit: "AZ-QBA", service: "S1", received: 11, days: 5, assignee: assignee),
         CaseSpec(number: "OW-2026-900006", agency: "ICRA-QBA", unit: "AZ-QBA", service: "S3", received: 16, days: 1, closed: (17, .completed))]
    }

    /// Inserts the cases as the case handling would have left them (the case row and its events).
    static func seedCases(_ portal: PortalHarness, applicant: UUID, assignee: UUID? = nil, specs: [CaseSpec]? = nil) async throws {
        let app = portal.app
        let calendar = app.portal.calendar
        for spec in specs ?? cases(assignee: assignee) {
            let agency = try #require(try await app.portal.directory.agency(code: spec.agency))
            let model = CaseModel()
            model.id = UUID()
            model.number = spec.number
            model.serviceCode = spec.service
            model.agencyID = agency.id
            model.formVersion = 1
            model.applicantID = applicant
            model.applicantFIN = "7HK2M3P"
            model.answers = Answers()
            model.unitCode = spec.unit
            model.assigneeID = spec.assignee
            var deadline = CaseDeadline(received: day(spec.received), days: spec.days)
            deadline.pausedDays = spec.paused
            if let to = spec.extendedTo {
                let extended = deadline.extend(to: to)
                #expect(extended)
            }
            model.setDeadline(deadline, calendar)
            model.status = spec.closed?.status ?? .inReview
            if model.status == .rejected { model.decisionReason = RejectionReason.notEligible.rawValue }
            model.rating = spec.rating?.stars
            model.createdAt = at(spec.received, 9)
            model.updatedAt = at(spec.received, 9)
            model.submittedAt = at(spec.received, 9)
            try await model.create(on: app.db)
            var seq = 0
            func event(_ kind: CaseEventModel.Kind, _ to: CaseStatus?, _ when: Date) async throws {
                seq += 1
                let e = CaseEventModel()
                e.id = UUID(); e.caseID = model.id!; e.seq = seq; e.at = when; e.kind = kind; e.toStatus = to; e.actorKind = .system
                try await e.create(on: app.db)
            }
            try await event(.status, .received, at(spec.received, 9))
            if let closed = spec.closed { try await event(.status, closed.status, at(closed.day, 11)) }
            if let rating = spec.rating { try await event(.rating, nil, at(rating.day, 12)) }
        }
    }

    /// Reception in ICRA-QBA (Quba): Mon 16 a booked visitor seen and rated 5, a walk-in served, a
    /// no-show; Tue 17 two follow-ups closed, one after its due day (Mon 16), one before (Fri 20).
    static func seedReception(_ portal: PortalHarness) async throws {
        let app = portal.app
        let agency = try #require(try await app.portal.directory.agency(code: "ICRA-QBA"))
        let official = try await ReceptionAdmin.createOfficial(
            agencyID: agency.id, unitCode: "AZ-QBA", name: "Qəbul Rəsmisi", sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 1)], app: app)
        func booking(_ n: Int, _ status: BookingStatus, start: Date, seen: Date? = nil, rating: Int? = nil) async throws -> UUID {
            let b = BookingModel()
            b.id = UUID(); b.number = "R-TEST-\(n)"; b.citizenID = UUID(); b.citizenFIN = "7HK2M3P"; b.citizenName = "Nigar Hüseynova"
            b.officialID = official; b.agencyID = agency.id; b.unitCode = "AZ-QBA"; b.startsAt = start; b.slotMinutes = 30
            b.placeNo = 1; b.capacity = 1; b.weekKey = "2026-W47-\(n)"; b.weekSeq = 1; b.status = status; b.topic = "housing"; b.subject = "Test"
            b.createdAt = at(10); b.seenAt = seen; b.rating = rating
            try await b.create(on: app.db)
            return b.id!
        }
        let seen = try await booking(1, .seen, start: at(16, 10), seen: at(16, 11), rating: 5)
        _ = try await booking(2, .noShow, start: at(16, 11))
        let other = try await booking(3, .seen, start: at(9, 10), seen: at(9, 11))
        let ticket = TicketModel()
        ticket.id = UUID(); ticket.agencyID = agency.id; ticket.unitCode = "AZ-QBA"; ticket.day = day(16).iso; ticket.ticketNo = 1
        ticket.officialID = official; ticket.walkInName = "Gələn Vətəndaş"; ticket.status = .done; ticket.issuedAt = at(16, 9); ticket.finishedAt = at(16, 12)
        try await ticket.create(on: app.db)
        for (booking, due) in [(seen, 16), (other, 20)] {
            let f = FollowUpModel()
            f.id = UUID(); f.bookingID = booking; f.agencyID = agency.id; f.unitCode = "AZ-QBA"; f.assignedTo = "AZ-QBA"; f.dueOn = day(due).iso
            f.status = .closed; f.openedAt = at(9, 12); f.closedAt = at(17, 14); f.resolution = "Done"
            try await f.create(on: app.db)
        }
    }
}
