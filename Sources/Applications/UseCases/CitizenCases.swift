import Catalog
import FluentKit
import Foundation
import PortalHTTP
import SQLKit

/// What a citizen (or a company's representative) does with applications: start, answer page by
/// page, submit, cancel, answer a request for information, rate. Web pages, the API and tests all
/// come through here; every change is audited and every transition checked by `CaseTransitions`.
struct CitizenCases {
    enum Failure: Error, Equatable {
        case notFound
        /// The service has no online application (stage, or no published form).
        case notOnline
        /// Not allowed in the case's present state.
        case wrongState
        case invalid([AnswerProblem])
        case file(String)
    }

    let app: Application
    let principal: Principal
    let ip: String?

    var now: Date { app.portal.now() }
    var today: LocalDate { LocalDate(now) }
    var actor: AuditActor { principal.auditActor(ip: ip) }

    /// The VÖENs whose cases this person sees (companies they represent).
    var companyVOENs: [String] { principal.companies.map(\.voen) }

    /// A case this person may see: their own, or their company's. Anything else is "not found", so
    /// numbers of other people's cases cannot be probed.
    func visibleCase(_ id: UUID, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.find(id, on: db) else { throw Failure.notFound }
        if model.applicantID == principal.userID { return model }
        if let voen = model.companyVOEN, companyVOENs.contains(voen) { return model }
        throw Failure.notFound
    }

    func visibleCase(number: String, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.query(on: db).filter(\.$number == number).first(), let id = model.id else { throw Failure.notFound }
        return try await visibleCase(id, on: db)
    }

    /// Cases of this person and of the companies they represent, newest first.
    func list(on db: any Database) async throws -> [CaseModel] {
        let voens = companyVOENs
        return try await CaseModel.query(on: db).group(.or) { or in
            or.filter(\.$applicantID == principal.userID)
            if !voens.isEmpty { or.filter(\.$companyVOEN ~~ voens) }
        }.sort(\.$createdAt, .descending).limit(500).all()
    }

    /// Starts an application. The pages continue the open draft for the same service and applicant
    /// (`reuseDraft`); the API makes a new draft on every call.
    func start(serviceCode: String, forCompany: Bool, reuseDraft: Bool = true) async throws -> CaseModel {
        let forms = FormRegistry(app: app)
        guard let service = try await app.catalog.index(on: app).entry(code: serviceCode),
              service.definition.stage.isElectronic,
              let agency = try await app.portal.directory.agency(code: service.definition.agencyCode),
              let form = try await forms.published(serviceCode, on: app.db) else { throw Failure.notOnline }
        let voen = forCompany ? principal.actingFor?.voen : nil
        if forCompany && voen == nil { throw Failure.notOnline }
        if reuseDraft, let open = try await CaseModel.query(on: app.db).filter(\.$applicantID == principal.userID)
            .filter(\.$serviceCode == serviceCode).filter(\.$status == CaseStatus.draft.rawValue).first(),
           open.companyVOEN == voen {
            return open
        }
        let person = try await app.portal.registryLookup.person(fin: principal.fin)
        return try await app.db.writeTransaction { db in
            let model = CaseModel()
            model.id = UUID()
            model.serviceCode = serviceCode
            model.agencyID = agency.id
            model.formVersion = form.version
            model.applicantID = principal.userID
            model.applicantFIN = principal.fin.value
            model.companyVOEN = voen
            model.status = CaseStatus.draft.rawValue
            model.answers = Prefill(person: person, principal: principal).answers(for: try form.definition)
            model.unitCode = person?.territorialUnitCode
            model.deadlineDays = service.definition.deadlineDays.map { min(max($0, 1), CaseDeadline.maximumDays) } ?? CaseDeadline.defaultDays
            model.pausedDays = 0
            model.feeQepik = service.definition.fee.kind == .fixed ? service.definition.fee.amount : nil
            model.createdAt = now
            model.updatedAt = now
            try await model.create(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.case.started", subjectFIN: principal.fin.value,
                                                         objectType: "application", objectID: model.id?.uuidString,
                                                         details: ["service": serviceCode, "form_version": String(form.version)]), on: db)
            return model
        }
    }

    func form(of model: CaseModel, on db: any Database) async throws -> FormDefinition {
        guard let form = try await FormRegistry(app: app).version(model.serviceCode, model.formVersion, on: db) else { throw Failure.notFound }
        return try form.definition
    }

    func validation(_ form: FormDefinition) async throws -> FormValidation {
        FormValidation(form: form, today: today, unitCodes: Set(try await app.portal.directory.units().map(\.code)))
    }

    /// Saves one page's answers into the draft. Invalid answers are kept as typed (so nothing is
    /// lost) and returned as problems; prefilled fields cannot be overwritten.
    func save(_ id: UUID, page pageID: String, answers submitted: Answers) async throws -> [AnswerProblem] {
        let model = try await visibleCase(id, on: app.db)
        guard model.caseStatus == .draft else { throw Failure.wrongState }
        let form = try await form(of: model, on: app.db)
        guard let page = form.page(pageID) else { throw Failure.notFound }
        let validation = try await validation(form)
        var merged = model.answers
        var incoming = submitted
        for field in page.fields where field.prefill != nil { incoming.values[field.id] = nil }
        merged.merge(incoming)
        let result = validation.check(page: page, answers: merged)
        try await checkFiles(result.answers, page: page, caseID: id)
        // Answers of fields now hidden (show-if no longer met) are dropped.
        for field in page.fields where !validation.isVisible(field, in: merged) {
            merged.values[field.id] = nil
            merged.groups[field.id] = nil
        }
        merged.merge(result.answers)
        let saved = merged
        try await app.db.writeTransaction { db in
            guard let fresh = try await CaseModel.find(id, on: db), fresh.caseStatus == .draft else { throw Failure.wrongState }
            fresh.answers = saved
            fresh.updatedAt = now
            try await fresh.save(on: db)
        }
        return result.problems
    }

    /// A file answer must be a file uploaded to this case for that field.
    func checkFiles(_ answers: Answers, page: FormPage, caseID: UUID) async throws {
        for field in page.fields where field.kind == .file {
            guard let value = answers.values[field.id], let fileID = UUID(uuidString: value) else { continue }
            guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == caseID, file.purpose == field.id else {
                throw Failure.invalid([AnswerProblem(page: page.id, field: field.id, key: "applications.answer.file")])
            }
        }
    }

    /// Keeps an uploaded file for a field of the draft; returns its id (the field's answer).
    func upload(_ id: UUID, field fieldID: String, name: String, bytes: [UInt8]) async throws -> UUID {
        let model = try await visibleCase(id, on: app.db)
        guard model.caseStatus == .draft || model.caseStatus == .infoRequested else { throw Failure.wrongState }
        let form = try await form(of: model, on: app.db)
        guard fieldID == "info" || form.fieldsByID[fieldID]?.kind == .file else { throw Failure.notFound }
        let stored: FileStore.Stored
        do { stored = try await app.files.store(bytes) } catch let refusal as FileStore.Refusal { throw Failure.file(refusal.key) }
        return try await app.db.writeTransaction { db in
            let file = try await CaseFileModel.keep(stored, name: name, caseID: id, purpose: fieldID, by: principal.userID, at: now, on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.file.uploaded", subjectFIN: model.applicantFIN,
                                                         objectType: "application", objectID: id.uuidString,
                                                         details: ["field": fieldID, "sha256": stored.sha256, "size": String(stored.size)]), on: db)
            return file.id!
        }
    }

    /// Submits the draft: every page is checked again; on success the case gets its number and goes
    /// to the agency, or waits for its fee. Submitting twice returns the same case (retries are safe).
    func submit(_ id: UUID) async throws -> CaseModel {
        let model = try await visibleCase(id, on: app.db)
        if model.caseStatus != .draft {
            guard model.number != nil, model.caseStatus != .cancelled else { throw Failure.wrongState }
            return model
        }
        let form = try await form(of: model, on: app.db)
        let result = try await validation(form).checkAll(model.answers)
        guard result.problems.isEmpty else { throw Failure.invalid(result.problems) }
        for page in form.pages { try await checkFiles(result.answers, page: page, caseID: id) }
        let calendar = app.portal.calendar
        let terms = try await FeeInvoicing.terms(for: model, app: app)
        return try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            guard let fresh = try await CaseModel.find(id, on: db) else { throw Failure.notFound }
            guard fresh.caseStatus == .draft else { return fresh }
            let log = CaseLog(app: app, db: db)
            fresh.answers = result.answers
            fresh.number = try await CaseNumbers.next(year: BakuTime.calendar().component(.year, from: now), on: db)
            fresh.submittedAt = now
            try await log.move(fresh, to: .submitted, by: .applicant, actorID: principal.userID)
            if let fee = fresh.feeQepik, fee > 0 {
                try await log.move(fresh, to: .awaitingPayment, by: .system)
                fresh.invoiceID = try await FeeInvoicing.create(for: fresh, amount: fee, terms: terms, on: db, app: app)
            } else {
                try await log.receive(fresh, calendar: calendar)
            }
            try await fresh.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.case.submitted", subjectFIN: fresh.applicantFIN,
                                                         objectType: "application", objectID: fresh.number,
                                                         details: ["service": fresh.serviceCode, "status": fresh.status]), on: db)
            return fresh
        }
    }

    func cancel(_ id: UUID) async throws {
        let model = try await visibleCase(id, on: app.db)
        try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            guard let fresh = try await CaseModel.find(id, on: db),
                  CaseTransitions.allows(fresh.caseStatus, .cancelled, by: .applicant) else { throw Failure.wrongState }
            try await CaseLog(app: app, db: db).move(fresh, to: .cancelled, by: .applicant, actorID: principal.userID)
            try await fresh.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.case.cancelled", subjectFIN: model.applicantFIN,
                                                         objectType: "application", objectID: fresh.number ?? id.uuidString), on: db)
        }
    }

    /// The citizen's answer to a request for more information: the case returns to review and the
    /// legal clock runs again.
    func answerRequest(_ id: UUID, message: String, fileID: UUID?) async throws {
        _ = try await visibleCase(id, on: app.db)
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4_000 else {
            throw Failure.invalid([AnswerProblem(page: "info", field: "message", key: text.isEmpty ? "applications.answer.required" : "applications.answer.too_long")])
        }
        if let fileID {
            guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == id, file.purpose == "info" else {
                throw Failure.invalid([AnswerProblem(page: "info", field: "file", key: "applications.answer.file")])
            }
        }
        let calendar = app.portal.calendar
        try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            guard let fresh = try await CaseModel.find(id, on: db), fresh.caseStatus == .infoRequested else { throw Failure.wrongState }
            var deadline = fresh.deadline
            deadline?.resume(on: today, calendar)
            if let deadline { fresh.setDeadline(deadline, calendar) }
            let log = CaseLog(app: app, db: db)
            try await log.event(fresh, kind: "info_answer", actor: .applicant, actorID: principal.userID,
                                message: fileID.map { "\(text)\n[file:\($0.uuidString)]" } ?? text)
            try await log.move(fresh, to: .inReview, by: .applicant, actorID: principal.userID)
            try await fresh.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.case.info_answered", subjectFIN: fresh.applicantFIN,
                                                         objectType: "application", objectID: fresh.number), on: db)
        }
    }

    /// A rating of 1–5 with an optional comment, once, after completion.
    func rate(_ id: UUID, rating: Int, comment: String?) async throws {
        let model = try await visibleCase(id, on: app.db)
        guard model.applicantID == principal.userID else { throw Failure.notFound }
        guard (1...5).contains(rating) else { throw Failure.invalid([AnswerProblem(page: "rating", field: "rating", key: "applications.rating.range")]) }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000).description
        try await app.db.writeTransaction { db in
            try await CaseLock.lock(id, on: db)
            guard let fresh = try await CaseModel.find(id, on: db), fresh.caseStatus == .completed, fresh.rating == nil else { throw Failure.wrongState }
            fresh.rating = rating
            fresh.ratingComment = comment?.isEmpty == false ? comment : nil
            fresh.updatedAt = now
            try await fresh.save(on: db)
            try await CaseLog(app: app, db: db).event(fresh, kind: "rating", actor: .applicant, actorID: principal.userID, message: String(rating))
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "applications.case.rated", subjectFIN: fresh.applicantFIN,
                                                         objectType: "application", objectID: fresh.number, details: ["rating": String(rating)]), on: db)
        }
    }
}

/// Fills what the state already holds (population register, the session) into a new draft.
struct Prefill {
    let person: PersonRecord?
    let principal: Principal

    func value(_ source: FormField.Prefill) -> String? {
        switch source {
        case .fullName: return person?.fullName ?? principal.displayName
        case .birthDate: return person?.birthDate.iso
        case .address: return person?.address
        case .unit: return person?.territorialUnitCode
        case .fin: return principal.fin.value
        case .phone, .email: return nil
        case .companyVOEN: return principal.actingFor?.voen
        case .companyName: return principal.actingFor?.name
        }
    }

    func answers(for form: FormDefinition) -> Answers {
        var answers = Answers()
        for page in form.pages {
            for field in page.fields {
                if let source = field.prefill, let value = value(source) { answers.values[field.id] = value }
            }
        }
        return answers
    }
}

/// Row lock for read-modify-write of a case inside a write transaction (PostgreSQL; on SQLite the
/// transaction already holds the only write lock).
enum CaseLock {
    static func lock(_ id: UUID, on db: any Database) async throws {
        guard !db.isSQLite, let sql = db as? any SQLDatabase else { return }
        _ = try await sql.raw("SELECT id FROM applications_cases WHERE id = \(bind: id) FOR UPDATE").all()
    }
}

/// `OW-2026-000123`: per-year counters advanced inside the submitting transaction.
enum CaseNumbers {
    static func next(year: Int, on db: any Database) async throws -> String {
        String(format: "OW-%04d-%06d", year, try await reserve(year: year, count: 1, on: db))
    }
}
