import FluentKit
import PortalHTTP

/// `/office/registry`: agency administrators keep their agency's services; registry editors review
/// and publish; the platform administrator imports and exports the whole registry.
struct RegistryOfficePages {
    struct Row: Sendable {
        var code: String
        var name: String
        var agency: String
        var published: Int?
        var open: String?
        var openVersion: Int?
        var note: String?
    }

    func register(_ office: any RoutesBuilder) {
        office.get("registry", use: list)
        office.get("registry", "new", use: newForm)
        office.post("registry", "new", use: create)
        office.get("registry", "services", ":code", use: editForm)
        office.post("registry", "services", ":code", use: save)
        office.post("registry", "services", ":code", "submit", use: submit)
        office.get("registry", "review", use: reviewQueue)
        office.get("registry", "review", ":code", ":version", use: reviewPage)
        office.post("registry", "review", ":code", ":version", "publish", use: publish)
        office.post("registry", "review", ":code", ":version", "return", use: returnVersion)
        RegistryTransferPages().register(office)
    }

    func editing(_ req: Request) throws -> RegistryEditor {
        RegistryEditor(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
    }

    /// Anyone who may edit, publish or transfer reaches the registry office; the rest get 403.
    func requireRegistryAccess(_ req: Request) throws {
        let principal = try req.requirePrincipal()
        let table = req.portal.permissions
        guard [CatalogPermissions.editServices, CatalogPermissions.publishServices, CatalogPermissions.transferRegistry]
            .contains(where: { !table.assignments(of: principal, granting: $0).isEmpty }) else { throw Abort(.forbidden) }
    }

    @Sendable func list(req: Request) async throws -> Response {
        try requireRegistryAccess(req)
        let editing = try editing(req)
        let queries = RegistryQueries(db: req.db)
        var rows: [Row] = []
        for entry in try await queries.officeList(agencies: editing.editableAgencies()) {
            let open = entry.working
            rows.append(Row(code: entry.code, name: entry.shown?.definition.name.text(req.language) ?? entry.code,
                            agency: try await req.portal.directory.agency(id: entry.agencyID)?.code ?? "",
                            published: entry.publishedVersion, open: open.map { req.t("catalog.office.state.\($0.state.rawValue)") },
                            openVersion: open?.version, note: open?.decisionNote))
        }
        let submitted = try await queries.submittedCount()
        let principal = try req.requirePrincipal()
        let page = RegistryListPage(rows: rows, canCreate: editing.editableAgencies().map { !$0.isEmpty } ?? true,
                                    canReview: try await editing.canPublish(),
                                    canTransfer: !req.portal.permissions.assignments(of: principal, granting: CatalogPermissions.transferRegistry).isEmpty,
                                    reviewCount: submitted)
        return try req.render(page, titleKey: "catalog.office.title")
    }

    func renderForm(_ req: Request, code: String?, form: ServiceForm, errors: FormErrors, returnNote: String? = nil,
                    canSubmit: Bool = false, status: HTTPResponseStatus) async throws -> Response {
        let editing = try editing(req)
        let scope = editing.editableAgencies()
        let agencies = try await req.portal.directory.agencies().filter { scope?.contains($0.id) ?? true }
        let units = try await req.portal.directory.units().filter(\.isPickable)
        let page = ServiceFormPage(
            code: code, form: form, errors: errors,
            agencies: agencies.map { Choice(value: $0.code, label: $0.name.text(req.language)) },
            units: units.choices(req),
            returnNote: returnNote, canSubmit: canSubmit)
        return try req.render(page, titleKey: code == nil ? "catalog.office.new" : "catalog.office.edit", titleArguments: [code ?? ""],
                              status: status)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.editServices)
        var form = ServiceForm()
        form.fee_kind = "free"
        form.scope = "national"
        return try await renderForm(req, code: nil, form: form, errors: FormErrors(), status: .ok)
    }

    @Sendable func create(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.editServices)
        let form = try req.content.decode(ServiceForm.self)
        let (definition, problems) = form.definition(code: "")
        var errors = FormErrors()
        if let definition, problems.isEmpty {
            switch try await CreateService(editor: editing(req)).run(definition) {
            case .saved(let code, _): return req.redirect(to: "/office/registry/services/\(code)", flash: "flash.catalog.draft_saved")
            case .invalid(let found): for problem in found { errors.add(problem.field, req.t(problem.key)) }
            case .forbidden: throw Abort(.forbidden)
            default: throw Abort(.conflict)
            }
        }
        for problem in problems { errors.add(problem.field, req.t(problem.key)) }
        return try await renderForm(req, code: nil, form: form, errors: errors, status: .unprocessableEntity)
    }

    /// The working version if there is one, else the published one.
    func current(_ req: Request, code: String) async throws -> RegistryVersion {
        guard let version = try await RegistryQueries(db: req.db).workingVersion(code: code) else { throw Abort(.notFound) }
        guard try editing(req).canEdit(agency: version.agencyID) else { throw Abort(.forbidden) }
        return version
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.editServices)
        let code = req.parameters.get("code") ?? ""
        let version = try await current(req, code: code)
        return try await renderForm(req, code: code, form: ServiceForm(version.definition), errors: FormErrors(),
                                    returnNote: version.state == .returned || version.decisionNote != nil && version.state == .draft ? version.decisionNote : nil,
                                    canSubmit: version.state == .draft, status: .ok)
    }

    @Sendable func save(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.editServices)
        let code = req.parameters.get("code") ?? ""
        _ = try await current(req, code: code)
        let form = try req.content.decode(ServiceForm.self)
        let (definition, problems) = form.definition(code: code)
        var errors = FormErrors()
        if let definition, problems.isEmpty {
            switch try await UpdateService(editor: editing(req)).run(code: code, definition) {
            case .saved: return req.redirect(to: "/office/registry/services/\(code)", flash: "flash.catalog.draft_saved")
            case .invalid(let found): for problem in found { errors.add(problem.field, req.t(problem.key)) }
            case .wrongState: errors.add("name_az", req.t("catalog.office.submitted_locked"))
            case .forbidden: throw Abort(.forbidden)
            case .notFound: throw Abort(.notFound)
            case .samePerson: throw Abort(.conflict)
            }
        }
        for problem in problems { errors.add(problem.field, req.t(problem.key)) }
        return try await renderForm(req, code: code, form: form, errors: errors, status: .unprocessableEntity)
    }

    @Sendable func submit(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.editServices)
        switch try await SubmitServiceVersion(editor: editing(req)).run(code: req.parameters.get("code") ?? "") {
        case .saved: return req.redirect(to: "/office/registry", flash: "flash.catalog.submitted")
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        default: return req.redirect(to: "/office/registry", flash: "flash.catalog.nothing_to_submit")
        }
    }

    // MARK: review

    struct ReviewRow: Sendable {
        var code: String
        var version: Int
        var name: String
        var agency: String
        var submitted: String
        var changed: String
    }

    struct Change: Sendable {
        var field: String
        var before: String
        var after: String
    }

    func requirePublisher(_ req: Request) async throws -> RegistryEditor {
        _ = try req.require(CatalogPermissions.publishServices)
        let editing = try editing(req)
        guard try await editing.canPublish() else { throw Abort(.forbidden) }
        return editing
    }

    @Sendable func reviewQueue(req: Request) async throws -> Response {
        _ = try await requirePublisher(req)
        var rows: [ReviewRow] = []
        for version in try await RegistryQueries(db: req.db).submitted() {
            rows.append(ReviewRow(code: version.code, version: version.version, name: version.definition.name.text(req.language),
                                  agency: try await req.portal.directory.agency(id: version.agencyID)?.name.text(req.language) ?? "",
                                  submitted: version.submittedAt.map(req.displayTime) ?? "",
                                  changed: version.changedFields.map { req.t("catalog.field.\($0)") }.joined(separator: ", ")))
        }
        return try req.render(ReviewQueuePage(rows: rows), titleKey: "catalog.review.title")
    }

    @Sendable func reviewPage(req: Request) async throws -> Response {
        _ = try await requirePublisher(req)
        let (version, published) = try await reviewTarget(req)
        let after = version.definition
        let before = published?.definition
        let lang = req.language
        let changes = after.changedFields(since: before).filter { $0 != "created" }.map { field in
            Change(field: req.t("catalog.field.\(field)"), before: before.map { Self.describe(field, $0, lang) } ?? "",
                   after: Self.describe(field, after, lang))
        }
        return try req.render(ReviewVersionPage(
            code: version.code, version: version.version, name: after.name.text(lang), changes: changes, isNew: before == nil,
            ownSubmission: version.submittedBy == (try req.requirePrincipal()).userID), titleKey: "catalog.review.title")
    }

    func reviewTarget(_ req: Request) async throws -> (version: RegistryVersion, published: RegistryVersion?) {
        guard let code = req.parameters.get("code"), let number = req.parameters.get("version", as: Int.self),
              let found = try await RegistryQueries(db: req.db).version(code: code, number: number) else { throw Abort(.notFound) }
        return found
    }

    /// A field's value in words, for the before/after table.
    static func describe(_ field: String, _ d: ServiceDefinition, _ lang: Language) -> String {
        func json<T: Encodable>(_ value: T) -> String { (try? CanonicalJSON.string(value)) ?? "" }
        switch field {
        case "name": return [d.name.az, d.name.en ?? "", d.name.ru ?? ""].joined(separator: " / ")
        case "description": return [d.description.az, d.description.en ?? "", d.description.ru ?? ""].joined(separator: " / ")
        case "stage": return d.stage.rawValue
        case "fee": return d.fee.kind == .fixed ? Money(minorUnits: d.fee.amount ?? 0).formatted(lang) : d.fee.kind.rawValue
        case "deadline_days": return d.deadlineDays.map(String.init) ?? "—"
        case "status": return d.status.rawValue
        case "agency": return d.agencyCode
        case "category": return d.category.rawValue
        case "result": return d.result.rawValue
        case "audience": return d.audiences.map(\.rawValue).joined(separator: ", ")
        case "channels": return d.channels.map(\.rawValue).joined(separator: ", ")
        case "life_events": return d.lifeEvents.map(\.rawValue).joined(separator: ", ")
        case "scope": return d.territorialUnits?.joined(separator: ", ") ?? "national"
        case "keywords": return d.keywords.joined(separator: ", ")
        case "documents": return d.documents.map { ($0.heldByState ? "* " : "") + $0.name.az }.joined(separator: "; ")
        case "legal_basis": return d.legalBasis.map { $0.title.az }.joined(separator: "; ")
        case "online_url": return d.onlineURL ?? "—"
        case "form_url": return d.formURL ?? "—"
        case "processing_units": return d.processingUnits ?? "—"
        case "contact": return json(d.contact)
        default: return d.source ?? "—"
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let editing = try await requirePublisher(req)
        let (version, _) = try await reviewTarget(req)
        switch try await PublishServiceVersion(editor: editing).run(code: version.code, version: version.version) {
        case .saved: return req.redirect(to: "/office/registry/review", flash: "flash.catalog.published")
        case .samePerson: return req.redirect(to: "/office/registry/review/\(version.code)/\(version.version)", flash: "flash.catalog.same_person")
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        default: return req.redirect(to: "/office/registry/review", flash: "flash.catalog.not_submitted")
        }
    }

    struct NoteForm: Content { var note: String? }

    @Sendable func returnVersion(req: Request) async throws -> Response {
        let editing = try await requirePublisher(req)
        let (version, _) = try await reviewTarget(req)
        let note = try req.content.decode(NoteForm.self).note ?? ""
        switch try await ReturnServiceVersion(editor: editing).run(code: version.code, version: version.version, note: note) {
        case .saved: return req.redirect(to: "/office/registry/review", flash: "flash.catalog.returned")
        case .invalid: return req.redirect(to: "/office/registry/review/\(version.code)/\(version.version)", flash: "flash.catalog.note_required")
        case .samePerson: return req.redirect(to: "/office/registry/review/\(version.code)/\(version.version)", flash: "flash.catalog.same_person")
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        default: return req.redirect(to: "/office/registry/review", flash: "flash.catalog.not_submitted")
        }
    }
}
