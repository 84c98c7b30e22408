import FluentKit
import Foundation
import PortalHTTP

/// Saves one page's answers into the draft. Invalid answers are kept as typed (so nothing is lost)
/// and returned as problems. Answers the register filled — of this page or any other, as a value, a
/// group or a group row's member — are never written: refused or ignored (`onRegisterWrite`); nor
/// are missing ones whose way out is the office.
struct SaveAnswers {
    /// What to do with a request that writes an answer the register filled: the API refuses it (422,
    /// nothing saved), the web form ignores the posted value (the register's stays).
    enum RegisterWrite { case refuse, ignore }

    enum Outcome: Sendable {
        /// Saved; `problems` lists the answers that are not valid yet (kept as typed).
        case saved(ApplicationCase, problems: [AnswerProblem])
    }

    let applicant: Applicant

    func run(_ id: UUID, page pageID: String, answers submitted: Answers, onRegisterWrite: RegisterWrite) async throws -> Outcome {
        let db = applicant.app.db
        let model = try await applicant.visibleModel(id, on: db)
        guard model.status == .draft else { throw Applicant.Failure.wrongState }
        let form = try await applicant.form(of: model, on: db)
        guard let page = form.page(pageID) else { throw Applicant.Failure.notFound }
        let validation = try await applicant.validation(form, for: model)
        var merged = model.answers
        var incoming = submitted
        let written = Self.registerWrites(incoming, locked: validation.closedToApplicant)
        if !written.isEmpty {
            switch onRegisterWrite {
            case .refuse:
                throw Applicant.Failure.invalid(written.map { id in
                    AnswerProblem(page: form.page(containing: id)?.id ?? page.id, field: id,
                                  key: validation.registerFilled.contains(id) ? "applications.answer.prefilled" : "applications.prefill.visit_office")
                })
            case .ignore:
                for id in written {
                    incoming.values[id] = nil
                    incoming.groups[id] = nil
                    incoming.values[FormField.documentKey(id)] = nil
                }
                incoming.groups = incoming.groups.mapValues { rows in rows.map { $0.filter { !written.contains($0.key) } } }
            }
        }
        merged.merge(incoming)
        let result = validation.check(page: page, answers: merged)
        try await applicant.checkFiles(result.answers, page: page, caseID: id)
        // Answers of fields now hidden (show-if no longer met) are dropped.
        for field in page.fields where !validation.isVisible(field, in: merged) {
            merged.values[field.id] = nil
            merged.groups[field.id] = nil
        }
        merged.merge(result.answers)
        let saved = merged
        let now = applicant.now
        let fresh = try await db.writeTransaction { db in
            guard let fresh = try await CaseModel.find(id, on: db), fresh.status == .draft else { throw Applicant.Failure.wrongState }
            fresh.answers = saved
            fresh.updatedAt = now
            try await fresh.save(on: db)
            return fresh
        }
        return .saved(try ApplicationCase(fresh), problems: result.problems)
    }

    /// The fields closed to the applicant (`locked`) a request names, sorted: as a value, its document, a
    /// group, or a member of a group row.
    static func registerWrites(_ answers: Answers, locked: Set<String>) -> [String] {
        var named = Set(answers.values.keys).union(answers.groups.keys)
        named.formUnion(answers.groups.values.flatMap { $0.flatMap(\.keys) })
        named.formUnion(answers.values.keys.filter { $0.hasSuffix(".document") }.map { String($0.dropLast(".document".count)) })
        return named.intersection(locked).sorted()
    }
}
