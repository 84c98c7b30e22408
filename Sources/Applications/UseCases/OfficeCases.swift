import FluentKit
import Foundation
import PortalHTTP
import SQLKit

/// What officials do with their agency's cases: the queue, reading a case (a read of personal data,
/// audited and shown in the citizen's data-access log), assignment, internal notes, requests for
/// information, decisions, extension of the deadline, the result.
struct OfficeCases {
    static let work: Permission = "applications.cases.work"
    static let decide: Permission = "applications.cases.decide"
    /// Heads see their agency's overdue list.
    static let overdue: Permission = "applications.cases.overdue"

    enum Failure: Error, Equatable {
        case notFound
        case forbidden
        case wrongState
        case invalid(field: String, key: String)
    }

    let app: Application
    let principal: Principal
    let ip: String?

    var now: Date { app.portal.now() }
    var today: LocalDate { LocalDate(now) }

    /// Where this official works cases: agency, and region when the role is scoped to one.
    var scopes: [RoleAssignment] { app.portal.permissions.assignments(of: principal, granting: Self.work).filter { $0.agencyID != nil } }

    func inScope(_ model: CaseModel) -> Bool {
        scopes.contains { $0.agencyID == model.agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == model.unitCode) }
    }

    /// The transition actors this person is at the case's agency (an operator who is also a head is both).
    func actors(for model: CaseModel) -> Set<CaseActor> {
        Set(principal.roles.filter { $0.agencyID == model.agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == model.unitCode) }
            .compactMap { CaseActor.official($0.role) })
    }

    func actorAudit(_ model: CaseModel) -> AuditActor { principal.officialActor(agencyID: model.agencyID, ip: ip) }

    struct Filter: Sendable {
        var status: CaseStatus?
        var serviceCode: String?
        var unitCode: String?
        var overdueOnly = false
        var mineOnly = false
        var limit = 50
        var offset = 0
    }

    /// One line of the queue: only what the list shows, read without building whole models (with
    /// 100,000 cases, Fluent's per-row model decoding was most of the page's cost).
    struct QueueItem: Decodable, Sendable {
        let id: UUID
        let number: String?
        let serviceCode: String
        let status: String
        let unitCode: String?
        let dueOn: String?
        let pausedSince: String?
        let assigneeID: UUID?

        enum CodingKeys: String, CodingKey {
            case id, number, status
            case serviceCode = "service_code", unitCode = "unit_code", dueOn = "due_on", pausedSince = "paused_since", assigneeID = "assignee_id"
        }

        var caseStatus: CaseStatus { CaseStatus(rawValue: status) ?? .draft }
        func isOverdue(today: String) -> Bool { pausedSince == nil && caseStatus.isOpenAtAgency && (dueOn.map { $0 < today } ?? false) }
    }

    /// The agency's queue (submitted cases only; drafts are the citizen's own), oldest due first.
    func queue(_ filter: Filter, on db: any Database) async throws -> (items: [QueueItem], total: Int) {
        let scopes = scopes
        guard !scopes.isEmpty else { throw Failure.forbidden }
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let today = today.iso
        let me = principal.userID
        func filtered(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = select.from(CaseModel.schema).where("status", .notEqual, CaseStatus.draft.rawValue).where { group in
                var group = group
                for scope in scopes {
                    group = group.orWhere { inner in
                        var inner = inner.where("agency_id", .equal, scope.agencyID!)
                        if let unit = scope.territorialUnitCode { inner = inner.where("unit_code", .equal, unit) }
                        return inner
                    }
                }
                return group
            }
            if let status = filter.status { query = query.where("status", .equal, status.rawValue) }
            if let service = filter.serviceCode { query = query.where("service_code", .equal, service) }
            if let unit = filter.unitCode { query = query.where("unit_code", .equal, unit) }
            if filter.mineOnly { query = query.where("assignee_id", .equal, me) }
            if filter.overdueOnly {
                query = query.where("status", .in, [CaseStatus.received, .inReview, .approved].map(\.rawValue))
                    .where("paused_since", .is, SQLLiteral.null).where("due_on", .lessThan, today)
            }
            return query
        }
        let countRow = try await filtered(sql.select().column(SQLAlias(SQLFunction("count", args: SQLLiteral.all), as: SQLIdentifier("n")))).first()
        let total = try countRow?.decode(column: "n", as: Int.self) ?? 0
        let items = try await filtered(sql.select().columns("id", "number", "service_code", "status", "unit_code", "due_on", "paused_since", "assignee_id"))
            .orderBy("due_on").orderBy("number").limit(min(filter.limit, 200)).offset(filter.offset)
            .all(decoding: QueueItem.self)
        return (items, total)
    }

    /// The queue with whole cases (the API), in the queue's order.
    func queueCases(_ filter: Filter, on db: any Database) async throws -> (cases: [CaseModel], total: Int) {
        let (items, total) = try await queue(filter, on: db)
        let ids = items.map(\.id)
        let models = ids.isEmpty ? [] : try await CaseModel.query(on: db).filter(\.$id ~~ ids).all()
        let byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id!, $0) })
        return (ids.compactMap { byID[$0] }, total)
    }

    /// The queue as the API hands it out: every case listed is a read of its applicant's data, shown
    /// in their data-access log like an opened case. One audit entry per case, all in one transaction.
    func readQueue(_ filter: Filter) async throws -> (cases: [CaseModel], total: Int) {
        let (cases, total) = try await queueCases(filter, on: app.db)
        try await app.portal.audit.recordAll(cases.map { readEvent($0, view: "summary") }, on: app.db)
        return (cases, total)
    }

    func find(_ id: UUID, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.find(id, on: db), model.caseStatus != .draft, inScope(model) else { throw Failure.notFound }
        return model
    }

    func find(number: String, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.query(on: db).filter(\.$number == number).first(), let id = model.id else { throw Failure.notFound }
        return try await find(id, on: db)
    }

    /// Opens a case: the official reads the citizen's answers, which is recorded as a read of their data.
    func open(_ id: UUID) async throws -> CaseModel {
        let model = try await find(id, on: app.db)
        try await app.portal.audit.record(readEvent(model, view: "full"), on: app.db)
        return model
    }

    /// A read of the applicant's data for case handling (`view`: the whole case, or a list's summary).
    func readEvent(_ model: CaseModel, view: String) -> AuditEvent {
        AuditEvent(actor: actorAudit(model), action: "applications.case.read", subjectFIN: model.applicantFIN,
                   objectType: "application", objectID: model.number, purpose: "case_handling",
                   details: ["service": model.serviceCode, "view": view], isPersonalDataRead: true)
    }

    /// Takes the case (or gives it to another official of the same agency); nil unassigns.
    func assign(_ id: UUID, to assignee: UUID?) async throws {
        try await change(id, action: "applications.case.assigned") { model, log in
            guard !model.caseStatus.isFinal else { throw Failure.wrongState }
            if let assignee, assignee != principal.userID {
                // Only someone who works this agency's cases may be given one.
                guard try await Self.worksAt(model.agencyID, userID: assignee, app: app) else { throw Failure.invalid(field: "assignee", key: "applications.office.assignee_invalid") }
            }
            model.assigneeID = assignee
            try await log.event(model, kind: "assignment", actor: actors(for: model).first ?? .operator, actorID: principal.userID)
            return ["assignee": assignee?.uuidString ?? "none"]
        }
    }

    static func worksAt(_ agencyID: UUID, userID: UUID, app: Application) async throws -> Bool {
        let working = Set(app.portal.permissions.roles(holding: work))
        return try await app.portal.staff.roles(of: userID, inAgency: agencyID, on: app.db).contains(where: working.contains)
    }

    /// An internal note: seen by the agency, never by the citizen.
    func note(_ id: UUID, text: String) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4_000 else { throw Failure.invalid(field: "text", key: "applications.answer.required") }
        try await change(id, action: "applications.case.noted") { model, log in
            let note = CaseNoteModel()
            note.id = UUID()
            note.caseID = model.id!
            note.authorID = principal.userID
            note.at = now
            note.text = text
            try await note.create(on: log.db)
            return [:]
        }
    }

    func notes(_ id: UUID) async throws -> [CaseNoteModel] {
        _ = try await find(id, on: app.db)
        return try await CaseNoteModel.query(on: app.db).filter(\.$caseID == id).sort(\.$at).all()
    }

    /// A decision or step: review, request for information (message required; the clock pauses),
    /// approval, rejection (a listed reason plus free text), completion with the result.
    func transition(_ id: UUID, to status: CaseStatus, message: String?, reason: RejectionReason?) async throws {
        let message = message?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if status == .infoRequested, message == nil { throw Failure.invalid(field: "message", key: "applications.office.message_required") }
        if status == .rejected {
            guard reason != nil else { throw Failure.invalid(field: "reason", key: "applications.office.reason_required") }
            guard message != nil else { throw Failure.invalid(field: "message", key: "applications.office.message_required") }
        }
        if let message, message.count > 4_000 { throw Failure.invalid(field: "message", key: "applications.answer.too_long") }
        let calendar = app.portal.calendar
        try await change(id, action: "applications.case.\(status.rawValue)") { model, log in
            let actors = actors(for: model)
            guard let actor = actors.first(where: { CaseTransitions.allows(model.caseStatus, status, by: $0) }) else {
                throw actors.isEmpty ? Failure.forbidden : Failure.wrongState
            }
            // "Completed" means the result is issued: there is one to give the citizen.
            if status == .completed, model.resultFileID == nil { throw Failure.invalid(field: "file", key: "applications.office.result_required") }
            if status == .infoRequested {
                var deadline = model.deadline
                deadline?.pause(on: today)
                if let deadline { model.setDeadline(deadline, calendar) }
            }
            if status == .approved || status == .rejected {
                model.decisionReason = reason?.rawValue ?? (status == .approved ? "approved" : nil)
                model.decisionText = message
            }
            let unit = try await app.portal.directory.agency(id: model.agencyID)?.code
            try await log.move(model, to: status, by: actor, actorID: principal.userID, unit: unit, message: message)
            return ["status": status.rawValue] .merging(reason.map { ["reason": $0.rawValue] } ?? [:]) { $1 }
        }
        // The result was attached before the decision: approving it issues the result.
        if status == .approved, try await find(id, on: app.db).resultFileID != nil {
            try await self.transition(id, to: .completed, message: nil, reason: nil)
        }
    }

    /// Extends the legal deadline (at most to 30 working days) with a recorded reason.
    func extend(_ id: UUID, to days: Int, reason: String) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw Failure.invalid(field: "reason", key: "applications.office.reason_required") }
        let calendar = app.portal.calendar
        try await change(id, action: "applications.case.extended") { model, log in
            guard model.caseStatus.isOpenAtAgency, var deadline = model.deadline else { throw Failure.wrongState }
            guard actors(for: model).contains(where: { $0 == .reviewer || $0 == .head }) else { throw Failure.forbidden }
            guard deadline.extend(to: days) else { throw Failure.invalid(field: "days", key: "applications.office.extension_invalid") }
            model.setDeadline(deadline, calendar)
            model.extensionReason = reason
            try await log.event(model, kind: "extension", actor: .reviewer, actorID: principal.userID,
                                unit: try await app.portal.directory.agency(id: model.agencyID)?.code, message: reason)
            return ["days": String(days)]
        }
    }

    /// Attaches the result document. Whatever the order — during review, after approval, with a
    /// rejection — the latest file attached as the result is the case's result, and the citizen gets it
    /// with the decision. On an approved case it issues the result: the case is completed.
    func attachResult(_ id: UUID, name: String, bytes: [UInt8]) async throws -> (fileID: UUID, completed: Bool) {
        let model = try await find(id, on: app.db)
        guard [.inReview, .approved, .rejected].contains(model.caseStatus) else { throw Failure.wrongState }
        guard !actors(for: model).isEmpty else { throw Failure.forbidden }
        let stored: FileStore.Stored
        do { stored = try await app.files.store(bytes, allowed: [.pdf]) } catch let refusal as FileStore.Refusal {
            throw Failure.invalid(field: "file", key: refusal.key)
        }
        let fileID = try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            let fresh = try await find(id, on: db)
            guard [.inReview, .approved, .rejected].contains(fresh.caseStatus) else { throw Failure.wrongState }
            let file = try await CaseFileModel.keep(stored, name: name, caseID: id, purpose: "result", by: principal.userID, at: now, on: db)
            fresh.resultFileID = file.id
            fresh.updatedAt = now
            try await fresh.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actorAudit(fresh), action: "applications.result.uploaded", subjectFIN: fresh.applicantFIN,
                                                         objectType: "application", objectID: fresh.number,
                                                         details: ["sha256": stored.sha256, "file": file.id!.uuidString]), on: db)
            return file.id!
        }
        guard try await find(id, on: app.db).caseStatus == .approved else { return (fileID, false) }
        try await transition(id, to: .completed, message: nil, reason: nil)
        return (fileID, true)
    }

    /// Read-modify-write of a case in scope, under its row lock, audited.
    private func change(_ id: UUID, action: String, _ body: @escaping @Sendable (CaseModel, CaseLog) async throws -> [String: String]) async throws {
        try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            let model = try await find(id, on: db)
            let details = try await body(model, CaseLog(app: app, db: db))
            model.updatedAt = now
            try await model.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actorAudit(model), action: action, subjectFIN: model.applicantFIN,
                                                         objectType: "application", objectID: model.number, details: details), on: db)
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
