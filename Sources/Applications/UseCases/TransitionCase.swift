import FluentKit
import Foundation
import PortalHTTP

/// A decision or step: review, request for information (message required; the clock pauses),
/// approval, rejection (a listed reason plus free text), completion with the result. Approving a case
/// whose result is already attached issues it: the case is completed.
struct TransitionCase {
    enum Outcome: Sendable {
        /// Where the case now stands.
        case moved(ApplicationCase)
    }

    let official: CaseOfficial

    func run(_ id: UUID, to status: CaseStatus, message: String?, reason: RejectionReason?) async throws -> Outcome {
        try await move(id, to: status, message: message, reason: reason)
        // The result was attached before the decision: approving it issues the result.
        if status == .approved, try await official.find(id, on: official.app.db).resultFileID != nil {
            try await move(id, to: .completed, message: nil, reason: nil)
        }
        return .moved(try await official.current(id))
    }

    func move(_ id: UUID, to status: CaseStatus, message: String?, reason: RejectionReason?) async throws {
        typealias Failure = CaseOfficial.Failure
        let message = message?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if status == .infoRequested, message == nil { throw Failure.invalid(field: "message", key: "applications.office.message_required") }
        if status == .rejected {
            guard reason != nil else { throw Failure.invalid(field: "reason", key: "applications.office.reason_required") }
            guard message != nil else { throw Failure.invalid(field: "message", key: "applications.office.message_required") }
        }
        if let message, message.count > 4_000 { throw Failure.invalid(field: "message", key: "applications.answer.too_long") }
        let (app, principal, today) = (official.app, official.principal, official.today)
        let calendar = app.portal.calendar
        try await official.change(id, action: "applications.case.\(status.rawValue)") { model, log in
            let actors = official.actors(for: model)
            guard let actor = actors.first(where: { CaseTransitions.allows(model.status, status, by: $0) }) else {
                throw actors.isEmpty ? Failure.forbidden : Failure.wrongState
            }
            // "Completed" means the result is issued: there is one to give the citizen.
            if status == .completed, model.resultFileID == nil { throw Failure.invalid(field: "file", key: "applications.office.result_required") }
            if status == .infoRequested {
                var deadline = model.deadline
                deadline?.pause(on: today)
                if let deadline { model.setDeadline(deadline, calendar) }
            }
            if status == .approved || status == .rejected {
                // Decided: no longer on anyone's "awaiting my decision" list.
                model.decisionRequestedAt = nil
                model.decisionReason = reason?.rawValue ?? (status == .approved ? "approved" : nil)
                model.decisionText = message
            }
            let unit = try await app.portal.directory.agency(id: model.agencyID)?.code
            try await log.move(model, to: status, by: actor, actorID: principal.userID, unit: unit, message: message)
            return ["status": status.rawValue].merging(reason.map { ["reason": $0.rawValue] } ?? [:]) { $1 }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
