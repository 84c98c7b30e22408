import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// The citizen's side: start an application from the service page, one page of questions at a time,
/// check the answers, submit, then follow the case (timeline, payment, answers to requests, result,
/// rating). Everything is plain HTML forms; nothing needs JavaScript.
struct CitizenPages {
    func register(web: any RoutesBuilder, signedIn: any RoutesBuilder) {
        signedIn.get("services", ":code", "apply", use: startPage)
        signedIn.post("services", ":code", "apply", use: start)
        signedIn.get("applications", use: list)
        signedIn.get("applications", ":id", use: casePage)
        signedIn.get("applications", ":id", "pages", ":page", use: questionPage)
        signedIn.on(.POST, "applications", ":id", "pages", ":page", bodyLimit: "12mb", use: saveAnswers)
        signedIn.get("applications", ":id", "resume", use: resume)
        signedIn.get("applications", ":id", "check", use: checkPage)
        signedIn.get("applications", ":id", "answers", use: printAnswers)
        signedIn.post("applications", ":id", "submit", use: submit)
        signedIn.post("applications", ":id", "cancel", use: cancel)
        signedIn.on(.POST, "applications", ":id", "answer", bodyLimit: "12mb", use: answer)
        signedIn.post("applications", ":id", "rating", use: rate)
        signedIn.get("applications", ":id", "files", ":file", use: download)
    }

    func applicant(_ req: Request) throws -> Applicant {
        Applicant(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
    }

    // MARK: start

    @Sendable func startPage(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        guard let entry = try await req.application.catalog.index(on: req.application).entry(code: code), entry.definition.stage.isElectronic,
              try await ApplicationsQueries(db: req.db).isOnline(code) else { throw Abort(.notFound) }
        let principal = try req.requirePrincipal()
        let draft = try await ApplicationsQueries(db: req.db).openDraft(applicant: principal.userID, serviceCode: code)
        let d = entry.definition
        let view = StartPage(code: code, name: d.name.text(req.language), agency: entry.agency.name.text(req.language),
                             fee: d.fee.kind == .fixed ? d.fee.amount : nil, deadlineDays: d.deadlineDays ?? CaseDeadline.defaultDays,
                             documents: d.documents.filter { !$0.heldByState }.map { $0.name.text(req.language) },
                             heldByState: d.documents.filter(\.heldByState).map { $0.name.text(req.language) },
                             company: d.audiences.contains(.business) ? principal.actingFor?.name : nil,
                             draftPath: draft.map { "/applications/\($0.uuidString)/resume" })
        return try req.render(view, titleKey: "applications.start.title", titleArguments: [view.name])
    }

    struct StartForm: Content { var forCompany: String? }

    @Sendable func start(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let form = try req.content.decode(StartForm.self)
        switch try await StartApplication(applicant: applicant(req)).run(serviceCode: code, forCompany: form.forCompany == "yes") {
        case .started(let model, let first):
            return req.redirect(to: "/applications/\(model.id.uuidString)/pages/\(first ?? "")", redirectType: .normal)
        }
    }

    // MARK: questions

    func units(_ req: Request) async throws -> [FieldView.Option] {
        try await req.portal.directory.units().filter(\.isPickable).labelled(req)
            .map { FieldView.Option(value: $0.code, label: $0.label, selected: false) }
    }

    func serviceName(_ code: String, _ req: Request) async throws -> String {
        try await req.application.catalog.index(on: req.application).entry(code: code)?.definition.name.text(req.language) ?? code
    }

    func renderQuestions(_ req: Request, model: ApplicationCase, page: FormPage, answers: Answers, problems: [AnswerProblem]) async throws -> Response {
        let applicant = try self.applicant(req)
        let form = try await applicant.form(of: model)
        let validation = try await applicant.validation(form, for: model)
        let visible = validation.visiblePages(answers)
        let step = (visible.firstIndex { $0.id == page.id } ?? 0) + 1
        var errors: [String: String] = [:]
        var formErrors = FormErrors()
        for problem in problems {
            let name = problem.field.replacingOccurrences(of: ".", with: "-")
            errors[problem.field.contains(".") ? problem.field : name] = req.t(problem.key)
            formErrors.add(name, req.t(problem.key))
        }
        let units = try await units(req)
        let files = try await ApplicationsQueries(db: req.db).fileNames(of: model.id)
        let fields = page.fields.filter { validation.isVisible($0, in: answers) }
            .flatMap { FieldView.build($0, answers: answers, errors: errors, files: files, units: units, req: req, validation: validation) }
        let view = QuestionPage(caseID: model.id.uuidString, serviceName: try await serviceName(model.serviceCode, req), pageID: page.id,
                                pageTitle: page.title.text(req.language), step: step, steps: visible.count, fields: fields, errors: formErrors,
                                backPath: step > 1 ? "/applications/\(model.id.uuidString)/pages/\(visible[step - 2].id)" : nil)
        return try req.render(view, titleKey: "applications.question.title", titleArguments: [view.pageTitle],
                              status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func questionPage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let applicant = try self.applicant(req)
        let model = try await applicant.visibleCase(id)
        guard model.status == .draft else { return req.redirect(to: "/applications/\(id.uuidString)", redirectType: .normal) }
        let form = try await applicant.form(of: model)
        guard let page = form.page(req.parameters.get("page") ?? "") else { throw Abort(.notFound) }
        return try await renderQuestions(req, model: model, page: page, answers: model.answers, problems: [])
    }

    /// Saves a page (values posted for answers the register filled are ignored: `readAnswers`).
    @Sendable func saveAnswers(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let applicant = try self.applicant(req)
        let model = try await applicant.visibleCase(id)
        guard model.status == .draft else { throw Applicant.Failure.wrongState }
        let form = try await applicant.form(of: model)
        guard let page = form.page(req.parameters.get("page") ?? "") else { throw Abort(.notFound) }
        let (answers, fileProblems) = try await readAnswers(req, page: page, model: model, applicant: applicant,
                                                            validation: try await applicant.validation(form, for: model))
        var problems: [AnswerProblem]
        do {
            switch try await SaveAnswers(applicant: applicant).run(id, page: page.id, answers: answers, onRegisterWrite: .ignore) {
            case .saved(_, let found): problems = found
            }
        } catch Applicant.Failure.invalid(let found) { problems = found }
        problems += fileProblems
        let saved = try await applicant.visibleCase(id)
        let adding = (try? req.content.get(String.self, at: "add")) != nil || (try? req.content.get(String.self, at: "remove")) != nil
        if adding {
            // "Add another" / "Remove": the same page again, without complaining about the new empty row.
            return try await renderQuestions(req, model: saved, page: page, answers: saved.answers, problems: [])
        }
        if (try? req.content.get(String.self, at: "later")) == "yes" {
            // Saved as typed, errors and all: they are shown again when the citizen comes back to submit.
            return req.redirect(to: "/applications", flash: "flash.applications.draft_saved")
        }
        if !problems.isEmpty {
            return try await renderQuestions(req, model: saved, page: page, answers: saved.answers, problems: problems)
        }
        let visible = try await applicant.validation(form, for: saved).visiblePages(saved.answers)
        if let index = visible.firstIndex(where: { $0.id == page.id }), index + 1 < visible.count {
            return req.redirect(to: "/applications/\(id.uuidString)/pages/\(visible[index + 1].id)", redirectType: .normal)
        }
        return req.redirect(to: "/applications/\(id.uuidString)/check", redirectType: .normal)
    }

    /// "Continue" on a saved draft: the first page still to answer, or the check when all are.
    @Sendable func resume(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let base = "/applications/\(id.uuidString)"
        switch try await ResumeDraft(applicant: applicant(req)).run(id) {
        case .page(let page): return req.redirect(to: "\(base)/pages/\(page)", redirectType: .normal)
        case .check: return req.redirect(to: "\(base)/check", redirectType: .normal)
        case .submitted: return req.redirect(to: base, redirectType: .normal)
        }
    }

    // MARK: check and submit

    func renderCheck(_ req: Request, model: ApplicationCase, problems: [AnswerProblem]) async throws -> Response {
        let applicant = try self.applicant(req)
        let form = try await applicant.form(of: model)
        let validation = try await applicant.validation(form, for: model)
        let unitNames = Dictionary(uniqueKeysWithValues: try await units(req).map { ($0.value, $0.label) })
        let rows = form.summary(model.answers, validation: validation, files: try await ApplicationsQueries(db: req.db).fileNames(of: model.id), unitNames: unitNames, req: req)
        let fields = form.fieldsByID
        let links = problems.map { problem in
            let top = String(problem.field.split(separator: ".").first ?? "")
            let label = (fields[top]?.label.text(req.language)).map { "\($0): " } ?? ""
            return CheckPage.Problem(message: label + req.t(problem.key),
                               path: "/applications/\(model.id.uuidString)/pages/\(problem.page)#\(problem.field.replacingOccurrences(of: ".", with: "-"))")
        }
        let view = CheckPage(caseID: model.id.uuidString, serviceName: try await serviceName(model.serviceCode, req), rows: rows,
                             fee: Self.feeText(model.feeQepik, req), problems: links)
        return try req.render(view, titleKey: "applications.check.title", status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func checkPage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let model = try await applicant(req).visibleCase(id)
        guard model.status == .draft else { return req.redirect(to: "/applications/\(id.uuidString)", redirectType: .normal) }
        return try await renderCheck(req, model: model, problems: [])
    }

    /// The applicant's printable copy of a submitted application (a draft is still being written: its check page).
    @Sendable func printAnswers(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let applicant = try self.applicant(req)
        let model = try await applicant.visibleCase(id)
        guard model.status != .draft, let number = model.number else { return req.redirect(to: "/applications/\(id.uuidString)/resume", redirectType: .normal) }
        let form = try await applicant.form(of: model)
        let validation = try await applicant.validation(form, for: model)
        let unitNames = Dictionary(uniqueKeysWithValues: try await units(req).map { ($0.value, $0.label) })
        let rows = form.summary(model.answers, validation: validation, files: try await ApplicationsQueries(db: req.db).fileNames(of: model.id),
                                unitNames: unitNames, req: req)
        let entry = try await req.application.catalog.index(on: req.application).entry(code: model.serviceCode)
        let view = AnswersPrintPage(caseID: id.uuidString, number: number, serviceName: try await serviceName(model.serviceCode, req),
                                    agency: entry?.agency.name.text(req.language), submitted: model.submittedAt.map(req.displayTime),
                                    applicant: model.applicantName,
                                    company: model.companyVOEN.map { voen in applicant.principal.companies.first { $0.voen == voen }.map { "\($0.name) (\(voen))" } ?? voen },
                                    rows: rows)
        return try req.render(view, titleKey: "applications.print.title", titleArguments: [number])
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        do {
            switch try await SubmitApplication(applicant: applicant(req)).run(id) {
            case .awaitingPayment: return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.submitted_pay")
            case .received: return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.submitted")
            }
        } catch Applicant.Failure.invalid(let problems) {
            return try await renderCheck(req, model: try await applicant(req).visibleCase(id), problems: problems)
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        _ = try await CancelApplication(applicant: applicant(req)).run(id)
        return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.cancelled")
    }

    // MARK: the case

    /// A fee to pay, as the request's language writes an amount (nil when there is none).
    static func feeText(_ qepik: Int64?, _ req: Request) -> String? {
        qepik.flatMap { $0 == 0 ? nil : Money(minorUnits: $0).formatted(req.language) }
    }

    /// Who reads a timeline: the citizen is "you"; the office reads the citizen's own steps in the third
    /// person (`applications.event.office.<kind>`).
    enum TimelineReader { case citizen, office }

    static let officeWorded: Set<CaseEventModel.Kind> = [.infoAnswer, .rating, .decisionRequest]

    static func timeline(_ events: [CaseEvent], req: Request, agencies: [String: String], reader: TimelineReader = .citizen) -> [TimelineEntry] {
        events.map { event in
            let text: String
            switch event.kind {
            case .status: text = req.t("applications.status.\(event.toStatus?.rawValue ?? "")")
            case let kind where reader == .office && officeWorded.contains(kind): text = req.t("applications.event.office.\(kind.rawValue)")
            default: text = req.t("applications.event.\(event.kind.rawValue)")
            }
            return TimelineEntry(text: text, at: req.displayTime(event.at), detail: event.unit.flatMap { agencies[$0] ?? $0 },
                                 message: event.kind == .rating || (event.kind == .decisionRequest && reader == .citizen) ? nil : event.message?.replacingOccurrences(of: #"\n?\[file:[0-9A-F-]+\]"#, with: "", options: .regularExpression))
        }
    }

    @Sendable func casePage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let applicant = try self.applicant(req)
        let model = try await applicant.visibleCase(id)
        let events = try await ApplicationsQueries(db: req.db).timeline(of: id)
        let agencies = Dictionary(uniqueKeysWithValues: try await req.portal.directory.agencies().map { ($0.code, $0.name.text(req.language)) })
        let status = model.status
        let calendar = req.portal.calendar
        let deadline = model.deadline
        let lastRequest = events.last { $0.kind == .status && $0.toStatus == .infoRequested }
        let resultFile = try await applicant.result(of: model)
        let view = CasePage(
            id: id.uuidString, number: model.number, serviceName: try await serviceName(model.serviceCode, req),
            status: req.t("applications.status.\(status.rawValue)"),
            due: deadline.map { req.displayDate($0.due(calendar)) }, overdue: deadline?.isOverdue(on: applicant.today, calendar) ?? false,
            paused: deadline?.pausedSince != nil, timeline: Self.timeline(events, req: req, agencies: agencies),
            nextStep: req.t("applications.next.\(status.rawValue)"),
            payPath: status == .awaitingPayment ? model.invoiceID.map { "/payments/invoices/\($0.uuidString)" } : nil, fee: Self.feeText(model.feeQepik, req),
            canCancel: CaseTransitions.allows(status, .cancelled, by: .applicant), canContinue: status == .draft,
            infoRequest: status == .infoRequested ? lastRequest?.message : nil,
            canRate: status == .completed && model.rating == nil && model.applicantID == applicant.principal.userID,
            rating: model.rating,
            result: status.isFinal ? model.decisionText : nil,
            resultFile: resultFile.map { "/applications/\(id.uuidString)/files/\($0.id.uuidString)" },
            decision: model.decisionReason.flatMap { $0 == "approved" ? nil : req.t("applications.rejection.\($0)") },
            company: model.companyVOEN)
        return try req.render(view, titleKey: "applications.case.title", titleArguments: [model.number ?? view.serviceName])
    }

    @Sendable func list(req: Request) async throws -> Response {
        let applicant = try self.applicant(req)
        let models = try await applicant.list()
        let index = try await req.application.catalog.index(on: req.application)
        let rows = models.map { model in
            CaseListPage.Row(path: model.status == .draft ? "/applications/\(model.id.uuidString)/resume" : "/applications/\(model.id.uuidString)",
                             number: model.number ?? req.t("applications.list.draft"),
                             service: index.entry(code: model.serviceCode)?.definition.name.text(req.language) ?? model.serviceCode,
                             status: req.t("applications.status.\(model.status.rawValue)"), updated: req.displayTime(model.updatedAt),
                             due: model.dueOn.flatMap(LocalDate.init(iso:)).map(req.displayDate))
        }
        return try req.render(CaseListPage(rows: rows), titleKey: "applications.list.title")
    }

    struct AnswerForm: Content { var message: String? }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let applicant = try self.applicant(req)
        _ = try await applicant.visibleCase(id)
        var fileID: UUID?
        if let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 {
            do {
                switch try await UploadCaseFile(applicant: applicant).run(id, field: "info", name: upload.filename, bytes: Array(buffer: upload.data)) {
                case .kept(let kept): fileID = kept
                }
            } catch Applicant.Failure.file(let key) {
                return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.\(key)")
            }
        }
        do {
            _ = try await AnswerRequest(applicant: applicant).run(id, message: (try? req.content.get(String.self, at: "message")) ?? "", fileID: fileID)
        } catch Applicant.Failure.invalid {
            return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.answer_empty")
        }
        return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.answered")
    }

    struct RatingForm: Content {
        var rating: String?
        var comment: String?
    }

    @Sendable func rate(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let form = try req.content.decode(RatingForm.self)
        do { _ = try await RateCase(applicant: applicant(req)).run(id, rating: Int(form.rating ?? "") ?? 0, comment: form.comment) } catch Applicant.Failure.invalid {
            return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.rating_invalid")
        }
        return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.rated")
    }

    @Sendable func download(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let fileID = try req.uuidParameter("file")
        let file = try await applicant(req).file(fileID, of: id)
        return try FileDownload.response(file, app: req.application)
    }
}
