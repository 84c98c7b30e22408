import FluentKit
import Foundation
import PortalHTTP

/// The citizen's answer to a request for more information (a message, and a file uploaded with
/// `UploadCaseFile` for "info"): the case returns to review and the legal clock runs again.
struct AnswerRequest {
    enum Outcome: Sendable {
        case answered
    }

    let applicant: Applicant

    func run(_ id: UUID, message: String, fileID: UUID?) async throws -> Outcome {
        let app = applicant.app
        _ = try await applicant.visibleModel(id, on: app.db)
        let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4_000 else {
            throw Applicant.Failure.invalid([AnswerProblem(page: "info", field: "message", key: text.isEmpty ? "applications.answer.required" : "applications.answer.too_long")])
        }
        if let fileID {
            guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == id, file.use == .requestedInformation else {
                throw Applicant.Failure.invalid([AnswerProblem(page: "info", field: "file", key: "applications.answer.file")])
            }
        }
        let calendar = app.portal.calendar
        let (principal, today) = (applicant.principal, applicant.today)
        try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            guard let fresh = try await CaseModel.find(id, on: db), fresh.status == .infoRequested else { throw Applicant.Failure.wrongState }
            var deadline = fresh.deadline
            deadline?.resume(on: today, calendar)
            if let deadline { fresh.setDeadline(deadline, calendar) }
            let log = CaseLog(app: app, db: db)
            try await log.event(fresh, kind: .infoAnswer, actor: .applicant, actorID: principal.userID,
                                message: fileID.map { "\(text)\n[file:\($0.uuidString)]" } ?? text)
            try await log.move(fresh, to: .inReview, by: .applicant, actorID: principal.userID)
            try await fresh.save(on: db)
            try await applicant.audit("applications.case.info_answered", fresh, objectID: fresh.number, on: db)
        }
        return .answered
    }
}
