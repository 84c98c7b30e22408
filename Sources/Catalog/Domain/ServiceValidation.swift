import Foundation
import PortalCore

/// The rules a service definition must satisfy before it can be saved, submitted or imported.
/// Each problem names the field and a locale key the office UI shows.
public struct ServiceValidation: Sendable {
    public struct Problem: Sendable, Equatable {
        public var field: String
        public var key: String
    }

    public let agencyCodes: Set<String>
    public let unitCodes: Set<String>

    public init(agencyCodes: Set<String>, unitCodes: Set<String>) {
        self.agencyCodes = agencyCodes
        self.unitCodes = unitCodes
    }

    /// `CODE-0001`: the owning agency's code, a dash and four digits.
    static func isValidCode(_ code: String, agency: String) -> Bool {
        guard code.hasPrefix(agency + "-") else { return false }
        let number = code.dropFirst(agency.count + 1)
        return number.count == 4 && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public func problems(_ d: ServiceDefinition) -> [Problem] {
        var problems: [Problem] = []
        func add(_ field: String, _ key: String) { problems.append(Problem(field: field, key: "catalog.validation.\(key)")) }
        func blank(_ text: String?) -> Bool { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        func isURL(_ text: String?) -> Bool {
            guard let text else { return true }
            return (text.hasPrefix("https://") || text.hasPrefix("http://")) && URL(string: text)?.host != nil
        }

        if !agencyCodes.contains(d.agencyCode) { add("agency", "agency_unknown") }
        if !Self.isValidCode(d.code, agency: d.agencyCode) { add("code", "code_format") }
        if blank(d.name.az) { add("name_az", "name_az_required") }
        if blank(d.name.en) { add("name_en", "name_en_required") }
        if [d.name.az, d.name.en ?? "", d.name.ru ?? ""].contains(where: { $0.count > 500 }) { add("name_az", "name_too_long") }
        if blank(d.description.az) { add("description_az", "description_az_required") }
        if d.audiences.isEmpty { add("audience", "audience_required") }
        if d.channels.isEmpty { add("channels", "channels_required") }
        if d.stage.isElectronic && !d.channels.contains(.portal) { add("channels", "electronic_needs_portal") }
        switch d.fee.kind {
        case .free: if d.fee.amount != nil { add("fee_qepik", "fee_free_no_amount") }
        case .fixed: if (d.fee.amount ?? 0) <= 0 { add("fee_qepik", "fee_amount_required") }
        case .formula: if blank(d.fee.formula?.az) { add("fee_formula_az", "fee_formula_required") }
        }
        if let days = d.deadlineDays, !(1...365).contains(days) { add("deadline_days", "deadline_range") }
        if d.documents.contains(where: { blank($0.name.az) }) { add("documents", "document_name_required") }
        for act in d.legalBasis {
            if blank(act.title.az) { add("legal_basis", "act_title_required") }
            if let date = act.date, LocalDate(iso: date) == nil { add("legal_basis", "act_date_format") }
        }
        if let units = d.territorialUnits {
            if units.isEmpty { add("scope", "scope_empty") }
            if units.contains(where: { !unitCodes.contains($0) }) { add("scope", "scope_unknown_unit") }
        }
        if !isURL(d.onlineURL) { add("online_url", "url_format") }
        if !isURL(d.formURL) { add("form_url", "url_format") }
        if !isURL(d.contact.url) { add("contact_url", "url_format") }
        if let email = d.contact.email, case .failure = EmailAddress.parse(email) { add("contact_email", "email_format") }
        if d.stage == .downloadableForm && d.formURL == nil { add("form_url", "form_url_required") }
        if d.keywords.contains(where: { $0.contains("|") || blank($0) || $0.count > 60 }) { add("keywords", "keyword_format") }
        // Optional texts are absent, never empty: that is what makes CSV round trips exact.
        let optionals: [(String, String?)] = [("name_en", d.name.en), ("name_ru", d.name.ru), ("description_en", d.description.en),
                                              ("description_ru", d.description.ru), ("processing_units", d.processingUnits),
                                              ("online_url", d.onlineURL), ("form_url", d.formURL), ("contact_phone", d.contact.phone),
                                              ("contact_email", d.contact.email), ("contact_url", d.contact.url), ("source", d.source)]
        for (field, value) in optionals where value != nil && blank(value) { add(field, "empty_text") }
        return problems
    }
}
