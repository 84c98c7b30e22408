import FluentKit
import Foundation
import PortalHTTP

/// Takes the case (or gives it to another official of the same agency); nil unassigns.
struct TakeCase {
    enum Outcome: Sendable {
        case assigned(to: UUID)
        case unassigned
    }

    let official: CaseOfficial

    func run(_ id: UUID, to assignee: UUID?) async throws -> Outcome {
        let (app, principal) = (official.app, official.principal)
        try await official.change(id, action: "applications.case.assigned") { model, log in
            guard !model.status.isFinal else { throw CaseOfficial.Failure.wrongState }
            if let assignee, assignee != principal.userID {
                // Only someone who works this agency's cases may be given one.
                guard try await CaseOfficial.worksAt(model.agencyID, userID: assignee, app: app) else {
                    throw CaseOfficial.Failure.invalid(field: "assignee", key: "applications.office.assignee_invalid")
                }
            }
            model.assigneeID = assignee
            try await log.event(model, kind: .assignment, actor: official.actors(for: model).first ?? .operator, actorID: principal.userID)
            return ["assignee": assignee?.uuidString ?? "none"]
        }
        return assignee.map { .assigned(to: $0) } ?? .unassigned
    }
}
