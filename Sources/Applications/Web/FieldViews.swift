import Foundation
import PortalHTTP

/// A question ready for `QuestionField` (Web/QuestionFieldView.swift): everything the view needs is
/// computed here (label, value, error, the ids it is described by), so the view only arranges it.
struct FieldView: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Row: Sendable {
        var legend: String
        var removeValue: String
        var fields: [FieldView]
    }

    var id: String
    var name: String
    var kind: FormField.Kind
    var label: String
    var hint: String?
    var value: String
    var error: String?
    var required: Bool
    var options: [Option]
    /// Filled from what the state holds: shown, not editable.
    var prefilled: Bool
    /// Instead of "from the state register": why the register's value is missing and the way out.
    var notice: String?
    var inputType: String
    var inputMode: String?
    var autocomplete: String?
    var rows: [Row]
    var fileName: String?
    /// The hint's and the error's ids, space-separated; empty when the field has neither.
    var describedBy: String

    /// The page needs `multipart/form-data` when this question (or a row of a group) takes a file.
    var takesFile: Bool { kind == .file || rows.contains { $0.fields.contains(where: \.takesFile) } }

    static func build(_ field: FormField, answers: Answers, errors: [String: String], files: [UUID: String], units: [Option],
                      req: Request, name: String? = nil, value: String? = nil) -> FieldView {
        let language = req.language
        let name = name ?? field.id
        let value = value ?? answers.values[field.id] ?? ""
        var options: [Option] = []
        switch field.kind {
        case .select: options = (field.options ?? []).map { Option(value: $0.value, label: $0.label.text(language), selected: $0.value == value) }
        case .yesNo: options = [Option(value: "yes", label: req.t("applications.answer.yes"), selected: value == "yes"),
                                Option(value: "no", label: req.t("applications.answer.no"), selected: value == "no")]
        case .unit: options = units.map { Option(value: $0.value, label: $0.label, selected: $0.value == value) }
        default: break
        }
        var rows: [Row] = []
        if field.kind == .group {
            let answered = answers.groups[field.id] ?? []
            for (index, row) in (answered.isEmpty ? [[:]] : answered).enumerated() {
                rows.append(Row(legend: "\(field.label.text(language)) \(index + 1)", removeValue: "\(field.id)-\(index)", fields: (field.fields ?? []).map { child in
                    let childName = "\(field.id)-\(index)-\(child.id)"
                    return build(child, answers: Answers(values: row), errors: [childName: errors["\(field.id).\(index).\(child.id)"] ?? ""].filter { !$0.value.isEmpty },
                                 files: files, units: units, req: req, name: childName, value: row[child.id] ?? "")
                }))
            }
        }
        let error = errors[name]
        let inputType: String
        switch field.kind {
        case .number: inputType = "text"
        case .date: inputType = "date"
        case .email: inputType = "email"
        case .phone: inputType = "tel"
        case .file: inputType = "file"
        default: inputType = "text"
        }
        var describedBy: [String] = []
        if field.hint != nil { describedBy.append("\(name)-hint") }
        if error != nil { describedBy.append("\(name)-error") }
        return FieldView(
            id: name, name: name, kind: field.kind, label: field.label.text(language), hint: field.hint?.text(language),
            value: value, error: error, required: field.required, options: options, prefilled: field.prefill != nil, notice: nil,
            inputType: inputType, inputMode: field.kind == .number ? "decimal" : nil,
            autocomplete: field.kind == .email ? "email" : field.kind == .phone ? "tel" : nil,
            rows: rows, fileName: UUID(uuidString: value).flatMap { files[$0] },
            describedBy: describedBy.joined(separator: " "))
    }

    /// A question as this application asks it. A prefilled field is shown read-only with the register's
    /// value; when the register had none, with the form's way out: typed here with a supporting document
    /// (a second, file field `<field>-document`), or an explanation that it cannot be done online.
    static func build(_ field: FormField, answers: Answers, errors: [String: String], files: [UUID: String], units: [Option],
                      req: Request, validation: FormValidation) -> [FieldView] {
        guard validation.isMissingFromRegister(field) else { return [build(field, answers: answers, errors: errors, files: files, units: units, req: req)] }
        let label = field.label.text(req.language)
        let extra = field.missingHint.map { " " + $0.text(req.language) } ?? ""
        var view = build(field, answers: answers, errors: errors, files: files, units: units, req: req)
        switch field.whenMissing ?? .visitOffice {
        case .visitOffice:
            view.notice = req.t("applications.prefill.missing_visit_office", label) + extra
            return [view]
        case .enterWithDocument:
            view.prefilled = false
            view.hint = req.t("applications.prefill.missing_enter", label) + extra
            if field.hint == nil { view.describedBy = ([view.name + "-hint"] + (view.describedBy.isEmpty ? [] : [view.describedBy])).joined(separator: " ") }
            let key = FormField.documentKey(field.id)
            let document = FormField(id: key.replacingOccurrences(of: ".", with: "-"), kind: .file,
                                     label: LocalizedText(az: req.t("applications.prefill.document_label", label)), required: field.required)
            var documentErrors = errors
            documentErrors[document.id] = errors[document.id] ?? errors[key]
            return [view, build(document, answers: answers, errors: documentErrors, files: files, units: units, req: req, value: answers.values[key] ?? "")]
        }
    }

    /// How an answer reads on the check-your-answers page and in the office.
    static func display(_ field: FormField, _ value: String?, files: [UUID: String], unitNames: [String: String], req: Request) -> String {
        guard let value, !value.isEmpty else { return "—" }
        switch field.kind {
        case .select: return field.options?.first { $0.value == value }?.label.text(req.language) ?? value
        case .yesNo: return req.t(value == "yes" ? "applications.answer.yes" : "applications.answer.no")
        case .unit: return unitNames[value] ?? value
        case .file: return UUID(uuidString: value).flatMap { files[$0] } ?? value
        default: return value
        }
    }
}

/// One line of the check-your-answers summary.
struct CheckRow: Sendable {
    var label: String
    var value: String
    var pageID: String
    var fieldID: String
    var changeable: Bool
}

extension FormDefinition {
    /// The summary of every visible answer, page by page (groups as one line per repetition).
    func summary(_ answers: Answers, validation: FormValidation, files: [UUID: String], unitNames: [String: String], req: Request) -> [CheckRow] {
        var rows: [CheckRow] = []
        for page in pages {
            for field in page.fields where validation.isVisible(field, in: answers) {
                if field.kind == .group {
                    for (index, row) in (answers.groups[field.id] ?? []).enumerated() {
                        let text = (field.fields ?? []).map { FieldView.display($0, row[$0.id], files: files, unitNames: unitNames, req: req) }.joined(separator: ", ")
                        rows.append(CheckRow(label: "\(field.label.text(req.language)) \(index + 1)", value: text, pageID: page.id,
                                               fieldID: "\(field.id)-\(index)-\(field.fields?.first?.id ?? "")", changeable: true))
                    }
                } else {
                    // An answer the register could not give, typed by the applicant, says so (the office checks its document).
                    let typed = validation.isMissingFromRegister(field) && field.whenMissing == .enterWithDocument
                    let label = field.label.text(req.language)
                    rows.append(CheckRow(label: typed ? req.t("applications.prefill.entered_by_applicant", label) : label,
                                           value: FieldView.display(field, answers.values[field.id], files: files, unitNames: unitNames, req: req),
                                           pageID: page.id, fieldID: field.id, changeable: field.prefill == nil || typed))
                    if typed {
                        let key = FormField.documentKey(field.id)
                        rows.append(CheckRow(label: req.t("applications.prefill.document_label", label),
                                               value: FieldView.display(FormField(id: key, kind: .file, label: field.label), answers.values[key],
                                                                        files: files, unitNames: unitNames, req: req),
                                               pageID: page.id, fieldID: key.replacingOccurrences(of: ".", with: "-"), changeable: true))
                    }
                }
            }
        }
        return rows
    }
}
