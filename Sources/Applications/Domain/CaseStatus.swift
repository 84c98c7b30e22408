import PortalCore

/// The states of an application (DOMAIN.md names them in az/en/ru: `applications.status.<raw>`).
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, received
    case inReview = "in_review"
    case infoRequested = "info_requested"
    case awaitingPayment = "awaiting_payment"
    case approved, rejected, completed, cancelled

    /// No further transitions.
    public var isFinal: Bool { self == .completed || self == .rejected || self == .cancelled }

    /// The agency has it and the legal clock runs (unless paused for more information).
    public var isOpenAtAgency: Bool { [.received, .inReview, .infoRequested, .approved].contains(self) }
}

/// Who asks for a transition. `system` is the portal itself (submission bookkeeping, a payment).
public enum CaseActor: String, Codable, Sendable, CaseIterable {
    case applicant, system, `operator`, reviewer, head

    public static func official(_ role: OfficialRole) -> CaseActor? {
        switch role {
        case .operator_: return .operator
        case .reviewer: return .reviewer
        case .head: return .head
        default: return nil
        }
    }
}

/// Every allowed transition and who may make it — the one place the rules live; web, API and the
/// payment callback all go through `CaseTransitions.allows`.
public enum CaseTransitions {
    public struct Rule: Sendable, Hashable {
        public let from: CaseStatus
        public let to: CaseStatus
        public let actors: Set<CaseActor>
    }

    static let officials: Set<CaseActor> = [.operator, .reviewer, .head]
    static let deciders: Set<CaseActor> = [.reviewer, .head]

    public static let rules: [Rule] = [
        Rule(from: .draft, to: .submitted, actors: [.applicant]),
        Rule(from: .draft, to: .cancelled, actors: [.applicant]),
        // Submission is registered at once: free services go to the agency, paid ones wait for the fee.
        Rule(from: .submitted, to: .received, actors: [.system]),
        Rule(from: .submitted, to: .awaitingPayment, actors: [.system]),
        Rule(from: .awaitingPayment, to: .received, actors: [.system]),
        Rule(from: .awaitingPayment, to: .cancelled, actors: [.applicant]),
        Rule(from: .received, to: .inReview, actors: officials),
        Rule(from: .received, to: .cancelled, actors: [.applicant]),
        Rule(from: .received, to: .rejected, actors: deciders),
        Rule(from: .inReview, to: .infoRequested, actors: officials),
        Rule(from: .infoRequested, to: .inReview, actors: [.applicant]),
        Rule(from: .inReview, to: .approved, actors: deciders),
        Rule(from: .inReview, to: .rejected, actors: deciders),
        Rule(from: .approved, to: .completed, actors: officials),
    ]

    private static let index: [CaseStatus: [CaseStatus: Set<CaseActor>]] = {
        var index: [CaseStatus: [CaseStatus: Set<CaseActor>]] = [:]
        for rule in rules { index[rule.from, default: [:]][rule.to] = rule.actors }
        return index
    }()

    public static func allows(_ from: CaseStatus, _ to: CaseStatus, by actor: CaseActor) -> Bool {
        index[from]?[to]?.contains(actor) ?? false
    }

    /// Where `actor` can take a case from `from`.
    public static func next(from: CaseStatus, by actor: CaseActor) -> [CaseStatus] {
        CaseStatus.allCases.filter { allows(from, $0, by: actor) }
    }
}

/// Reasons a rejection must cite (plus free text): `applications.rejection.<raw>`.
public enum RejectionReason: String, Codable, Sendable, CaseIterable {
    case incompleteDocuments = "incomplete_documents"
    case notEligible = "not_eligible"
    case invalidData = "invalid_data"
    case outsideCompetence = "outside_competence"
    case noAnswerToRequest = "no_answer_to_request"
    case legalObstacle = "legal_obstacle"
}
