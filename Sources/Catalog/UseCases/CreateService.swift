import FluentKit
import Foundation
import PortalHTTP

/// A new service as a draft; its code is the agency's next number (`DVX-0066`).
struct CreateService {
    let editor: RegistryEditor

    func run(_ draft: ServiceDefinition) async throws -> RegistryEditor.Outcome {
        guard let agency = try await editor.app.portal.directory.agency(code: draft.agencyCode) else {
            return .invalid([.init(field: "agency", key: "catalog.validation.agency_unknown")])
        }
        guard editor.canEdit(agency: agency.id) else { return .forbidden }
        let validation = try await editor.validation()
        return try await editor.app.db.writeTransaction { db in
            var definition = draft
            definition.code = try await RegistryEditor.nextCode(for: agency.code, on: db)
            let problems = validation.problems(definition)
            guard problems.isEmpty else { return .invalid(problems) }
            let service = ServiceModel()
            service.id = UUID()
            service.code = definition.code
            service.agencyID = agency.id
            service.latestVersion = 1
            service.createdAt = editor.now
            try await service.create(on: db)
            try await editor.addVersion(1, of: service, definition: definition, previous: nil, state: .draft, on: db)
            try await editor.audit("catalog.service.created", definition.code, agency.id, ["version": "1"], on: db)
            return .saved(code: definition.code, version: 1)
        }
    }
}
