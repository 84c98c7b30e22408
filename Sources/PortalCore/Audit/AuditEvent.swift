import Foundation

/// Who did something: a citizen acting for themselves or a company, an official of an agency, or the system.
public struct AuditActor: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case citizen, official, admin, system, anonymous, apiClient = "api_client" }

    public var kind: Kind
    public var userID: UUID?
    /// The agency an official acted for; shown to citizens instead of the official's name.
    public var agencyID: UUID?
    public var ip: String?

    public init(kind: Kind, userID: UUID? = nil, agencyID: UUID? = nil, ip: String? = nil) {
        self.kind = kind
        self.userID = userID
        self.agencyID = agencyID
        self.ip = ip
    }

    public static let system = AuditActor(kind: .system)
}

/// One entry of the append-only audit trail. Every state change and every read of a citizen's personal
/// data by someone other than that citizen produces one (see docs/audit-events.md).
public struct AuditEvent: Sendable {
    public var actor: AuditActor
    /// Dotted action name, `identity.sign_in.succeeded`, `population.person.read`.
    public var action: String
    /// The citizen whose data or account this concerns, when there is one.
    public var subjectFIN: String?
    public var objectType: String?
    public var objectID: String?
    /// Why the data was read or changed; required for reads of personal data by officials.
    public var purpose: String?
    /// Extra facts; never passwords, codes, tokens or session identifiers.
    public var details: [String: String]

    /// True when this entry records a read of personal data (shown in "who looked at my data").
    public var isPersonalDataRead: Bool

    public init(actor: AuditActor, action: String, subjectFIN: String? = nil, objectType: String? = nil,
                objectID: String? = nil, purpose: String? = nil, details: [String: String] = [:],
                isPersonalDataRead: Bool = false) {
        self.actor = actor
        self.action = action
        self.subjectFIN = subjectFIN
        self.objectType = objectType
        self.objectID = objectID
        self.purpose = purpose
        self.details = details
        self.isPersonalDataRead = isPersonalDataRead
    }
}

/// A read of a citizen's data as the citizen sees it in the cabinet.
public struct DataAccessRecord: Sendable, Codable, Hashable {
    public var at: Date
    public var actorKind: AuditActor.Kind
    public var agencyID: UUID?
    public var action: String
    public var purpose: String?

    public init(at: Date, actorKind: AuditActor.Kind, agencyID: UUID?, action: String, purpose: String?) {
        self.at = at
        self.actorKind = actorKind
        self.agencyID = agencyID
        self.action = action
        self.purpose = purpose
    }
}
