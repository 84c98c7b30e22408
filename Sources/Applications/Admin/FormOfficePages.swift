import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// `/office/forms`: the form builder. An agency administrator adds pages and fields (no code),
/// reorders and removes them, previews the form as the citizen will see it, imports or exports it
/// as JSON, and publishes a new version; cases in flight keep theirs.
struct FormOfficePages {
    func register(_ office: any RoutesBuilder) {
        office.get("forms", use: list)
        office.get("forms", ":code", use: builder)
        office.post("forms", ":code", "pages", use: addPage)
        office.post("forms", ":code", "fields", use: addField)
        office.post("forms", ":code", "fields", ":field", "move", use: moveField)
        office.post("forms", ":code", "fields", ":field", "delete", use: deleteField)
        office.post("forms", ":code", "import", use: importJSON)
        office.get("forms", ":code", "export.json", use: exportJSON)
        office.get("forms", ":code", "preview", use: preview)
        office.post("forms", ":code", "publish", use: publish)
        office.post("forms", ":code", "discard", use: discard)
    }

    func editor(_ req: Request) throws -> FormEditor { FormEditor(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP) }

    @Sendable func list(req: Request) async throws -> Response {
        let assignments = try req.require(ApplicationsPermissions.editForms)
        let principal = try req.requirePrincipal()
        let index = try await req.application.catalog.index(on: req.application)
        var codes = Set<String>()
        for assignment in assignments { if let id = assignment.agencyID, let code = try await req.portal.directory.agency(id: id)?.code { codes.insert(code) } }
        let services = index.entries.filter { $0.definition.stage.isElectronic && (principal.isPlatformAdmin || codes.contains($0.agency.code)) }
        let forms = try await ApplicationsQueries(db: req.db).formVersions()
        let rows = services.map { entry in
            let code = entry.definition.code
            return FormListPage.Row(code: code, name: entry.definition.name.text(req.language),
                                    published: forms[code]?.published, draft: forms[code]?.draft)
        }.sorted { ($0.published ?? 0, $0.code) > ($1.published ?? 0, $1.code) }
        return try req.render(FormListPage(rows: rows), titleKey: "applications.builder.list_title")
    }

    /// Only form editors get in (403); an unknown service is 404; another agency's service is 403.
    func requireEditor(_ code: String, _ req: Request) async throws {
        _ = try req.require(ApplicationsPermissions.editForms)
        guard try await req.application.catalog.index(on: req.application).entry(code: code) != nil else { throw Abort(.notFound) }
        guard try await editor(req).mayEdit(code) else { throw Abort(.forbidden) }
    }

    /// The definition being edited: the draft, else a copy of the published form, else an empty one.
    func working(_ code: String, _ req: Request) async throws -> (definition: FormDefinition, draft: Int?, published: Int?) {
        try await requireEditor(code, req)
        let queries = ApplicationsQueries(db: req.db)
        let draft = try await queries.draftForm(code)
        let published = try await queries.publishedForm(code)
        let definition = draft?.definition ?? published?.definition ?? FormDefinition(serviceCode: code, pages: [])
        return (definition, draft?.version, published?.version)
    }

    static func whenMissingKey(_ way: FormField.WhenMissing) -> String {
        "applications.builder.when_missing." + way.rawValue.replacingOccurrences(of: "-", with: "_")
    }

    func renderBuilder(_ req: Request, code: String, errors: FormErrors = FormErrors(), values: [String: String] = [:], json: String? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let (definition, draft, published) = try await working(code, req)
        let name = try await req.application.catalog.index(on: req.application).entry(code: code)?.definition.name.text(req.language) ?? code
        let lang = req.language
        let pages = definition.pages.map { page in
            FormBuilderPage.Page(id: page.id, title: page.title.text(lang), fields: page.fields.map { field in
                FormBuilderPage.Field(id: field.id, kind: req.t("applications.builder.kind.\(field.kind.rawValue)"), label: field.label.text(lang), required: field.required,
                                      condition: field.showIf.map { "\($0.field) = \($0.equals)" },
                                      prefill: field.prefill.map { source in
                                          // With the way out the service gives when the register has no value (default: the office).
                                          req.t("applications.builder.prefill.\(source.rawValue)") + "; "
                                              + req.t(Self.whenMissingKey(field.whenMissing ?? .visitOffice))
                                      },
                                      children: field.fields.map { $0.map { $0.label.text(lang) }.joined(separator: ", ") })
            })
        }
        let currentJSON = try CanonicalJSON.string(definition, pretty: true)
        let view = FormBuilderPage(
            code: code, name: name, draft: draft, published: published, pages: pages,
            pageOptions: definition.pages.map { Choice(value: $0.id, label: $0.title.text(lang)) },
            kinds: FormField.Kind.allCases.filter { $0 != .group }.map { Choice(value: $0.rawValue, label: req.t("applications.builder.kind.\($0.rawValue)")) },
            prefills: FormField.Prefill.allCases.map { Choice(value: $0.rawValue, label: req.t("applications.builder.prefill.\($0.rawValue)")) },
            whenMissing: FormField.WhenMissing.allCases.map { Choice(value: $0.rawValue, label: req.t(Self.whenMissingKey($0))) },
            json: json ?? currentJSON,
            problems: definition.pages.isEmpty ? [] : definition.problems(publishing: true).map { "\($0.field): \(req.t($0.key))" },
            values: values, errors: errors)
        return try req.render(view, titleKey: "applications.builder.title", titleArguments: [name], status: status)
    }

    @Sendable func builder(req: Request) async throws -> Response {
        try await renderBuilder(req, code: req.parameters.get("code") ?? "")
    }

    func save(_ req: Request, _ definition: FormDefinition) async throws -> [FormDefinitionProblem] {
        switch try await SaveFormDraft(editor: try editor(req)).run(definition) {
        case .saved: return []
        case .invalid(let problems): return problems
        case .forbidden: throw Abort(.forbidden)
        }
    }

    func localized(_ form: [String: String], _ prefix: String) -> LocalizedText? {
        let az = form["\(prefix)_az"]?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !az.isEmpty else { return nil }
        func other(_ lang: String) -> String? { form["\(prefix)_\(lang)"]?.trimmingCharacters(in: .whitespaces).nilIfEmpty }
        return LocalizedText(az: az, en: other("en"), ru: other("ru"))
    }

    @Sendable func addPage(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        var (definition, _, _) = try await working(code, req)
        let form = try req.content.decode([String: String].self)
        let id = (form["page_id"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let title = localized(form, "page_title") else {
            var errors = FormErrors(); errors.add("page_title_az", req.t("applications.builder.problem.label"))
            return try await renderBuilder(req, code: code, errors: errors, values: form, status: .unprocessableEntity)
        }
        // An empty page may stay in the draft; publishing needs a field on every page.
        definition.pages.append(FormPage(id: id, title: title, fields: []))
        let problems = try await save(req, definition)
        guard problems.isEmpty else {
            var errors = FormErrors()
            errors.add("page_id", req.t("applications.builder.problem.page_id"))
            return try await renderBuilder(req, code: code, errors: errors, values: form, status: .unprocessableEntity)
        }
        return req.redirect(to: "/office/forms/\(code)#add-field", flash: "flash.applications.page_added")
    }

    @Sendable func addField(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        var (definition, _, _) = try await working(code, req)
        let form = try req.content.decode([String: String].self)
        var errors = FormErrors()
        let pageID = form["page"] ?? ""
        guard let pageIndex = definition.pages.firstIndex(where: { $0.id == pageID }) else {
            errors.add("page", req.t("applications.builder.problem.page_id"))
            return try await renderBuilder(req, code: code, errors: errors, values: form, status: .unprocessableEntity)
        }
        guard let kind = form["kind"].flatMap(FormField.Kind.init(rawValue:)), let label = localized(form, "label") else {
            errors.add("label_az", req.t("applications.builder.problem.label"))
            return try await renderBuilder(req, code: code, errors: errors, values: form, status: .unprocessableEntity)
        }
        let options = (form["options"] ?? "").split(whereSeparator: \.isNewline).compactMap { line -> FormField.Option? in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let value = parts.first, !value.isEmpty else { return nil }
            return FormField.Option(value: value, label: LocalizedText(az: parts.count > 1 ? parts[1] : value,
                                                                       en: parts.count > 2 ? parts[2].nilIfEmpty : nil, ru: parts.count > 3 ? parts[3].nilIfEmpty : nil))
        }
        let condition = form["show_if_field"]?.nilIfEmpty.map { FormField.Condition(field: $0, equals: form["show_if_equals"] ?? "") }
        let field = FormField(id: (form["field_id"] ?? "").trimmingCharacters(in: .whitespaces), kind: kind, label: label,
                              hint: localized(form, "hint"), required: form["required"] == "yes", options: options.isEmpty ? nil : options,
                              min: form["min"].flatMap(Double.init), max: form["max"].flatMap(Double.init),
                              dateRule: form["date_rule"]?.nilIfEmpty, showIf: condition,
                              prefill: form["prefill"].flatMap(FormField.Prefill.init(rawValue:)),
                              whenMissing: form["prefill"]?.nilIfEmpty == nil ? nil : form["when_missing"].flatMap(FormField.WhenMissing.init(rawValue:)))
        definition.pages[pageIndex].fields.append(field)
        let problems = try await save(req, definition)
        guard problems.isEmpty else {
            for problem in problems { errors.add(problem.field.hasPrefix("page.") ? "page" : "field_id", "\(problem.field): \(req.t(problem.key))") }
            return try await renderBuilder(req, code: code, errors: errors, values: form, status: .unprocessableEntity)
        }
        return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.field_added")
    }

    struct MoveForm: Content { var direction: String? }

    @Sendable func moveField(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let fieldID = req.parameters.get("field") ?? ""
        var (definition, _, _) = try await working(code, req)
        let up = try req.content.decode(MoveForm.self).direction == "up"
        for p in definition.pages.indices {
            guard let i = definition.pages[p].fields.firstIndex(where: { $0.id == fieldID }) else { continue }
            let j = up ? i - 1 : i + 1
            if definition.pages[p].fields.indices.contains(j) { definition.pages[p].fields.swapAt(i, j) }
        }
        let problems = try await save(req, definition)
        return problems.isEmpty ? req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.form_saved")
            : try await renderBuilder(req, code: code, status: .unprocessableEntity)
    }

    @Sendable func deleteField(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let fieldID = req.parameters.get("field") ?? ""
        var (definition, _, _) = try await working(code, req)
        for p in definition.pages.indices { definition.pages[p].fields.removeAll { $0.id == fieldID } }
        if definition.pages.allSatisfy({ $0.fields.isEmpty }) {
            _ = try? await DiscardFormDraft(editor: try editor(req)).run(code)
            return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.form_saved")
        }
        let problems = try await save(req, definition)
        guard problems.isEmpty else {
            var errors = FormErrors()
            for problem in problems { errors.add("json", "\(problem.field): \(req.t(problem.key))") }
            return try await renderBuilder(req, code: code, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.form_saved")
    }

    struct ImportForm: Content { var json: String? }

    @Sendable func importJSON(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        _ = try await working(code, req)
        let text = try req.content.decode(ImportForm.self).json ?? ""
        var errors = FormErrors()
        guard var definition = try? CanonicalJSON.decode(FormDefinition.self, from: text) else {
            errors.add("json", req.t("applications.builder.json_invalid"))
            return try await renderBuilder(req, code: code, errors: errors, json: text, status: .unprocessableEntity)
        }
        definition.serviceCode = code
        let problems = try await save(req, definition)
        guard problems.isEmpty else {
            for problem in problems { errors.add("json", "\(problem.field): \(req.t(problem.key))") }
            return try await renderBuilder(req, code: code, errors: errors, json: text, status: .unprocessableEntity)
        }
        return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.form_imported")
    }

    @Sendable func exportJSON(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let (definition, _, _) = try await working(code, req)
        return .download(ByteBuffer(data: try CanonicalJSON.encode(definition, pretty: true)), filename: "form-\(code).json", contentType: DownloadType.json)
    }

    /// Every page as the citizen will see it (read-only; nothing is sent from here).
    @Sendable func preview(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        let (definition, _, _) = try await working(code, req)
        let units = try await CitizenPages().units(req)
        let pages = definition.pages.map { page in
            FormPreviewPage.Page(title: page.title.text(req.language), fields: page.fields.map {
                var view = FieldView.build($0, answers: Answers(), errors: [:], files: [:], units: units, req: req)
                view.id = "preview-\(page.id)-\(view.id)"
                return view
            })
        }
        return try req.render(FormPreviewPage(code: code, pages: pages), titleKey: "applications.builder.preview_title")
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        try await requireEditor(code, req)
        switch try await PublishForm(editor: try editor(req)).run(code) {
        case .published: return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.form_published")
        case .forbidden: throw Abort(.forbidden)
        case .noDraft: return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.no_draft")
        case .invalid: return try await renderBuilder(req, code: code, status: .unprocessableEntity)
        }
    }

    @Sendable func discard(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? ""
        try await requireEditor(code, req)
        if try await DiscardFormDraft(editor: try editor(req)).run(code) == .forbidden { throw Abort(.forbidden) }
        return req.redirect(to: "/office/forms/\(code)", flash: "flash.applications.draft_discarded")
    }
}

