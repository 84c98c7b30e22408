import FluentKit
import Foundation
import PortalHTTP

/// Extends the legal deadline (at most to 30 working days) with a recorded reason.
struct ExtendDeadline {
    enum Outcome: Sendable {
        case extended(days: Int)
    }

    let official: CaseOfficial

    func run(_ id: UUID, to days: Int, reason: String) async throws -> Outcome {
        typealias Failure = CaseOfficial.Failure
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw Failure.invalid(field: "reason", key: "applications.office.reason_required") }
        let (app, principal) = (official.app, official.principal)
        let calendar = app.portal.calendar
        try await official.change(id, action: "applications.case.extended") { model, log in
            guard model.status.isOpenAtAgency, var deadline = model.deadline else { throw Failure.wrongState }
            guard official.actors(for: model).contains(where: { $0 == .reviewer || $0 == .head }) else { throw Failure.forbidden }
            guard deadline.extend(to: days) else { throw Failure.invalid(field: "days", key: "applications.office.extension_invalid") }
            model.setDeadline(deadline, calendar)
            model.extensionReason = reason
            try await log.event(model, kind: .extension, actor: .reviewer, actorID: principal.userID,
                                unit: try await app.portal.directory.agency(id: model.agencyID)?.code, message: reason)
            return ["days": String(days)]
        }
        return .extended(days: days)
    }
}
