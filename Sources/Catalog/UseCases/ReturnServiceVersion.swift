import FluentKit
import Foundation
import PortalHTTP

/// Sends a submitted version back to its agency with a reason (never by its submitter).
struct ReturnServiceVersion {
    let editor: RegistryEditor

    func run(code: String, version: Int, note: String) async throws -> RegistryEditor.Outcome {
        guard try await editor.canPublish() else { return .forbidden }
        let reason = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return .invalid([.init(field: "note", key: "catalog.validation.note_required")]) }
        return try await editor.app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first(),
                  let target = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                    .filter(\.$version == version).first() else { return .notFound }
            guard target.state == .submitted else { return .wrongState }
            guard target.submittedBy != editor.principal.userID else { return .samePerson }
            target.state = .returned
            target.decidedBy = editor.principal.userID
            target.decidedAt = editor.now
            target.decisionNote = String(reason.prefix(1000))
            try await target.update(on: db)
            try await editor.audit("catalog.service.returned", code, service.agencyID, ["version": String(version)], on: db)
            return .saved(code: code, version: version)
        }
    }
}
