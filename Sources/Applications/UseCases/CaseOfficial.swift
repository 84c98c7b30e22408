import FluentKit
import Foundation
import PortalHTTP

/// An official working their agency's cases, and what the office use cases (OpenCase, ReadQueue,
/// ReadCaseFile, TakeCase, AddNote, TransitionCase, ExtendDeadline, AttachResult) share: the refusal,
/// the official's scope (agency, and region when the role is scoped to one), the transition actors
/// they are, and the audited read-modify-write of a case.
struct CaseOfficial {
    enum Failure: Error, Equatable {
        case notFound
        case forbidden
        case wrongState
        case invalid(field: String, key: String)
    }

    let app: Application
    let principal: Principal
    let ip: String?

    var now: Date { app.portal.now() }
    var today: LocalDate { LocalDate(now) }

    /// Where this official works cases: agency, and region when the role is scoped to one.
    var scopes: [RoleAssignment] {
        app.portal.permissions.assignments(of: principal, granting: ApplicationsPermissions.workCases).filter { $0.agencyID != nil }
    }

    func inScope(_ model: CaseModel) -> Bool {
        scopes.contains { $0.agencyID == model.agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == model.unitCode) }
    }

    /// The transition actors this person is at the case's agency (an operator who is also a head is both).
    func actors(agencyID: UUID, unitCode: String?) -> Set<CaseActor> {
        Set(principal.roles.filter { $0.agencyID == agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == unitCode) }
            .compactMap { CaseActor.official($0.role) })
    }

    func actors(for model: CaseModel) -> Set<CaseActor> { actors(agencyID: model.agencyID, unitCode: model.unitCode) }

    func actors(for application: ApplicationCase) -> Set<CaseActor> { actors(agencyID: application.agencyID, unitCode: application.unitCode) }

    func actorAudit(_ model: CaseModel) -> AuditActor { principal.officialActor(agencyID: model.agencyID, ip: ip) }

    /// A submitted case in this official's scope; anything else is "not found".
    func find(_ id: UUID, on db: any Database) async throws -> CaseModel {
        guard let model = try await CaseModel.find(id, on: db), model.status != .draft, inScope(model) else { throw Failure.notFound }
        return model
    }

    /// The case as the office pages and the API show it, without an audited read (see `OpenCase`).
    func current(_ id: UUID) async throws -> ApplicationCase {
        try ApplicationCase(try await find(id, on: app.db))
    }

    /// Where this official decides cases (approve or reject): "awaiting my decision" looks only there.
    var decidingScopes: [RoleAssignment] {
        app.portal.permissions.assignments(of: principal, granting: ApplicationsPermissions.decideCases).filter { $0.agencyID != nil }
    }

    /// The territorial units whose cases this official sees; nil when a scope covers the whole agency.
    var scopeUnits: Set<String>? {
        let scopes = scopes
        guard scopes.allSatisfy({ $0.territorialUnitCode != nil }) else { return nil }
        return Set(scopes.compactMap(\.territorialUnitCode))
    }

    /// The agency's queue as this official sees it (see `ApplicationsQueries.queue`).
    func queue(_ filter: ApplicationsQueries.QueueFilter) async throws -> (items: [ApplicationsQueries.QueueItem], total: Int) {
        guard !self.scopes.isEmpty else { throw Failure.forbidden }
        let scopes = filter.awaitingDecision ? decidingScopes : self.scopes
        if scopes.isEmpty { return ([], 0) }
        return try await ApplicationsQueries(db: app.db).queue(filter, scopes: scopes, me: principal.userID, today: today.iso)
    }

    /// A read of the applicant's data for case handling (`view`: the whole case, or a list's summary).
    func readEvent(_ model: CaseModel, view: String) -> AuditEvent {
        AuditEvent(actor: actorAudit(model), action: "applications.case.read", subjectFIN: model.applicantFIN,
                   objectType: "application", objectID: model.number, purpose: "case_handling",
                   details: ["service": model.serviceCode, "view": view], isPersonalDataRead: true)
    }

    static func worksAt(_ agencyID: UUID, userID: UUID, app: Application) async throws -> Bool {
        let working = Set(app.portal.permissions.roles(holding: ApplicationsPermissions.workCases))
        return try await app.portal.staff.roles(of: userID, inAgency: agencyID, on: app.db).contains(where: working.contains)
    }

    /// Read-modify-write of a case in scope, under its row lock, audited.
    func change(_ id: UUID, action: String, _ body: @escaping @Sendable (CaseModel, CaseLog) async throws -> [String: String]) async throws {
        try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            let model = try await find(id, on: db)
            let details = try await body(model, CaseLog(app: app, db: db))
            model.updatedAt = now
            try await model.save(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actorAudit(model), action: action, subjectFIN: model.applicantFIN,
                                                         objectType: "application", objectID: model.number, details: details), on: db)
        }
    }
}
