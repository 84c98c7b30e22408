import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// Who applies — a citizen, or a company's representative — and what the citizen's use cases
/// (StartApplication, SaveAnswers, UploadCaseFile, SubmitApplication, CancelApplication, AnswerRequest,
/// RateCase) share: the refusal, which cases this person sees, the form and its rules. Web pages, the
/// API and tests all come through these; every change is audited and every transition checked by
/// `CaseTransitions`.
struct Applicant {
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
    func visibleModel(_ id: UUID, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.find(id, on: db) else { throw Failure.notFound }
        if let voen = model.companyVOEN {
            guard companyVOENs.contains(voen) else { throw Failure.notFound }
            return model
        }
        guard model.applicantID == principal.userID else { throw Failure.notFound }
        return model
    }

    /// The case as pages and the API show it (see `visibleModel`).
    func visibleCase(_ id: UUID) async throws -> ApplicationCase {
        try ApplicationCase(try await visibleModel(id, on: app.db))
    }

    /// Cases of this person and of the companies they represent, newest first.
    func list() async throws -> [ApplicationCase] {
        try await ApplicationsQueries(db: app.db).cases(of: principal.userID, companies: companyVOENs)
    }

    /// What the cabinet overview shows: at most `limit` open cases and `limit` results, newest first.
    func overview(limit: Int) async throws -> (open: [CabinetCase], results: [CabinetCase]) {
        try await ApplicationsQueries(db: app.db).cabinetCases(of: principal.userID, companies: companyVOENs, limit: limit)
    }

    func form(_ serviceCode: String, version: Int, on db: any Database) async throws -> FormDefinition {
        guard let form = try await ApplicationsQueries(db: db).form(serviceCode, version: version) else { throw Failure.notFound }
        return form.definition
    }

    func form(of model: CaseModel, on db: any Database) async throws -> FormDefinition {
        try await form(model.serviceCode, version: model.formVersion, on: db)
    }

    func form(of application: ApplicationCase) async throws -> FormDefinition {
        try await form(application.serviceCode, version: application.formVersion, on: app.db)
    }

    /// The rules of `form` for a case, given which of its prefilled answers are the register's.
    func validation(_ form: FormDefinition, registerFilled: Set<String>? = nil) async throws -> FormValidation {
        FormValidation(form: form, today: today, unitCodes: Set(try await app.portal.directory.units().map(\.code)),
                       registerFilled: registerFilled)
    }

    func validation(_ form: FormDefinition, for model: CaseModel) async throws -> FormValidation {
        try await validation(form, registerFilled: model.registerFilled(in: form))
    }

    func validation(_ form: FormDefinition, for application: ApplicationCase) async throws -> FormValidation {
        try await validation(form, registerFilled: application.registerFilled(in: form))
    }

    /// A file of a visible case for its applicant: their own uploads, and the agency's result once the
    /// decision is made (a result attached during review is not the citizen's yet).
    func file(_ fileID: UUID, of caseID: UUID) async throws -> CaseFile {
        let model = try await visibleModel(caseID, on: app.db)
        guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == caseID else { throw Failure.notFound }
        if file.use == .result, !model.status.isFinal { throw Failure.notFound }
        return try CaseFile(file)
    }

    /// The case's result document, when the citizen may have it (see `file`).
    func result(of application: ApplicationCase) async throws -> CaseFile? {
        guard application.status.isFinal, let id = application.resultFileID else { return nil }
        return try await CaseFileModel.find(id, on: app.db).map(CaseFile.init)
    }

    /// A file answer must be a file uploaded to this case for that field (a supporting document: for
    /// that field's document).
    func checkFiles(_ answers: Answers, page: FormPage, caseID: UUID) async throws {
        let keys = page.fields.filter { $0.kind == .file }.map(\.id) + page.fields.filter { $0.prefill != nil }.map { FormField.documentKey($0.id) }
        for key in keys {
            guard let value = answers.values[key], let fileID = UUID(uuidString: value) else { continue }
            guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == caseID, file.use == .answer(key) else {
                throw Failure.invalid([AnswerProblem(page: page.id, field: key, key: "applications.answer.file")])
            }
        }
    }

    /// Writes the audit entry of a citizen's action on a case.
    func audit(_ action: String, _ model: CaseModel, objectID: String?, details: [String: String] = [:], on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, subjectFIN: model.applicantFIN,
                                                     objectType: "application", objectID: objectID, details: details), on: db)
    }
}
