import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// The demo's past: cases of the demo forms received over the last four months and handled, each with
/// the status events a real one leaves (closed on time or late, some paused for the citizen, some
/// extended, some rated), so the accountability figures show something real after `onewindow serve`.
/// Deterministic: the same demo gives the same history for the same day.
enum DemoCaseHistory {
    static let count = 160
    static let applicantFIN = "7HK2M3P"

    static func seed(_ app: Application) async throws {
        let forms = try await FormVersionModel.query(on: app.db).filter(\.$state == .published).sort(\.$serviceCode).all()
        let index = try await app.catalog.index(on: app)
        // Nigar Hüseynova of the demo cast: a citizen the browser journeys do not sign in as.
        guard !forms.isEmpty, let applicantID = try await app.portal.staff.account(fin: applicantFIN, on: app.db) else { return }
        var owners: [String: UUID] = [:]
        var deadlines: [String: Int] = [:]
        for form in forms {
            guard let entry = index.entry(code: form.serviceCode), let agency = try await app.portal.directory.agency(code: entry.agency.code) else { continue }
            owners[form.serviceCode] = agency.id
            deadlines[form.serviceCode] = entry.definition.deadlineDays ?? CaseDeadline.defaultDays
        }
        let usable = forms.filter { owners[$0.serviceCode] != nil }
        guard !usable.isEmpty else { return }
        let (now, calendar) = (app.portal.now(), app.portal.calendar)
        let today = LocalDate(now)
        let units = ["AZ-QBA", "AZ-GA", "AZ-MAS", "AZ-BA", "AZ-SAK"]
        let year = BakuTime.calendar().component(.year, from: now)
        try await app.db.writeTransaction { db in
            let last = try await CaseNumbers.reserve(year: year, count: count, on: db)
            var cases: [CaseModel] = []
            var events: [CaseEventModel] = []
            for i in 0..<count {
                let form = usable[i % usable.count]
                let received = today.adding(days: -(3 + (i * 37) % 120))
                var deadline = CaseDeadline(received: received, days: deadlines[form.serviceCode])
                // Every tenth waited 3 working days for the citizen; every tenth (another) was extended.
                if i % 10 == 8 { deadline.pausedDays = 3 }
                if i % 10 == 9 { _ = deadline.extend(to: min(deadline.days + 10, CaseDeadline.maximumDays)) }
                let working = 2 + (i * 13) % (deadline.days + 6)
                let closedOn = calendar.addWorkingDays(working + deadline.pausedDays, to: received)
                let closes = closedOn < today && i % 10 != 7
                let model = CaseModel()
                model.id = UUID()
                model.number = String(format: "OW-%04d-%06d", year, last - count + 1 + i)
                model.serviceCode = form.serviceCode
                model.agencyID = owners[form.serviceCode]!
                model.formVersion = form.version
                model.applicantID = applicantID
                model.applicantFIN = applicantFIN
                model.setApplicantName(first: "Nigar", last: "Hüseynova")
                model.answers = Answers(values: [:])
                model.unitCode = units[i % units.count]
                model.status = closes ? (i % 10 == 6 ? .rejected : .completed) : .inReview
                if model.status == .rejected { model.decisionReason = RejectionReason.incompleteDocuments.rawValue }
                model.setDeadline(deadline, calendar)
                if deadline.days > CaseDeadline.defaultDays, i % 10 == 9 { model.extensionReason = "Demo: expert opinion requested" }
                let start = received.startOfDay() ?? now
                model.createdAt = start
                model.submittedAt = start
                model.updatedAt = now
                if closes, model.status == .completed, i % 3 == 0 { model.rating = 2 + i % 4 }
                cases.append(model)
                func event(_ seq: Int, _ day: LocalDate, _ kind: CaseEventModel.Kind, _ to: CaseStatus?, _ actor: CaseActor) {
                    let e = CaseEventModel()
                    e.id = UUID(); e.caseID = model.id!; e.seq = seq; e.kind = kind; e.toStatus = to; e.actorKind = actor
                    e.at = (day.startOfDay() ?? now).addingTimeInterval(11 * 3600)
                    events.append(e)
                }
                event(1, received, .status, .received, .system)
                if closes {
                    event(2, closedOn, .status, model.status, model.status == .rejected ? .head : .operator)
                    if model.rating != nil, closedOn.adding(days: 1) < today { event(3, closedOn.adding(days: 1), .rating, nil, .applicant) }
                    else { model.rating = nil }
                }
            }
            try await cases.create(on: db)
            for chunk in stride(from: 0, to: events.count, by: 200) { try await Array(events[chunk..<min(chunk + 200, events.count)]).create(on: db) }
        }
    }
}
