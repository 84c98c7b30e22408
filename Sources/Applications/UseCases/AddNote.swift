import FluentKit
import Foundation
import PortalHTTP

/// An internal note: seen by the agency, never by the citizen.
struct AddNote {
    enum Outcome: Sendable {
        case noted
    }

    let official: CaseOfficial

    func run(_ id: UUID, text: String) async throws -> Outcome {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 4_000 else { throw CaseOfficial.Failure.invalid(field: "text", key: "applications.answer.required") }
        let (principal, now) = (official.principal, official.now)
        try await official.change(id, action: "applications.case.noted") { model, log in
            let note = CaseNoteModel()
            note.id = UUID()
            note.caseID = model.id!
            note.authorID = principal.userID
            note.at = now
            note.text = text
            try await note.create(on: log.db)
            return [:]
        }
        return .noted
    }
}
