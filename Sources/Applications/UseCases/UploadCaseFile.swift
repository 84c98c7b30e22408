import FluentKit
import Foundation
import PortalHTTP

/// Keeps a file the applicant uploads for a field of the draft, or with the answer to a request for
/// information ("info"); the file's id becomes the answer.
struct UploadCaseFile {
    enum Outcome: Sendable {
        case kept(fileID: UUID)
    }

    let applicant: Applicant

    func run(_ id: UUID, field fieldID: String, name: String, bytes: [UInt8]) async throws -> Outcome {
        let app = applicant.app
        let model = try await applicant.visibleModel(id, on: app.db)
        guard model.status == .draft || model.status == .infoRequested else { throw Applicant.Failure.wrongState }
        let form = try await applicant.form(of: model, on: app.db)
        guard try await takesFile(fieldID, form: form, model: model) else { throw Applicant.Failure.notFound }
        let stored: FileStore.Stored
        do { stored = try await app.files.store(bytes) } catch let refusal as FileStore.Refusal { throw Applicant.Failure.file(refusal.key) }
        let (principal, now) = (applicant.principal, applicant.now)
        return try await app.db.writeTransaction { db -> Outcome in
            let file = try await CaseFileModel.keep(stored, name: name, caseID: id, purpose: CaseFilePurpose(key: fieldID), by: principal.userID, at: now, on: db)
            try await applicant.audit("applications.file.uploaded", model, objectID: id.uuidString,
                                      details: ["field": fieldID, "sha256": stored.sha256, "size": String(stored.size)], on: db)
            return .kept(fileID: try file.requireID())
        }
    }

    /// May a file be uploaded for `key` of this case: a file field, the answer to a request ("info"),
    /// or the supporting document of a prefilled field the register could not fill and the applicant types.
    func takesFile(_ key: String, form: FormDefinition, model: CaseModel) async throws -> Bool {
        if key == "info" || form.fieldsByID[key]?.kind == .file { return true }
        guard key.hasSuffix(".document"), let field = form.fieldsByID[String(key.dropLast(".document".count))] else { return false }
        return try await applicant.validation(form, for: model).isMissingFromRegister(field) && field.whenMissing == .enterWithDocument
    }
}
