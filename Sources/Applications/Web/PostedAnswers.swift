import Foundation
import PortalHTTP

extension CitizenPages {
    /// Reads a page's answers from the posted form (text fields, group rows `group-<n>-<child>`, files,
    /// a supporting document `<field>-document`). Answers the register filled (and missing ones whose
    /// way out is the office) are not read at all: whatever is posted for them is ignored.
    func readAnswers(_ req: Request, page: FormPage, model: ApplicationCase, applicant: Applicant, validation: FormValidation) async throws -> (Answers, [AnswerProblem]) {
        var answers = Answers()
        var problems: [AnswerProblem] = []
        func text(_ key: String) -> String? { try? req.content.get(String.self, at: key) }
        func file(_ key: String, purpose: String? = nil) async throws -> UUID? {
            guard let upload = try? req.content.get(File.self, at: key), upload.data.readableBytes > 0 else { return nil }
            do {
                switch try await UploadCaseFile(applicant: applicant).run(model.id, field: purpose ?? key.split(separator: "-").last.map(String.init) ?? key,
                                                                          name: upload.filename, bytes: Array(buffer: upload.data)) {
                case .kept(let id): return id
                }
            } catch Applicant.Failure.file(let reason) {
                problems.append(AnswerProblem(page: page.id, field: key, key: reason))
                return nil
            }
        }
        let closed = validation.closedToApplicant
        for field in page.fields where !closed.contains(field.id) {
            if validation.isMissingFromRegister(field), field.whenMissing == .enterWithDocument {
                let key = FormField.documentKey(field.id)
                if let id = try await file(key.replacingOccurrences(of: ".", with: "-"), purpose: key) {
                    answers.values[key] = id.uuidString
                } else if let kept = model.answers.values[key] {
                    answers.values[key] = kept
                }
            }
            switch field.kind {
            case .group:
                let existing = model.answers.groups[field.id] ?? []
                var rows: [[String: String]] = []
                for index in 0..<max(existing.count, 1) {
                    var row: [String: String] = [:]
                    for child in field.fields ?? [] {
                        let key = "\(field.id)-\(index)-\(child.id)"
                        if child.kind == .file, let id = try await file(key) { row[child.id] = id.uuidString } else if let value = text(key) { row[child.id] = value }
                        if child.kind == .file, row[child.id] == nil, index < existing.count { row[child.id] = existing[index][child.id] }
                    }
                    if text("remove") == "\(field.id)-\(index)" { continue }
                    rows.append(row)
                }
                if text("add") == field.id { rows.append([:]) }
                // A single untouched empty row of an optional group is no answer.
                if rows.count == 1, rows[0].values.allSatisfy({ $0.isEmpty }), !field.required, text("add") != field.id { rows = [] }
                answers.groups[field.id] = rows
            case .file:
                if let id = try await file(field.id) { answers.values[field.id] = id.uuidString } else if let kept = model.answers.values[field.id] { answers.values[field.id] = kept }
            default:
                // A browser always sends its text inputs: a missing one was emptied (the register's
                // answers are not taken; hidden ones are dropped by the use case).
                answers.values[field.id] = text(field.id) ?? ""

            }
        }
        return (answers, problems)
    }
}
