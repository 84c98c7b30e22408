import Foundation
import PortalCore

/// An e-service's application form: ordered pages of fields. Versioned per service; an application
/// keeps the version it was started with, so publishing a new version never breaks one in flight.
public struct FormDefinition: Codable, Sendable, Equatable {
    public var serviceCode: String
    public var pages: [FormPage]

    public init(serviceCode: String, pages: [FormPage]) {
        self.serviceCode = serviceCode
        self.pages = pages
    }

    /// Every field, groups' children included, by id.
    public var fieldsByID: [String: FormField] {
        var all: [String: FormField] = [:]
        for page in pages { for field in page.fields { all[field.id] = field } }
        return all
    }

    public func page(_ id: String) -> FormPage? { pages.first { $0.id == id } }

    /// The page a top-level field is on.
    public func page(containing fieldID: String) -> FormPage? { pages.first { $0.fields.contains { $0.id == fieldID } } }

    /// Fields filled in from a register (top level only: a group cannot hold one, see `problems`).
    public var prefilledFields: [FormField] { pages.flatMap(\.fields).filter { $0.prefill != nil } }
}

public struct FormPage: Codable, Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var fields: [FormField]

    public init(id: String, title: LocalizedText, fields: [FormField]) {
        self.id = id
        self.title = title
        self.fields = fields
    }
}

public struct FormField: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case text, longText = "long_text", number, date, select, yesNo = "yes_no", unit, fin, voen, phone, email, file, group
    }

    /// What the state already holds about the applicant: filled in, shown, never asked for again.
    public enum Prefill: String, Codable, Sendable, CaseIterable {
        case fullName = "full_name", birthDate = "birth_date", address, unit, fin, phone, email, companyVOEN = "company_voen", companyName = "company_name"
    }

    public var id: String
    public var kind: Kind
    public var label: LocalizedText
    public var hint: LocalizedText?
    public var required: Bool
    /// For `select`: value → label.
    public var options: [Option]?
    /// Text length or number range, inclusive.
    public var min: Double?
    public var max: Double?
    /// Dates: "past" (not after today) or "future" (not before today).
    public var dateRule: String?
    /// Shown (and validated) only when another field has this value.
    public var showIf: Condition?
    public var prefill: Prefill?
    /// For a prefilled field: the way out when the register has no value for this applicant (nil: visit the office).
    public var whenMissing: WhenMissing?
    /// For a prefilled field the applicant types: which document proves it (shown with the way out).
    public var missingHint: LocalizedText?
    /// For `group`: the fields of one repetition; `max` limits repetitions.
    public var fields: [FormField]?

    /// What a prefilled field does when the register cannot fill it. The register's value, when there is
    /// one, is never the applicant's to change; without one the service names the way out.
    public enum WhenMissing: String, Codable, Sendable, CaseIterable {
        /// The applicant types the value and attaches a document that proves it (`<field>.document`).
        case enterWithDocument = "enter-with-document"
        /// Not online: the applicant brings their documents to the office (the application cannot be submitted).
        case visitOffice = "visit-office"
    }

    /// The answer key of the supporting document of a prefilled field the applicant typed. Field ids
    /// never contain a dot, so it cannot collide with a field.
    public static func documentKey(_ fieldID: String) -> String { fieldID + ".document" }

    public struct Option: Codable, Sendable, Equatable {
        public var value: String
        public var label: LocalizedText
        public init(value: String, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    public struct Condition: Codable, Sendable, Equatable {
        public var field: String
        public var equals: String
        public init(field: String, equals: String) {
            self.field = field
            self.equals = equals
        }
    }

    public init(id: String, kind: Kind, label: LocalizedText, hint: LocalizedText? = nil, required: Bool = true,
                options: [Option]? = nil, min: Double? = nil, max: Double? = nil, dateRule: String? = nil,
                showIf: Condition? = nil, prefill: Prefill? = nil, whenMissing: WhenMissing? = nil, missingHint: LocalizedText? = nil,
                fields: [FormField]? = nil) {
        self.id = id
        self.kind = kind
        self.label = label
        self.hint = hint
        self.required = required
        self.options = options
        self.min = min
        self.max = max
        self.dateRule = dateRule
        self.showIf = showIf
        self.prefill = prefill
        self.whenMissing = whenMissing
        self.missingHint = missingHint
        self.fields = fields
    }
}

/// A citizen's answers: one string per field (a file field holds the stored file's id), and for
/// repeatable groups a list of such maps.
public struct Answers: Codable, Sendable, Equatable {
    public var values: [String: String]
    public var groups: [String: [[String: String]]]

    public init(values: [String: String] = [:], groups: [String: [[String: String]]] = [:]) {
        self.values = values
        self.groups = groups
    }

    public subscript(_ id: String) -> String? { values[id] }

    /// Answers of another set replace these field by field (a page's answers into the draft).
    public mutating func merge(_ other: Answers) {
        values.merge(other.values) { $1 }
        groups.merge(other.groups) { $1 }
    }
}

/// A problem with a form definition itself (the builder refuses to publish it).
public struct FormDefinitionProblem: Error, Equatable, Sendable {
    public var field: String
    public var key: String
}

extension FormDefinition {
    /// Ids are unique and simple, selects have options, conditions point at earlier fields, groups
    /// have children and are not nested; for publishing, every page has a field.
    public func problems(publishing: Bool = false) -> [FormDefinitionProblem] {
        var problems: [FormDefinitionProblem] = []
        var seen = Set<String>()
        let idPattern = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        if publishing && pages.isEmpty { problems.append(.init(field: "pages", key: "applications.builder.problem.no_pages")) }
        var pageIDs = Set<String>()
        for page in pages {
            if !pageIDs.insert(page.id).inserted || page.id.isEmpty || !page.id.allSatisfy(idPattern.contains) {
                problems.append(.init(field: "page.\(page.id)", key: "applications.builder.problem.page_id"))
            }
            if publishing && page.fields.isEmpty { problems.append(.init(field: "page.\(page.id)", key: "applications.builder.problem.empty_page")) }
            for field in page.fields {
                check(field, nested: false, seen: &seen, problems: &problems, idPattern: idPattern)
            }
        }
        return problems
    }

    private func check(_ field: FormField, nested: Bool, seen: inout Set<String>, problems: inout [FormDefinitionProblem], idPattern: Set<Character>) {
        if field.id.isEmpty || !field.id.allSatisfy(idPattern.contains) || !seen.insert(field.id).inserted {
            problems.append(.init(field: field.id, key: "applications.builder.problem.field_id"))
        }
        if field.label.az.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(.init(field: field.id, key: "applications.builder.problem.label"))
        }
        if field.kind == .select, (field.options ?? []).isEmpty {
            problems.append(.init(field: field.id, key: "applications.builder.problem.options"))
        }
        if let condition = field.showIf, !seen.contains(condition.field) || condition.field == field.id {
            problems.append(.init(field: field.id, key: "applications.builder.problem.condition"))
        }
        if field.prefill != nil, nested || field.kind == .group || field.kind == .file {
            // One register value per applicant: it has no place in a repeated group, nor as a file.
            problems.append(.init(field: field.id, key: "applications.builder.problem.prefill_place"))
        }
        if field.prefill == nil, field.whenMissing != nil || field.missingHint != nil {
            problems.append(.init(field: field.id, key: "applications.builder.problem.when_missing"))
        }
        if field.kind == .group {
            if nested || (field.fields ?? []).isEmpty {
                problems.append(.init(field: field.id, key: "applications.builder.problem.group"))
            }
            for child in field.fields ?? [] { check(child, nested: true, seen: &seen, problems: &problems, idPattern: idPattern) }
        }
    }
}
