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

    public init(form: FormDefinition, today: LocalDate, unitCodes: Set<String>) {
        self.form = form
        self.today = today
        self.unitCodes = unitCodes
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
