import FluentKit
import Foundation
import PortalHTTP

/// The applicant withdraws: a draft, a case waiting for its fee, or one the agency has not begun to review.
struct CancelApplication {
    enum Outcome: Sendable {
        case cancelled(ApplicationCase)
    }

    let applicant: Applicant

    func run(_ id: UUID) async throws -> Outcome {
        let app = applicant.app
        let model = try await applicant.visibleModel(id, on: app.db)
        let principal = applicant.principal
        let fresh = try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            guard let fresh = try await CaseModel.find(id, on: db),
                  CaseTransitions.allows(fresh.status, .cancelled, by: .applicant) else { throw Applicant.Failure.wrongState }
            try await CaseLog(app: app, db: db).move(fresh, to: .cancelled, by: .applicant, actorID: principal.userID)
            try await fresh.save(on: db)
            try await applicant.audit("applications.case.cancelled", model, objectID: fresh.number ?? id.uuidString, on: db)
            return fresh
        }
        return .cancelled(try ApplicationCase(fresh))
    }
}
