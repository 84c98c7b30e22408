import FluentKit
import Foundation
import PortalHTTP

/// A rating of 1–5 with an optional comment, once, after completion, by the person who applied.
struct RateCase {
    enum Outcome: Sendable {
        case rated(Int)
    }

    let applicant: Applicant

    func run(_ id: UUID, rating: Int, comment: String?) async throws -> Outcome {
        let app = applicant.app
        let model = try await applicant.visibleModel(id, on: app.db)
        let principal = applicant.principal
        guard model.applicantID == principal.userID else { throw Applicant.Failure.notFound }
        guard (1...5).contains(rating) else { throw Applicant.Failure.invalid([AnswerProblem(page: "rating", field: "rating", key: "applications.rating.range")]) }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000).description
        let now = applicant.now
        try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            guard let fresh = try await CaseModel.find(id, on: db), fresh.status == .completed, fresh.rating == nil else { throw Applicant.Failure.wrongState }
            fresh.rating = rating
            fresh.ratingComment = comment?.isEmpty == false ? comment : nil
            fresh.updatedAt = now
            try await fresh.save(on: db)
            try await CaseLog(app: app, db: db).event(fresh, kind: .rating, actor: .applicant, actorID: principal.userID, message: String(rating))
            try await applicant.audit("applications.case.rated", fresh, objectID: fresh.number, details: ["rating": String(rating)], on: db)
        }
        return .rated(rating)
    }
}
