import FluentKit
import Foundation
import Catalog
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
        let seq = try await event(model, kind: .status, from: from, to: status, actor: actor, actorID: actorID, unit: unit, message: message)
        try await notifyApplicant(model, status: status, seq: seq)
        try await tellAgency(model, from: from, seq: seq)
    }

    /// The agency's systems hear of every state change of a submitted case (its webhooks): the case's
    /// id, number, service and states, nothing about the applicant.
    func tellAgency(_ model: CaseModel, from: CaseStatus, seq: Int) async throws {
        guard let number = model.number, let caseID = model.id else { return }
        try await app.portal.publish(AgencyEvent(
            agencyID: model.agencyID, type: "application.status_changed", dedupeKey: "application.status:\(caseID):\(seq)", occurredAt: now,
            data: ["caseId": caseID.uuidString.lowercased(), "number": number, "service": model.serviceCode,
                   "from": from.rawValue, "status": model.status.rawValue]), on: db)
    }

    /// Tells the applicant what their case's new state means for them (received, information asked
    /// for, decided, result ready), in this transaction. The service's name comes from the catalog's
    /// index when it is loaded (reading it here could wait on this transaction's own connection).
    func notifyApplicant(_ model: CaseModel, status: CaseStatus, seq: Int) async throws {
        guard let number = model.number, let caseID = model.id else { return }
        var name: LocalizedText?
        if app.catalog.isLoaded { name = try await app.catalog.index(on: app).entry(code: model.serviceCode)?.definition.name }
        let notice = ApplicationNotice(caseID: caseID, number: number, service: name ?? LocalizedText(az: model.serviceCode))
        let event: NoticeEvent
        switch status {
        case .received: event = .applicationReceived(notice)
        case .infoRequested: event = .informationRequested(notice)
        case .approved, .rejected:
            event = .applicationDecided(ApplicationDecisionNotice(caseID: caseID, number: number, service: notice.service, approved: status == .approved))
        case .completed: event = .resultReady(notice)
        default: return
        }
        try await app.portal.notify(OutgoingNotice(event, to: model.applicantID, dedupeKey: "\(event.kind):\(caseID):\(seq)"), on: db)
    }

    /// The agency has it: the legal clock starts today.
    func receive(_ model: CaseModel, calendar: WorkingDayCalendar) async throws {
        try await move(model, to: .received, by: .system)
        model.setDeadline(CaseDeadline(received: LocalDate(now), days: model.deadlineDays), calendar)
    }

    @discardableResult
    func event(_ model: CaseModel, kind: CaseEventModel.Kind, from: CaseStatus? = nil, to: CaseStatus? = nil, actor: CaseActor,
               actorID: UUID? = nil, unit: String? = nil, message: String? = nil) async throws -> Int {
        guard let caseID = model.id else { return 0 }
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
        return event.seq
    }
}
