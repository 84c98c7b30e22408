import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// `/office/applications`: the agency's queue, a case with its answers, timeline and internal notes,
/// and the actions the official's role allows; `/office/applications/overdue` for heads.
struct CaseOfficePages {
    func register(_ office: any RoutesBuilder) {
        office.get("applications", use: queue)
        office.get("applications", "overdue", use: overdue)
        office.get("applications", ":id", use: casePage)
        office.post("applications", ":id", "assign", use: assign)
        office.post("applications", ":id", "note", use: note)
        office.post("applications", ":id", "transition", use: transition)
        office.post("applications", ":id", "decision-request", use: sendForDecision)
        office.post("applications", ":id", "extend", use: extend)
        office.on(.POST, "applications", ":id", "result", bodyLimit: "12mb", use: uploadResult)
        office.get("applications", ":id", "files", ":file", use: download)
    }

    func office(_ req: Request) throws -> CaseOfficial {
        let cases = CaseOfficial(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
        guard !cases.scopes.isEmpty else { throw Abort(.forbidden) }
        return cases
    }

    struct QueueQuery: Content {
        var status: String?
        var service: String?
        var unit: String?
        var overdue: String?
        var mine: String?
        var decision: String?
        var q: String?
        var offset: Int?
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let cases = try office(req)
        let q = try req.query.decode(QueueQuery.self)
        var filter = ApplicationsQueries.QueueFilter()
        filter.status = q.status.flatMap(CaseStatus.init(rawValue:))
        filter.serviceCode = q.service?.nilIfEmpty
        filter.unitCode = q.unit?.nilIfEmpty
        filter.overdueOnly = q.overdue == "1"
        filter.mineOnly = q.mine == "1"
        filter.awaitingDecision = q.decision == "1"
        filter.search = q.q.map { String($0.prefix(100)) }?.nilIfEmpty
        filter.offset = max(0, q.offset ?? 0)
        return try await renderQueue(req, cases: cases, filter: filter, title: "applications.office.queue_title")
    }

    @Sendable func overdue(req: Request) async throws -> Response {
        _ = try req.require(ApplicationsPermissions.seeOverdue)
        let cases = try office(req)
        var filter = ApplicationsQueries.QueueFilter()
        filter.overdueOnly = true
        filter.limit = 200
        return try await renderQueue(req, cases: cases, filter: filter, title: "applications.office.overdue_title")
    }

    func renderQueue(_ req: Request, cases: CaseOfficial, filter: ApplicationsQueries.QueueFilter, title: String) async throws -> Response {
        let items: [ApplicationsQueries.QueueItem], total: Int
        switch try await BrowseQueue(official: cases).run(filter) {
        case .listed(let listed, let count): (items, total) = (listed, count)
        }
        let index = try await req.application.catalog.index(on: req.application)
        let units = try await req.portal.directory.units()
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.name.text(req.language)) })
        let today = cases.today.iso
        let scopeUnits = cases.scopeUnits
        let me = cases.principal.userID
        let rows = items.map { item in
            OfficeQueuePage.Row(path: "/office/applications/\(item.id.uuidString)", number: item.number ?? "",
                                service: index.entry(code: item.serviceCode)?.definition.name.text(req.language) ?? item.serviceCode,
                                status: req.t("applications.status.\(item.status.rawValue)"), unit: item.unitCode.flatMap { unitNames[$0] } ?? "—",
                                due: item.dueOn.flatMap(LocalDate.init(iso:)).map(req.displayDate) ?? "—",
                                overdue: item.isOverdue(today: today), mine: item.assigneeID == me,
                                applicant: item.applicantName ?? "—", fin: item.applicantFIN,
                                submitted: item.submittedAt.map { req.displayDate(LocalDate($0)) } ?? "—",
                                awaitingDecision: item.decisionRequestedAt != nil && [CaseStatus.received, .inReview].contains(item.status))
        }
        let agencyIDs = Set(cases.scopes.compactMap(\.agencyID))
        var agencyCodes = Set<String>()
        for id in agencyIDs { if let code = try await req.portal.directory.agency(id: id)?.code { agencyCodes.insert(code) } }
        // Only the services with a form can have cases (no copying of the whole catalog per request).
        var services: [Choice] = []
        for code in req.application.catalog.onlineApplications.sorted() {
            guard let entry = index.entry(code: code), agencyCodes.contains(entry.agency.code) else { continue }
            services.append(Choice(value: code, label: entry.definition.name.text(req.language)))
        }
        var query = URLComponents()
        query.queryItems = [("q", filter.search), ("status", filter.status?.rawValue), ("service", filter.serviceCode), ("unit", filter.unitCode),
                            ("overdue", filter.overdueOnly ? "1" : nil), ("mine", filter.mineOnly ? "1" : nil),
                            ("decision", filter.awaitingDecision ? "1" : nil)]
            .compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        func page(_ offset: Int) -> String {
            var q = query
            q.queryItems = (q.queryItems ?? []) + [URLQueryItem(name: "offset", value: String(offset))]
            return "/office/applications?" + (q.percentEncodedQuery ?? "")
        }
        let queuePage = OfficeQueuePage(
            titleKey: title, rows: rows, total: total,
            statuses: CaseStatus.allCases.filter { $0 != .draft }.map { Choice(value: $0.rawValue, label: t(dynamic: "applications.status.\($0.rawValue)")) },
            services: services,
            // Only the regions the official works in (all of them for an agency-wide role).
            units: units.filter { $0.isPickable && (scopeUnits?.contains($0.code) ?? true) }.map { Choice(value: $0.code, label: $0.name.text(req.language)) },
            status: filter.status?.rawValue, service: filter.serviceCode, unit: filter.unitCode,
            overdueOnly: filter.overdueOnly, mineOnly: filter.mineOnly, search: filter.search,
            awaitingDecision: filter.awaitingDecision, decides: !cases.decidingScopes.isEmpty,
            next: filter.offset + filter.limit < total ? page(filter.offset + filter.limit) : nil,
            previous: filter.offset > 0 ? page(max(0, filter.offset - filter.limit)) : nil,
            canSeeOverdue: !req.portal.permissions.assignments(of: cases.principal, granting: ApplicationsPermissions.seeOverdue).isEmpty)
        return try req.render(queuePage, titleKey: title)
    }

    @Sendable func casePage(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        switch try await OpenCase(official: cases).run(id) {
        case .opened(let model): return try await renderCase(req, cases: cases, model: model, errors: FormErrors(), status: .ok)
        }
    }

    func renderCase(_ req: Request, cases: CaseOfficial, model: ApplicationCase, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let id = model.id
        let citizen = CitizenPages()
        let queries = ApplicationsQueries(db: req.db)
        let form = try await queries.form(model.serviceCode, version: model.formVersion)?.definition
        let files = try await queries.fileNames(of: id)
        let units = try await citizen.units(req)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.value, $0.label) })
        var answers: [OfficeCasePage.Answer] = []
        if let form {
            let validation = FormValidation(form: form, today: cases.today, unitCodes: Set(unitNames.keys), registerFilled: model.registerFilled(in: form))
            answers = form.summary(model.answers, validation: validation, files: files, unitNames: unitNames, req: req).map { row in
                // A supporting document's row is `<field>-document`; its answer `<field>.document`.
                let value = model.answers.values[row.fieldID] ?? model.answers.values[row.fieldID.replacingOccurrences(of: "-", with: ".")]
                let fileID = value.flatMap(UUID.init(uuidString:)).flatMap { files[$0] != nil ? $0 : nil }
                return OfficeCasePage.Answer(label: row.label, value: row.value, file: fileID.map { "/office/applications/\(id.uuidString)/files/\($0.uuidString)" })
            }
        }
        let events = try await queries.timeline(of: id)
        let agencies = Dictionary(uniqueKeysWithValues: try await req.portal.directory.agencies().map { ($0.code, $0.name.text(req.language)) })
        let notes = try await queries.notes(of: id)
        let actors = cases.actors(for: model)
        let next = CaseStatus.allCases.filter { to in actors.contains { CaseTransitions.allows(model.status, to, by: $0) } }
        let person = try await req.portal.registryLookup.person(fin: FIN(uncheckedValue: model.applicantFIN))
        let calendar = req.portal.calendar
        let view = OfficeCasePage(
            id: id.uuidString, number: model.number ?? "",
            service: try await citizen.serviceName(model.serviceCode, req),
            applicant: "\(person?.fullName ?? "") (\(model.applicantFIN))", company: model.companyVOEN,
            status: req.t("applications.status.\(model.status.rawValue)"),
            due: model.deadline.map { req.displayDate($0.due(calendar)) },
            overdue: model.deadline?.isOverdue(on: cases.today, calendar) == true && model.status.isOpenAtAgency,
            paused: model.pausedSince != nil, extensionReason: model.extensionReason, deadlineDays: model.deadlineDays,
            answers: answers, timeline: CitizenPages.timeline(events, req: req, agencies: agencies, reader: .office),
            notes: notes.map { OfficeCasePage.Note(at: req.displayTime($0.at), text: $0.text) },
            assignedToMe: model.assigneeID == cases.principal.userID,
            next: next.map { Choice(value: $0.rawValue, label: req.t("applications.office.to.\($0.rawValue)")) },
            reasons: RejectionReason.allCases.map { Choice(value: $0.rawValue, label: req.t("applications.rejection.\($0.rawValue)")) },
            canExtend: model.status.isOpenAtAgency && model.deadlineDays < CaseDeadline.maximumDays && actors.contains { $0 == .reviewer || $0 == .head },
            canUploadResult: [.inReview, .approved, .rejected].contains(model.status),
            resultFile: model.resultFileID.map { "/office/applications/\(id.uuidString)/files/\($0.uuidString)" },
            final: model.status.isFinal, canSendForDecision: SendForDecision.offered(model, actors: actors), errors: errors)
        return try req.render(view, titleKey: "applications.office.case_title", titleArguments: [view.number], status: status)
    }

    /// Re-renders the case with a field error (the action's input is bad), without a second audited read.
    func rejected(_ req: Request, _ cases: CaseOfficial, _ id: UUID, field: String, key: String) async throws -> Response {
        var errors = FormErrors()
        errors.add(field, req.t(key))
        return try await renderCase(req, cases: cases, model: try await cases.current(id), errors: errors, status: .unprocessableEntity)
    }

    struct AssignForm: Content { var to: String? }

    @Sendable func assign(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        let form = try req.content.decode(AssignForm.self)
        _ = try await TakeCase(official: cases).run(id, to: form.to == "none" ? nil : cases.principal.userID)
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: form.to == "none" ? "flash.applications.unassigned" : "flash.applications.assigned")
    }

    struct NoteForm: Content { var text: String? }

    @Sendable func note(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        let form = try req.content.decode(NoteForm.self)
        do { _ = try await AddNote(official: cases).run(id, text: form.text ?? "") } catch CaseOfficial.Failure.invalid(let field, let key) {
            return try await rejected(req, cases, id, field: field == "text" ? "note" : field, key: key)
        }
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.noted")
    }

    struct TransitionForm: Content {
        var to: String?
        var message: String?
        var reason: String?
    }

    @Sendable func transition(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        let form = try req.content.decode(TransitionForm.self)
        guard let to = form.to.flatMap(CaseStatus.init(rawValue:)) else { return try await rejected(req, cases, id, field: "to", key: "applications.office.choose_step") }
        do {
            _ = try await TransitionCase(official: cases).run(id, to: to, message: form.message, reason: form.reason.flatMap(RejectionReason.init(rawValue:)))
        } catch CaseOfficial.Failure.invalid(let field, let key) {
            return try await rejected(req, cases, id, field: field, key: key)
        }
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.moved")
    }

    struct DecisionRequestForm: Content { var note: String? }

    @Sendable func sendForDecision(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        let form = try req.content.decode(DecisionRequestForm.self)
        do { _ = try await SendForDecision(official: cases).run(id, note: form.note ?? "") } catch CaseOfficial.Failure.invalid(let field, let key) {
            return try await rejected(req, cases, id, field: field, key: key)
        }
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.sent_for_decision")
    }

    struct ExtendForm: Content {
        var days: String?
        var reason: String?
    }

    @Sendable func extend(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        let form = try req.content.decode(ExtendForm.self)
        do {
            _ = try await ExtendDeadline(official: cases).run(id, to: Int(form.days ?? "") ?? 0, reason: form.reason ?? "")
        } catch CaseOfficial.Failure.invalid(let field, let key) {
            return try await rejected(req, cases, id, field: field == "reason" ? "extensionReason" : field, key: key)
        }
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.extended")
    }

    @Sendable func uploadResult(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        guard let upload = try? req.content.get(File.self, at: "file"), upload.data.readableBytes > 0 else {
            return try await rejected(req, cases, id, field: "file", key: "files.refused.empty")
        }
        do {
            switch try await AttachResult(official: cases).run(id, name: upload.filename, bytes: Array(buffer: upload.data)) {
            case .completed: return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.completed")
            case .attached: break
            }
        } catch CaseOfficial.Failure.invalid(let field, let key) {
            return try await rejected(req, cases, id, field: field, key: key)
        }
        return req.redirect(to: "/office/applications/\(id.uuidString)", flash: "flash.applications.result_uploaded")
    }

    @Sendable func download(req: Request) async throws -> Response {
        let cases = try office(req)
        let id = try req.uuidParameter()
        _ = try await cases.current(id)
        switch try await ReadCaseFile(official: cases).run(try req.uuidParameter("file"), of: id) {
        case .file(let file): return try FileDownload.response(file, app: req.application)
        }
    }
}
