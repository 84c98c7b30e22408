import FluentKit
import Foundation
import PortalHTTP

/// A file of a case in scope, for the official: recorded as a read of the applicant's data.
struct ReadCaseFile {
    enum Outcome: Sendable {
        case file(CaseFile)
    }

    let official: CaseOfficial

    func run(_ fileID: UUID, of caseID: UUID) async throws -> Outcome {
        let app = official.app
        let model = try await official.find(caseID, on: app.db)
        guard let file = try await CaseFileModel.find(fileID, on: app.db), file.caseID == caseID else { throw Abort(.notFound) }
        try await app.portal.audit.record(AuditEvent(actor: official.actorAudit(model), action: "applications.file.read", subjectFIN: model.applicantFIN,
                                                     objectType: "application", objectID: model.number, purpose: "case_handling",
                                                     details: ["file": fileID.uuidString], isPersonalDataRead: true), on: app.db)
        return .file(try CaseFile(file))
    }
}
