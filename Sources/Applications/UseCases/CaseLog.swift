import FluentKit
import Foundation
import PortalHTTP

/// Moves a case from state to state — only along `CaseTransitions` — and writes its timeline. Runs
/// inside the caller's write transaction (with the case row locked), so the state and its event
/// are committed together or not at all.
struct CaseLog {
    struct NotAllowed: Error, Equatable {
        let from: CaseStatus
        let to: CaseStatus
        let actor: CaseActor
    }

    let app: Application
    let db: any Database

    var now: Date { app.portal.now() }

    func move(_ model: CaseModel, to status: CaseStatus, by actor: CaseActor, actorID: UUID? = nil, unit: String? = nil,
              message: String? = nil) async throws {
        let from = model.status
        guard CaseTransitions.allows(from, status, by: actor) else { throw NotAllowed(from: from, to: status, actor: actor) }
        model.status = status
        model.updatedAt = now
        try await event(model, kind: .status, from: from, to: status, actor: actor, actorID: actorID, unit: unit, message: message)
    }

    /// The agency has it: the legal clock starts today.
    func receive(_ model: CaseModel, calendar: WorkingDayCalendar) async throws {
        try await move(model, to: .received, by: .system)
        model.setDeadline(CaseDeadline(received: LocalDate(now), days: model.deadlineDays), calendar)
    }

    func event(_ model: CaseModel, kind: CaseEventModel.Kind, from: CaseStatus? = nil, to: CaseStatus? = nil, actor: CaseActor,
               actorID: UUID? = nil, unit: String? = nil, message: String? = nil) async throws {
        guard let caseID = model.id else { return }
        let last = try await CaseEventModel.query(on: db).filter(\.$caseID == caseID).max(\.$seq) ?? 0
        let event = CaseEventModel()
        event.id = UUID()
        event.caseID = caseID
        event.seq = last + 1
        event.at = now
        event.kind = kind
        event.fromStatus = from
        event.toStatus = to
        event.actorKind = actor
        event.actorID = actorID
        event.unit = unit
        event.message = message
        try await event.create(on: db)
    }
}
