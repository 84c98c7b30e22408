import Foundation
import PortalCore

/// One rejected answer: which page, which field (`children.1.birth_date` inside a group), and why
/// (a locale key the UI and the API translate).
public struct AnswerProblem: Codable, Sendable, Equatable {
    public var page: String
    public var field: String
    public var key: String

    public init(page: String, field: String, key: String) {
        self.page = page
        self.field = field
        self.key = key
    }
}

/// Checks answers against a form definition and normalises them (a FIN in capitals, a phone in
/// E.164). Hidden fields (show-if not met) are neither required nor kept.
public struct FormValidation: Sendable {
    public let form: FormDefinition
    public let today: LocalDate
    public let unitCodes: Set<String>
    /// Prefilled fields the register did fill for this application: their values are the register's.
    /// The other prefilled fields follow their `whenMissing`.
    public let registerFilled: Set<String>

    /// `registerFilled` nil: every prefilled field (applications started before the register's gaps were recorded).
    public init(form: FormDefinition, today: LocalDate, unitCodes: Set<String>, registerFilled: Set<String>? = nil) {
        self.form = form
        self.today = today
        self.unitCodes = unitCodes
        self.registerFilled = registerFilled ?? Set(form.prefilledFields.map(\.id))
    }

    /// A prefilled field the register had no value for (the applicant may have to act: see `whenMissing`).
    public func isMissingFromRegister(_ field: FormField) -> Bool {
        field.prefill != nil && !registerFilled.contains(field.id)
    }

    /// Prefilled fields the applicant never writes: the register's answers, and those whose way out is
    /// the office (nothing to type online). Only a missing `enter-with-document` field is theirs to fill.
    public var closedToApplicant: Set<String> {
        Set(form.prefilledFields.filter { registerFilled.contains($0.id) || ($0.whenMissing ?? .visitOffice) == .visitOffice }.map(\.id))
    }

    public func isVisible(_ field: FormField, in answers: Answers) -> Bool {
        guard let condition = field.showIf else { return true }
        return answers.values[condition.field] == condition.equals
    }

    /// Validates one page's fields; the answers returned hold the normalised values of that page.
    public func check(page: FormPage, answers: Answers) -> (answers: Answers, problems: [AnswerProblem]) {
        var clean = Answers()
        var problems: [AnswerProblem] = []
        for field in page.fields where isVisible(field, in: answers) {
            if field.kind == .group {
                let rows = answers.groups[field.id] ?? []
                if field.required && rows.isEmpty {
                    problems.append(AnswerProblem(page: page.id, field: field.id, key: "applications.answer.group_empty"))
                }
                if let max = field.max, Double(rows.count) > max {
                    problems.append(AnswerProblem(page: page.id, field: field.id, key: "applications.answer.group_too_many"))
                }
                var cleanRows: [[String: String]] = []
                for (index, row) in rows.enumerated() {
                    var cleanRow: [String: String] = [:]
                    for child in field.fields ?? [] {
                        switch check(child, raw: row[child.id]) {
                        case .success(let value?): cleanRow[child.id] = value
                        case .success(nil): break
                        case .failure(let issue):
                            problems.append(AnswerProblem(page: page.id, field: "\(field.id).\(index).\(child.id)", key: issue.key))
                            if let raw = row[child.id] { cleanRow[child.id] = raw }
                        }
                    }
                    cleanRows.append(cleanRow)
                }
                clean.groups[field.id] = cleanRows
            } else if field.prefill != nil, registerFilled.contains(field.id) {
                // The register's value, as it was filled in: not the form's rules to judge.
                if let value = answers.values[field.id] { clean.values[field.id] = value }
            } else if field.prefill != nil {
                checkMissing(field, page: page, answers: answers, clean: &clean, problems: &problems)
            } else {
                switch check(field, raw: answers.values[field.id]) {
                case .success(let value?): clean.values[field.id] = value
                case .success(nil): break
                case .failure(let issue):
                    problems.append(AnswerProblem(page: page.id, field: field.id, key: issue.key))
                    // Keep what was typed so the page shows it again next to the error.
                    if let raw = answers.values[field.id] { clean.values[field.id] = raw }
                }
            }
        }
        return (clean, problems)
    }

    /// A prefilled field the register could not fill: typed with a supporting document, or not online at all.
    func checkMissing(_ field: FormField, page: FormPage, answers: Answers, clean: inout Answers, problems: inout [AnswerProblem]) {
        switch field.whenMissing ?? .visitOffice {
        case .visitOffice:
            problems.append(AnswerProblem(page: page.id, field: field.id, key: "applications.prefill.visit_office"))
        case .enterWithDocument:
            let typed = answers.values[field.id]
            switch check(field, raw: typed) {
            case .success(let value?): clean.values[field.id] = value
            case .success(nil): break
            case .failure(let issue):
                problems.append(AnswerProblem(page: page.id, field: field.id, key: issue.key))
                if let typed { clean.values[field.id] = typed }
            }
            let key = FormField.documentKey(field.id)
            let document = (answers.values[key] ?? "").trimmingCharacters(in: .whitespaces)
            if document.isEmpty {
                if field.required || !(typed ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(AnswerProblem(page: page.id, field: key, key: "applications.prefill.document_required"))
                }
            } else if UUID(uuidString: document) == nil {
                problems.append(AnswerProblem(page: page.id, field: key, key: "applications.answer.file"))
            } else {
                clean.values[key] = document
            }
        }
    }

    /// Every page, in order: the check before submission.
    public func checkAll(_ answers: Answers) -> (answers: Answers, problems: [AnswerProblem]) {
        var clean = Answers()
        var problems: [AnswerProblem] = []
        for page in form.pages {
            let result = check(page: page, answers: answers)
            clean.merge(result.answers)
            problems += result.problems
        }
        return (clean, problems)
    }

    /// Pages with at least one visible field.
    public func visiblePages(_ answers: Answers) -> [FormPage] {
        form.pages.filter { page in page.fields.contains { isVisible($0, in: answers) } }
    }

    /// Nil when empty and optional; the normalised value; or why it is rejected.
    func check(_ field: FormField, raw: String?) -> Result<String?, ValidationIssue> {
        let value = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            return field.required ? .failure(ValidationIssue("applications.answer.required")) : .success(nil)
        }
        switch field.kind {
        case .text, .longText:
            let length = Double(value.count)
            if let min = field.min, length < min { return .failure(ValidationIssue("applications.answer.too_short")) }
            if length > (field.max ?? (field.kind == .text ? 200 : 4_000)) { return .failure(ValidationIssue("applications.answer.too_long")) }
            return .success(value)
        case .number:
            guard let number = Double(value.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                return .failure(ValidationIssue("applications.answer.number"))
            }
            if let min = field.min, number < min { return .failure(ValidationIssue("applications.answer.number_min")) }
            if let max = field.max, number > max { return .failure(ValidationIssue("applications.answer.number_max")) }
            return .success(number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number))
        case .date:
            guard let date = LocalDate(iso: value) else { return .failure(ValidationIssue("applications.answer.date")) }
            if field.dateRule == "past", date > today { return .failure(ValidationIssue("applications.answer.date_future")) }
            if field.dateRule == "future", date < today { return .failure(ValidationIssue("applications.answer.date_past")) }
            return .success(date.iso)
        case .select:
            guard field.options?.contains(where: { $0.value == value }) == true else {
                return .failure(ValidationIssue("applications.answer.option"))
            }
            return .success(value)
        case .yesNo:
            guard value == "yes" || value == "no" else { return .failure(ValidationIssue("applications.answer.option")) }
            return .success(value)
        case .unit:
            guard unitCodes.contains(value) else { return .failure(ValidationIssue("applications.answer.unit")) }
            return .success(value)
        case .fin:
            return FIN.parse(value).map { $0.value as String? }
        case .voen:
            return VOEN.parse(value).map { $0.value as String? }
        case .phone:
            return PhoneNumber.parse(value).map { $0.e164 as String? }
        case .email:
            return EmailAddress.parse(value).map { $0.value as String? }
        case .file:
            // The id of a file stored for this application; the use case checks it belongs here.
            guard UUID(uuidString: value) != nil else { return .failure(ValidationIssue("applications.answer.file")) }
            return .success(value)
        case .group:
            return .success(nil)
        }
    }
}
