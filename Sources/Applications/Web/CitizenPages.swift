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
        signedIn.get("applications", ":id", "check", use: checkPage)
        signedIn.post("applications", ":id", "submit", use: submit)
        signedIn.post("applications", ":id", "cancel", use: cancel)
        signedIn.on(.POST, "applications", ":id", "answer", bodyLimit: "12mb", use: answer)
        signedIn.post("applications", ":id", "rating", use: rate)
        signedIn.get("applications", ":id", "files", ":file", use: download)
    }

    func cases(_ req: Request) throws -> CitizenCases {
        CitizenCases(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
    }

    // MARK: start

    @Sendable func startPage(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        guard let entry = try await req.application.catalog.index(on: req.application).entry(code: code), entry.definition.stage.isElectronic,
              try await FormRegistry(app: req.application).published(code, on: req.db) != nil else { throw Abort(.notFound) }
        let principal = try req.requirePrincipal()
        let draft = try await CaseModel.query(on: req.db).filter(\.$applicantID == principal.userID).filter(\.$serviceCode == code)
            .filter(\.$status == CaseStatus.draft.rawValue).first()
        let d = entry.definition
        let view = StartPage(code: code, name: d.name.text(req.language), agency: entry.agency.name.text(req.language),
                             fee: d.fee.kind == .fixed ? d.fee.amount : nil, deadlineDays: d.deadlineDays ?? CaseDeadline.defaultDays,
                             documents: d.documents.filter { !$0.heldByState }.map { $0.name.text(req.language) },
                             heldByState: d.documents.filter(\.heldByState).map { $0.name.text(req.language) },
                             company: d.audiences.contains(.business) ? principal.actingFor?.name : nil,
                             draftPath: draft.map { "/applications/\($0.id!.uuidString)/check" })
        return try req.render(view, titleKey: "applications.start.title", titleArguments: [view.name])
    }

    struct StartForm: Content { var forCompany: String? }

    @Sendable func start(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let form = try req.content.decode(StartForm.self)
        let model = try await cases(req).start(serviceCode: code, forCompany: form.forCompany == "yes")
        let definition = try await cases(req).form(of: model, on: req.db)
        let first = try await cases(req).validation(definition, for: model).visiblePages(model.answers).first?.id ?? definition.pages[0].id
        return req.redirect(to: "/applications/\(model.id!.uuidString)/pages/\(first)", redirectType: .normal)
    }

    // MARK: questions

    func units(_ req: Request) async throws -> [FieldView.Option] {
        try await req.portal.directory.units().filter { $0.kind != "autonomous_republic" }
            .map { FieldView.Option(value: $0.code, label: $0.name.text(req.language), selected: false) }
            .sorted { AzerbaijaniCollation.areInIncreasingOrder($0.label, $1.label) }
    }

    func files(of id: UUID, on db: any Database) async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await CaseFileModel.query(on: db).filter(\.$caseID == id).all().map { ($0.id!, $0.name) })
    }

    func serviceName(_ code: String, _ req: Request) async throws -> String {
        try await req.application.catalog.index(on: req.application).entry(code: code)?.definition.name.text(req.language) ?? code
    }

    func renderQuestions(_ req: Request, model: CaseModel, page: FormPage, answers: Answers, problems: [AnswerProblem]) async throws -> Response {
        let cases = try self.cases(req)
        let form = try await cases.form(of: model, on: req.db)
        let validation = try await cases.validation(form, for: model)
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
        let files = try await files(of: model.id!, on: req.db)
        let fields = page.fields.filter { validation.isVisible($0, in: answers) }
            .flatMap { FieldView.build($0, answers: answers, errors: errors, files: files, units: units, req: req, validation: validation) }
        let view = QuestionPage(caseID: model.id!.uuidString, serviceName: try await serviceName(model.serviceCode, req), pageID: page.id,
                                pageTitle: page.title.text(req.language), step: step, steps: visible.count, fields: fields, errors: formErrors,
                                backPath: step > 1 ? "/applications/\(model.id!.uuidString)/pages/\(visible[step - 2].id)" : nil)
        return try req.render(view, titleKey: "applications.question.title", titleArguments: [view.pageTitle],
                              status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func questionPage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let cases = try self.cases(req)
        let model = try await cases.visibleCase(id, on: req.db)
        guard model.caseStatus == .draft else { return req.redirect(to: "/applications/\(id.uuidString)", redirectType: .normal) }
        let form = try await cases.form(of: model, on: req.db)
        guard let page = form.page(req.parameters.get("page") ?? "") else { throw Abort(.notFound) }
        return try await renderQuestions(req, model: model, page: page, answers: model.answers, problems: [])
    }

    /// Saves a page (values posted for answers the register filled are ignored: `readAnswers`).
    @Sendable func saveAnswers(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let cases = try self.cases(req)
        let model = try await cases.visibleCase(id, on: req.db)
        guard model.caseStatus == .draft else { throw CitizenCases.Failure.wrongState }
        let form = try await cases.form(of: model, on: req.db)
        guard let page = form.page(req.parameters.get("page") ?? "") else { throw Abort(.notFound) }
        let (answers, fileProblems) = try await readAnswers(req, page: page, model: model, cases: cases,
                                                            validation: try await cases.validation(form, for: model))
        var problems: [AnswerProblem]
        do { problems = try await cases.save(id, page: page.id, answers: answers, onRegisterWrite: .ignore) } catch CitizenCases.Failure.invalid(let found) { problems = found }
        problems += fileProblems
        let saved = try await cases.visibleCase(id, on: req.db)
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
        let visible = try await cases.validation(form, for: saved).visiblePages(saved.answers)
        if let index = visible.firstIndex(where: { $0.id == page.id }), index + 1 < visible.count {
            return req.redirect(to: "/applications/\(id.uuidString)/pages/\(visible[index + 1].id)", redirectType: .normal)
        }
        return req.redirect(to: "/applications/\(id.uuidString)/check", redirectType: .normal)
    }

    // MARK: check and submit

    func renderCheck(_ req: Request, model: CaseModel, problems: [AnswerProblem]) async throws -> Response {
        let cases = try self.cases(req)
        let form = try await cases.form(of: model, on: req.db)
        let validation = try await cases.validation(form, for: model)
        let unitNames = Dictionary(uniqueKeysWithValues: try await units(req).map { ($0.value, $0.label) })
        let rows = form.summary(model.answers, validation: validation, files: try await files(of: model.id!, on: req.db), unitNames: unitNames, req: req)
        let fields = form.fieldsByID
        let links = problems.map { problem in
            let top = String(problem.field.split(separator: ".").first ?? "")
            let label = (fields[top]?.label.text(req.language)).map { "\($0): " } ?? ""
            return CheckPage.Problem(message: label + req.t(problem.key),
                               path: "/applications/\(model.id!.uuidString)/pages/\(problem.page)#\(problem.field.replacingOccurrences(of: ".", with: "-"))")
        }
        let view = CheckPage(caseID: model.id!.uuidString, serviceName: try await serviceName(model.serviceCode, req), rows: rows,
                             fee: Self.feeText(model.feeQepik, req), problems: links)
        return try req.render(view, titleKey: "applications.check.title", status: problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func checkPage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let model = try await cases(req).visibleCase(id, on: req.db)
        guard model.caseStatus == .draft else { return req.redirect(to: "/applications/\(id.uuidString)", redirectType: .normal) }
        return try await renderCheck(req, model: model, problems: [])
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        do {
            let model = try await cases(req).submit(id)
            return req.redirect(to: "/applications/\(id.uuidString)",
                                flash: model.caseStatus == .awaitingPayment ? "flash.applications.submitted_pay" : "flash.applications.submitted")
        } catch CitizenCases.Failure.invalid(let problems) {
            return try await renderCheck(req, model: try await cases(req).visibleCase(id, on: req.db), problems: problems)
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        try await cases(req).cancel(id)
        return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.cancelled")
    }

    // MARK: the case

    /// A fee to pay, as the request's language writes an amount (nil when there is none).
    static func feeText(_ qepik: Int64?, _ req: Request) -> String? {
        qepik.flatMap { $0 == 0 ? nil : Money(minorUnits: $0).formatted(req.language) }
    }

    static func timeline(_ events: [CaseEventModel], req: Request, agencies: [String: String]) -> [TimelineEntry] {
        events.map { event in
            let text: String
            switch event.kind {
            case "status": text = req.t("applications.status.\(event.toStatus ?? "")")
            default: text = req.t("applications.event.\(event.kind)")
            }
            return TimelineEntry(text: text, at: BakuTime.display(event.at), detail: event.unit.flatMap { agencies[$0] ?? $0 },
                                 message: event.kind == "rating" ? nil : event.message?.replacingOccurrences(of: #"\n?\[file:[0-9A-F-]+\]"#, with: "", options: .regularExpression))
        }
    }

    @Sendable func casePage(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let cases = try self.cases(req)
        let model = try await cases.visibleCase(id, on: req.db)
        let events = try await CaseEventModel.query(on: req.db).filter(\.$caseID == id).sort(\.$seq).all()
        let agencies = Dictionary(uniqueKeysWithValues: try await req.portal.directory.agencies().map { ($0.code, $0.name.text(req.language)) })
        let status = model.caseStatus
        let calendar = req.portal.calendar
        let deadline = model.deadline
        let lastRequest = events.last { $0.kind == "status" && $0.toStatus == CaseStatus.infoRequested.rawValue }
        let resultFile = try await cases.result(of: model, on: req.db)
        let view = CasePage(
            id: id.uuidString, number: model.number, serviceName: try await serviceName(model.serviceCode, req),
            status: req.t("applications.status.\(status.rawValue)"),
            due: deadline.map { BakuTime.displayDate($0.due(calendar)) }, overdue: deadline?.isOverdue(on: cases.today, calendar) ?? false,
            paused: deadline?.pausedSince != nil, timeline: Self.timeline(events, req: req, agencies: agencies),
            nextStep: req.t("applications.next.\(status.rawValue)"),
            payPath: status == .awaitingPayment ? model.invoiceID.map { "/payments/invoices/\($0.uuidString)" } : nil, fee: Self.feeText(model.feeQepik, req),
            canCancel: CaseTransitions.allows(status, .cancelled, by: .applicant), canContinue: status == .draft,
            infoRequest: status == .infoRequested ? lastRequest?.message : nil,
            canRate: status == .completed && model.rating == nil && model.applicantID == cases.principal.userID,
            rating: model.rating,
            result: status.isFinal ? model.decisionText : nil,
            resultFile: resultFile.map { "/applications/\(id.uuidString)/files/\($0.id!.uuidString)" },
            decision: model.decisionReason.flatMap { $0 == "approved" ? nil : req.t("applications.rejection.\($0)") },
            company: model.companyVOEN)
        return try req.render(view, titleKey: "applications.case.title", titleArguments: [model.number ?? view.serviceName])
    }

    @Sendable func list(req: Request) async throws -> Response {
        let cases = try self.cases(req)
        let models = try await cases.list(on: req.db)
        let index = try await req.application.catalog.index(on: req.application)
        let rows = models.map { model in
            CaseListPage.Row(path: model.caseStatus == .draft ? "/applications/\(model.id!.uuidString)/check" : "/applications/\(model.id!.uuidString)",
                             number: model.number ?? req.t("applications.list.draft"),
                             service: index.entry(code: model.serviceCode)?.definition.name.text(req.language) ?? model.serviceCode,
                             status: req.t("applications.status.\(model.status)"), updated: BakuTime.display(model.updatedAt),
                             due: model.dueOn.flatMap(LocalDate.init(iso:)).map(BakuTime.displayDate))
        }
        return try req.render(CaseListPage(rows: rows), titleKey: "applications.list.title")
    }

    struct AnswerForm: Content { var message: String? }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let cases = try self.cases(req)
        _ = try await cases.visibleCase(id, on: req.db)
        var fileID: UUID?
        if let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 {
            do { fileID = try await cases.upload(id, field: "info", name: upload.filename, bytes: Array(buffer: upload.data)) } catch CitizenCases.Failure.file(let key) {
                return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.\(key)")
            }
        }
        do {
            try await cases.answerRequest(id, message: (try? req.content.get(String.self, at: "message")) ?? "", fileID: fileID)
        } catch CitizenCases.Failure.invalid {
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
        do { try await cases(req).rate(id, rating: Int(form.rating ?? "") ?? 0, comment: form.comment) } catch CitizenCases.Failure.invalid {
            return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.rating_invalid")
        }
        return req.redirect(to: "/applications/\(id.uuidString)", flash: "flash.applications.rated")
    }

    @Sendable func download(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let fileID = try req.uuidParameter("file")
        let file = try await cases(req).file(fileID, of: id, on: req.db)
        return try FileDownload.response(file, app: req.application)
    }
}
