import FluentKit
import Foundation
import PortalHTTP

/// Attaches the result document. Whatever the order — during review, after approval, with a
/// rejection — the latest file attached as the result is the case's result, and the citizen gets it
/// with the decision. On an approved case it issues the result: the case is completed.
struct AttachResult {
    enum Outcome: Sendable {
        /// Kept as the case's result; the citizen gets it with the decision.
        case attached(fileID: UUID)
        /// The case was approved: the result is issued and the case completed.
        case completed(fileID: UUID)
    }

    let official: CaseOfficial

    func run(_ id: UUID, name: String, bytes: [UInt8]) async throws -> Outcome {
        typealias Failure = CaseOfficial.Failure
        let (app, principal, now) = (official.app, official.principal, official.now)
        let model = try await official.find(id, on: app.db)
        guard [.inReview, .approved, .rejected].contains(model.status) else { throw Failure.wrongState }
        guard !official.actors(for: model).isEmpty else { throw Failure.forbidden }
        let stored: FileStore.Stored
        do { stored = try await app.files.store(bytes, allowed: [.pdf]) } catch let refusal as FileStore.Refusal {
            throw Failure.invalid(field: "file", key: refusal.key)
        }
        let fileID = try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            let fresh = try await official.find(id, on: db)
            guard [.inReview, .approved, .rejected].contains(fresh.status) else { throw Failure.wrongState }
            let file = try await CaseFileModel.keep(stored, name: name, caseID: id, purpose: .result, by: principal.userID, at: now, on: db)
            fresh.resultFileID = file.id
            fresh.updatedAt = now
            try await fresh.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: official.actorAudit(fresh), action: "applications.result.uploaded", subjectFIN: fresh.applicantFIN,
                                                         objectType: "application", objectID: fresh.number,
                                                         details: ["sha256": stored.sha256, "file": file.id!.uuidString]), on: db)
            return file.id!
        }
        guard try await official.find(id, on: app.db).status == .approved else { return .attached(fileID: fileID) }
        try await TransitionCase(official: official).move(id, to: .completed, message: nil, reason: nil)
        return .completed(fileID: fileID)
    }
}
