import FluentKit
import PortalHTTP

/// Throws away the service's draft form (the published one, if any, stays).
struct DiscardFormDraft {
    enum Outcome: Equatable {
        case discarded(version: Int)
        case noDraft
        case forbidden
    }

    let editor: FormEditor

    func run(_ serviceCode: String) async throws -> Outcome {
        guard try await editor.mayEdit(serviceCode) else { return .forbidden }
        return try await editor.app.db.writeTransaction { db in
            guard let draft = try await editor.draft(serviceCode, on: db) else { return .noDraft }
            try await draft.delete(on: db)
            try await editor.audit("applications.form.discarded", serviceCode, draft.version, on: db)
            return .discarded(version: draft.version)
        }
    }
}
