import FluentKit
import Foundation
import PortalHTTP

/// Sends a service's draft to the registry editors for review.
struct SubmitServiceVersion {
    let editor: RegistryEditor

    func run(code: String) async throws -> RegistryEditor.Outcome {
        try await editor.app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first() else { return .notFound }
            guard editor.canEdit(agency: service.agencyID) else { return .forbidden }
            guard let open = try await editor.openVersion(of: service, on: db), open.state == .draft else {
                return .wrongState
            }
            open.state = .submitted
            open.submittedBy = editor.principal.userID
            open.submittedAt = editor.now
            try await open.update(on: db)
            try await editor.audit("catalog.service.submitted", code, service.agencyID, ["version": String(open.version)], on: db)
            return .saved(code: code, version: open.version)
        }
    }
}
