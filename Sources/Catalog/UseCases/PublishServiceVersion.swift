import FluentKit
import Foundation
import PortalHTTP

/// Publishes a submitted version (never by its submitter); the previously published one becomes history.
struct PublishServiceVersion {
    let editor: RegistryEditor

    func run(code: String, version: Int) async throws -> RegistryEditor.Outcome {
        guard try await editor.canPublish() else { return .forbidden }
        let outcome = try await editor.app.db.writeTransaction { db -> RegistryEditor.Outcome in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first(),
                  let target = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                    .filter(\.$version == version).first() else { return .notFound }
            guard target.state == .submitted else { return .wrongState }
            guard target.submittedBy != editor.principal.userID else { return .samePerson }
            try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                .filter(\.$state == .published)
                .set(\.$state, to: .superseded).update()
            target.state = .published
            target.decidedBy = editor.principal.userID
            target.decidedAt = editor.now
            try await target.update(on: db)
            service.publishedVersion = version
            service.publishedAt = editor.now
            try await service.update(on: db)
            try await editor.audit("catalog.service.published", code, service.agencyID, ["version": String(version)], on: db)
            return .saved(code: code, version: version)
        }
        if case .saved = outcome { try await editor.app.catalog.reload(editor.app) }
        return outcome
    }
}
