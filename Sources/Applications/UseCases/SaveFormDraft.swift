import FluentKit
import Foundation
import PortalHTTP

/// Saves a definition as the service's draft form (a new version number when there is none).
struct SaveFormDraft {
    enum Outcome: Equatable {
        case saved(version: Int)
        case invalid([FormDefinitionProblem])
        case forbidden
    }

    let editor: FormEditor

    func run(_ definition: FormDefinition) async throws -> Outcome {
        guard try await editor.mayEdit(definition.serviceCode) else { return .forbidden }
        let problems = definition.problems()
        guard problems.isEmpty else { return .invalid(problems) }
        return try await editor.app.db.writeTransaction { db in
            let model: FormVersionModel
            if let existing = try await editor.draft(definition.serviceCode, on: db) {
                model = existing
            } else {
                let last = try await FormVersionModel.query(on: db).filter(\.$serviceCode == definition.serviceCode).max(\.$version) ?? 0
                model = FormVersionModel()
                model.id = UUID()
                model.serviceCode = definition.serviceCode
                model.version = last + 1
                model.state = .draft
                model.createdBy = editor.principal?.userID
                model.createdAt = editor.now
            }
            try model.setDefinition(definition)
            try await model.save(on: db)
            try await editor.audit("applications.form.saved", definition.serviceCode, model.version, on: db)
            return .saved(version: model.version)
        }
    }
}
