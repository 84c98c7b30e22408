import Foundation
import PortalCore

/// Everything the registry records about one public service: the unit that is versioned, reviewed,
/// published, exported and imported. The published version is what citizens see.
public struct ServiceDefinition: Codable, Sendable, Equatable {
    public var code: String
    public var agencyCode: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var audiences: [Audience]
    public var category: ServiceCategory
    public var lifeEvents: [LifeEvent]
    public var stage: Stage
    public var channels: [Channel]
    public var fee: Fee
    /// Legal deadline in working days; nil when the result is immediate.
    public var deadlineDays: Int?
    public var documents: [RequiredDocument]
    public var legalBasis: [LegalAct]
    public var result: ResultType
    public var processingUnits: String?
    /// Nil: the whole country; otherwise the ISO 3166-2 codes of the units served.
    public var territorialUnits: [String]?
    public var contact: Contact
    /// Where the e-service is done today (until the portal's own application form exists).
    public var onlineURL: String?
    /// The downloadable form, for that stage.
    public var formURL: String?
    /// Words people search with (colloquial names, other languages): "pasport" for the ID card.
    public var keywords: [String]
    public var status: ServiceStatus
    /// For the real services of the demo registry: where the name was published.
    public var source: String?

    public init(code: String, agencyCode: String, name: LocalizedText, description: LocalizedText, audiences: [Audience],
                category: ServiceCategory, lifeEvents: [LifeEvent] = [], stage: Stage, channels: [Channel], fee: Fee = .free,
                deadlineDays: Int? = nil, documents: [RequiredDocument] = [], legalBasis: [LegalAct] = [], result: ResultType,
                processingUnits: String? = nil, territorialUnits: [String]? = nil, contact: Contact = Contact(),
                onlineURL: String? = nil, formURL: String? = nil, keywords: [String] = [], status: ServiceStatus = .active,
                source: String? = nil) {
        self.code = code
        self.agencyCode = agencyCode
        self.name = name
        self.description = description
        self.audiences = audiences
        self.category = category
        self.lifeEvents = lifeEvents
        self.stage = stage
        self.channels = channels
        self.fee = fee
        self.deadlineDays = deadlineDays
        self.documents = documents
        self.legalBasis = legalBasis
        self.result = result
        self.processingUnits = processingUnits
        self.territorialUnits = territorialUnits
        self.contact = contact
        self.onlineURL = onlineURL
        self.formURL = formURL
        self.keywords = keywords
        self.status = status
        self.source = source
    }

    /// Serves the given unit (national services serve every unit).
    public func serves(unit: String) -> Bool { territorialUnits?.contains(unit) ?? true }

    /// The fields that differ from another version, by their export names (for the history).
    public func changedFields(since old: ServiceDefinition?) -> [String] {
        guard let old else { return ["created"] }
        var fields: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { fields.append(name) } }
        check("agency", agencyCode, old.agencyCode); check("name", name, old.name); check("description", description, old.description)
        check("audience", audiences, old.audiences); check("category", category, old.category); check("life_events", lifeEvents, old.lifeEvents)
        check("stage", stage, old.stage); check("channels", channels, old.channels); check("fee", fee, old.fee)
        check("deadline_days", deadlineDays, old.deadlineDays); check("documents", documents, old.documents)
        check("legal_basis", legalBasis, old.legalBasis); check("result", result, old.result)
        check("processing_units", processingUnits, old.processingUnits); check("scope", territorialUnits, old.territorialUnits)
        check("contact", contact, old.contact); check("online_url", onlineURL, old.onlineURL); check("form_url", formURL, old.formURL)
        check("keywords", keywords, old.keywords); check("status", status, old.status); check("source", source, old.source)
        return fields
    }
}

/// The state fee: free, a fixed amount in qəpik, or a rule in words (varies with the case).
public struct Fee: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case free, fixed, formula }
    public var kind: Kind
    public var amount: Int64?
    public var formula: LocalizedText?

    public init(kind: Kind, amount: Int64? = nil, formula: LocalizedText? = nil) {
        self.kind = kind
        self.amount = amount
        self.formula = formula
    }

    public static let free = Fee(kind: .free)
    public static func fixed(qepik: Int64) -> Fee { Fee(kind: .fixed, amount: qepik) }
}

public struct RequiredDocument: Codable, Sendable, Equatable {
    public var name: LocalizedText
    /// The state already holds it: the citizen is not asked for it (once-only).
    public var heldByState: Bool

    public init(name: LocalizedText, heldByState: Bool) {
        self.name = name
        self.heldByState = heldByState
    }
}

public struct LegalAct: Codable, Sendable, Equatable {
    public var title: LocalizedText
    public var number: String?
    public var date: String?

    public init(title: LocalizedText, number: String? = nil, date: String? = nil) {
        self.title = title
        self.number = number
        self.date = date
    }
}

public struct Contact: Codable, Sendable, Equatable {
    public var phone: String?
    public var email: String?
    public var url: String?

    public init(phone: String? = nil, email: String? = nil, url: String? = nil) {
        self.phone = phone
        self.email = email
        self.url = url
    }
}
