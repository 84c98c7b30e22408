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
    /// numbers of other people's cases cannot be probed. A company's case is the company's: whoever
    /// applied for it sees it only while they still represent the company (a director the register
    /// no longer names loses it).
    func visibleCase(_ id: UUID, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.find(id, on: db) else { throw Failure.notFound }
        if let voen = model.companyVOEN {
            guard companyVOENs.contains(voen) else { throw Failure.notFound }
            return model
        }
        guard model.applicantID == principal.userID else { throw Failure.notFound }
        return model
    }

    func visibleCase(number: String, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.query(on: db).filter(\.$number == number).first(), let id = model.id else { throw Failure.notFound }
        return try await visibleCase(id, on: db)
    }

    /// Cases of this person and of the companies they represent, newest first.
    func list(on db: any Database) async throws -> [CaseModel] {
        let voens = companyVOENs
        return try await CaseModel.query(on: db).group(.or) { or in
            or.group(.and) { own in own.filter(\.$applicantID == principal.userID).filter(\.$companyVOEN == nil) }
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
            let prefilled = Prefill(person: person, principal: principal).answers(for: try form.definition)
            model.answers = prefilled.answers
            model.registerFilled = prefilled.filled
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

    /// The rules of `form` for `model` (which prefilled answers are the register's).
    func validation(_ form: FormDefinition, for model: CaseModel? = nil) async throws -> FormValidation {
        FormValidation(form: form, today: today, unitCodes: Set(try await app.portal.directory.units().map(\.code)),
                       registerFilled: model?.registerFilled(in: form))
    }

    /// What to do with a request that writes an answer the register filled: the API refuses it (422,
    /// nothing saved), the web form ignores the posted value (the register's stays).
    enum RegisterWrite { case refuse, ignore }

    /// Saves one page's answers into the draft. Invalid answers are kept as typed (so nothing is
    /// lost) and returned as problems. Answers the register filled — of this page or any other, as a
    /// value, a group or a group row's member — are never written: refused or ignored (`onRegisterWrite`);
    /// nor are missing ones whose way out is the office.
    func save(_ id: UUID, page pageID: String, answers submitted: Answers, onRegisterWrite: RegisterWrite) async throws -> [AnswerProblem] {
        let model = try await visibleCase(id, on: app.db)
        guard model.caseStatus == .draft else { throw Failure.wrongState }
        let form = try await form(of: model, on: app.db)
        guard let page = form.page(pageID) else { throw Failure.notFound }
        let validation = try await validation(form, for: model)
        var merged = model.answers
        var incoming = submitted
        let written = Self.registerWrites(incoming, locked: validation.closedToApplicant)
        if !written.isEmpty {
            switch onRegisterWrite {
            case .refuse:
                throw Failure.invalid(written.map { id in
                    AnswerProblem(page: form.page(containing: id)?.id ?? page.id, field: id,
                                  key: validation.registerFilled.contains(id) ? "applications.answer.prefilled" : "applications.prefill.visit_office")
                })
            case .ignore:
                for id in written {
                    incoming.values[id] = nil
                    incoming.groups[id] = nil
                    incoming.values[FormField.documentKey(id)] = nil
                }
                incoming.groups = incoming.groups.mapValues { rows in rows.map { $0.filter { !written.contains($0.key) } } }
            }
        }
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

    /// The fields closed to the applicant (`locked`) a request names, sorted: as a value, its document, a
    /// group, or a member of a group row.
    static func registerWrites(_ answers: Answers, locked: Set<String>) -> [String] {
        var named = Set(answers.values.keys).union(answers.groups.keys)
        named.formUnion(answers.groups.values.flatMap { $0.flatMap(\.keys) })
        named.formUnion(answers.values.keys.filter { $0.hasSuffix(".document") }.map { String($0.dropLast(".document".count)) })
        return named.intersection(locked).sorted()
    }

    /// A file of a visible case for its applicant: their own uploads, and the agency's result once the
    /// decision is made (a result attached during review is not the citizen's yet).
    func file(_ fileID: UUID, of caseID: UUID, on db: any Database) async throws -> CaseFileModel {
        let model = try await visibleCase(caseID, on: db)
        guard let file = try await CaseFileModel.find(fileID, on: db), file.caseID == caseID else { throw Failure.notFound }
        if file.purpose == "result", !model.caseStatus.isFinal { throw Failure.notFound }
        return file
    }

    /// The case's result document, when the citizen may have it (see `file`).
    func result(of model: CaseModel, on db: any Database) async throws -> CaseFileModel? {
        guard model.caseStatus.isFinal, let id = model.resultFileID else { return nil }
        return try await CaseFileModel.find(id, on: db)
    }

    /// A file answer must be a file uploaded to this case for that field (a supporting document: for
    /// that field's document).
    func checkFiles(_ answers: Answers, page: FormPage, caseID: UUID) async throws {
        let keys = page.fields.filter { $0.kind == .file }.map(\.id) + page.fields.filter { $0.prefill != nil }.map { FormField.documentKey($0.id) }
        for key in keys {
            guard let value = answers.values[key], let fileID = UUID(uuidString: value) else { continue }
            guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == caseID, file.purpose == key else {
                throw Failure.invalid([AnswerProblem(page: page.id, field: key, key: "applications.answer.file")])
            }
        }
    }

    /// May a file be uploaded for `key` of this case: a file field, the answer to a request ("info"),
    /// or the supporting document of a prefilled field the register could not fill and the applicant types.
    func takesFile(_ key: String, form: FormDefinition, model: CaseModel) async throws -> Bool {
        if key == "info" || form.fieldsByID[key]?.kind == .file { return true }
        guard key.hasSuffix(".document"), let field = form.fieldsByID[String(key.dropLast(".document".count))] else { return false }
        return try await validation(form, for: model).isMissingFromRegister(field) && field.whenMissing == .enterWithDocument
    }

    /// Keeps an uploaded file for a field of the draft; returns its id (the field's answer).
    func upload(_ id: UUID, field fieldID: String, name: String, bytes: [UInt8]) async throws -> UUID {
        let model = try await visibleCase(id, on: app.db)
        guard model.caseStatus == .draft || model.caseStatus == .infoRequested else { throw Failure.wrongState }
        let form = try await form(of: model, on: app.db)
        guard try await takesFile(fieldID, form: form, model: model) else { throw Failure.notFound }
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
        let result = try await validation(form, for: model).checkAll(model.answers)
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
            // A unit the register did not know and the applicant gave places the case for regional offices.
            if fresh.unitCode == nil, let unit = form.prefilledFields.first(where: { $0.prefill == .unit }).flatMap({ result.answers.values[$0.id] }) {
                fresh.unitCode = unit
            }
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
