import FluentKit
import Foundation
import PortalHTTP

/// Saves changes to a service: into its open draft (or returned version), else a new draft from the published one.
struct UpdateService {
    let editor: RegistryEditor

    func run(code: String, _ changed: ServiceDefinition) async throws -> RegistryEditor.Outcome {
        let validation = try await editor.validation()
        return try await editor.app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first() else { return .notFound }
            guard editor.canEdit(agency: service.agencyID) else { return .forbidden }
            var definition = changed
            definition.code = service.code
            definition.agencyCode = (try await editor.app.portal.directory.agency(id: service.agencyID))?.code ?? definition.agencyCode
            let problems = validation.problems(definition)
            guard problems.isEmpty else { return .invalid(problems) }
            let published = try await editor.publishedVersion(of: service, on: db)
            if let open = try await editor.openVersion(of: service, on: db) {
                guard open.state != .submitted else { return .wrongState }
                try open.setDefinition(definition)
                // Back to work after a return: the return's reason stays readable, the decision is over.
                open.state = .draft
                open.decidedBy = nil
                open.decidedAt = nil
                open.changedFields = definition.changedFields(since: try published?.definition).joined(separator: ",")
                try await open.update(on: db)
                try await editor.audit("catalog.service.draft_saved", code, service.agencyID, ["version": String(open.version)], on: db)
                return .saved(code: code, version: open.version)
            }
            service.latestVersion += 1
            try await service.update(on: db)
            try await editor.addVersion(service.latestVersion, of: service, definition: definition, previous: try published?.definition, state: .draft, on: db)
            try await editor.audit("catalog.service.draft_saved", code, service.agencyID, ["version": String(service.latestVersion)], on: db)
            return .saved(code: code, version: service.latestVersion)
        }
    }
}
