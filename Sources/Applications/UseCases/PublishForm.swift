import Catalog
import FluentKit
import PortalHTTP

/// Publishes the service's draft form; the previous published version is superseded (cases keep theirs).
struct PublishForm {
    enum Outcome: Equatable {
        case published(version: Int)
        case noDraft
        /// The draft is not complete enough to publish.
        case invalid([FormDefinitionProblem])
        case forbidden
    }

    let editor: FormEditor

    func run(_ serviceCode: String) async throws -> Outcome {
        guard try await editor.mayEdit(serviceCode) else { return .forbidden }
        let outcome = try await editor.app.db.writeTransaction { db -> Outcome in
            guard let draft = try await editor.draft(serviceCode, on: db) else { return .noDraft }
            let problems = try draft.definition.problems(publishing: true)
            guard problems.isEmpty else { return .invalid(problems) }
            if let current = try await editor.published(serviceCode, on: db) {
                current.state = .superseded
                try await current.save(on: db)
            }
            draft.state = .published
            draft.publishedBy = editor.principal?.userID
            draft.publishedAt = editor.now
            try await draft.save(on: db)
            try await editor.audit("applications.form.published", serviceCode, draft.version, on: db)
            return .published(version: draft.version)
        }
        // The catalog's service page offers "Apply online" here from now on (a reload starts a new
        // generation of cached pages).
        if case .published = outcome { try await editor.app.catalog.reload(editor.app) }
        return outcome
    }
}
