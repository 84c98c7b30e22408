import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// Application forms, versioned per service. An agency administrator edits the draft of their own
/// agency's services and publishes it; the published version before it is superseded, and cases in
/// flight keep the version they were started with.
struct FormRegistry {
    enum Failure: Error, Equatable {
        case notFound
        case forbidden
        case invalid([FormDefinitionProblem])
        case noDraft
    }

    let app: Application

    var now: Date { app.portal.now() }

    func published(_ serviceCode: String, on db: any Database) async throws -> FormVersionModel? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .published).first()
    }

    func draft(_ serviceCode: String, on db: any Database) async throws -> FormVersionModel? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .draft).first()
    }

    func version(_ serviceCode: String, _ version: Int, on db: any Database) async throws -> FormVersionModel? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$version == version).first()
    }

    func versions(_ serviceCode: String, on db: any Database) async throws -> [FormVersionModel] {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).sort(\.$version, .descending).all()
    }

    /// Service codes with a published form (the catalog's "Apply online" points here).
    func onlineServices(on db: any Database) async throws -> Set<String> {
        Set(try await FormVersionModel.query(on: db).filter(\.$state == .published).all().map(\.serviceCode))
    }

    /// May this person edit the forms of `serviceCode`? Agency administrators of its owner, the platform administrator.
    func mayEdit(_ serviceCode: String, principal: Principal) async throws -> Bool {
        guard let entry = try await app.catalog.index(on: app).entry(code: serviceCode) else { return false }
        if principal.isPlatformAdmin { return true }
        guard let agency = try await app.portal.directory.agency(code: entry.agency.code) else { return false }
        return app.portal.permissions.assignments(of: principal, granting: ApplicationsPermissions.editForms).contains { $0.agencyID == agency.id }
    }

    /// Saves `definition` as the service's draft (a new version number when there is none).
    func saveDraft(_ definition: FormDefinition, principal: Principal?, ip: String?) async throws -> Int {
        if let principal, !(try await mayEdit(definition.serviceCode, principal: principal)) { throw Failure.forbidden }
        let problems = definition.problems()
        guard problems.isEmpty else { throw Failure.invalid(problems) }
        return try await app.db.writeTransaction { db in
            let model: FormVersionModel
            if let existing = try await draft(definition.serviceCode, on: db) {
                model = existing
            } else {
                let last = try await FormVersionModel.query(on: db).filter(\.$serviceCode == definition.serviceCode).max(\.$version) ?? 0
                model = FormVersionModel()
                model.id = UUID()
                model.serviceCode = definition.serviceCode
                model.version = last + 1
                model.state = .draft
                model.createdBy = principal?.userID
                model.createdAt = now
            }
            try model.setDefinition(definition)
            try await model.save(on: db)
            try await audit("applications.form.saved", definition.serviceCode, model.version, principal: principal, ip: ip, on: db)
            return model.version
        }
    }

    /// Publishes the draft; the previous published version is superseded (cases keep theirs).
    func publish(_ serviceCode: String, principal: Principal?, ip: String?) async throws -> Int {
        if let principal, !(try await mayEdit(serviceCode, principal: principal)) { throw Failure.forbidden }
        let version = try await app.db.writeTransaction { db -> Int in
            guard let draft = try await draft(serviceCode, on: db) else { throw Failure.noDraft }
            let problems = try draft.definition.problems(publishing: true)
            guard problems.isEmpty else { throw Failure.invalid(problems) }
            if let current = try await published(serviceCode, on: db) {
                current.state = .superseded
                try await current.save(on: db)
            }
            draft.state = .published
            draft.publishedBy = principal?.userID
            draft.publishedAt = now
            try await draft.save(on: db)
            try await audit("applications.form.published", serviceCode, draft.version, principal: principal, ip: ip, on: db)
            return draft.version
        }
        // The catalog's service page offers "Apply online" here from now on (a reload starts a new
        // generation of cached pages).
        try await app.catalog.reload(app)
        return version
    }

    func discardDraft(_ serviceCode: String, principal: Principal, ip: String?) async throws {
        guard try await mayEdit(serviceCode, principal: principal) else { throw Failure.forbidden }
        try await app.db.writeTransaction { db in
            guard let draft = try await draft(serviceCode, on: db) else { throw Failure.noDraft }
            try await draft.delete(on: db)
            try await audit("applications.form.discarded", serviceCode, draft.version, principal: principal, ip: ip, on: db)
        }
    }

    private func audit(_ action: String, _ code: String, _ version: Int, principal: Principal?, ip: String?, on db: any Database) async throws {
        var actor = AuditActor.system
        if let principal {
            // Recorded as acting for the service's owner (the platform administrator acts for none).
            let owner = try await app.catalog.index(on: app).entry(code: code)?.agency.code
            let agencyID = principal.isPlatformAdmin ? nil : try await owner.asyncMap { try await app.portal.directory.agency(code: $0)?.id } ?? nil
            actor = principal.officialActor(agencyID: agencyID, ip: ip)
        }
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, objectType: "application_form", objectID: code,
                                                     details: ["version": String(version)]), on: db)
    }
}
