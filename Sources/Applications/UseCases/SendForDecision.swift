import FluentKit
import Foundation
import PortalHTTP

/// An operator hands a reviewed case to whoever decides in its unit (the head, or a reviewer:
/// `ApplicationsPermissions.decideCases`), with a note. Operators do not approve or reject
/// (`CaseTransitions.deciders`); this records the hand-over in the timeline and puts the case on the
/// deciders' "awaiting my decision" list until it is decided (`TransitionCase` clears it).
struct SendForDecision {
    enum Outcome: Sendable {
        case sent(ApplicationCase)
    }

    let official: CaseOfficial

    func run(_ id: UUID, note: String) async throws -> Outcome {
        typealias Failure = CaseOfficial.Failure
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw Failure.invalid(field: "decisionNote", key: "applications.office.message_required") }
        guard note.count <= 4_000 else { throw Failure.invalid(field: "decisionNote", key: "applications.answer.too_long") }
        let (app, principal, now) = (official.app, official.principal, official.now)
        try await official.change(id, action: "applications.case.sent_for_decision") { model, log in
            let actors = official.actors(for: model)
            guard actors.contains(.operator) else { throw Failure.forbidden }
            // Reviewed and not yet decided, and not already waiting for a decision.
            guard model.status == .inReview, model.decisionRequestedAt == nil else { throw Failure.wrongState }
            model.decisionRequestedAt = now
            model.decisionRequestedBy = principal.userID
            let unit = try await app.portal.directory.agency(id: model.agencyID)?.code
            try await log.event(model, kind: .decisionRequest, actor: .operator, actorID: principal.userID, unit: unit, message: note)
            return [:]
        }
        return .sent(try await official.current(id))
    }

    /// May this official send the case (the office page offers the step only then)?
    static func offered(_ model: ApplicationCase, actors: Set<CaseActor>) -> Bool {
        model.status == .inReview && model.decisionRequestedAt == nil && actors.contains(.operator)
            && actors.isDisjoint(with: CaseTransitions.deciders)
    }
}
