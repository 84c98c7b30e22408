import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// Who is editing application forms, and what SaveFormDraft, PublishForm and DiscardFormDraft share:
/// the right to edit a service's form, the draft and published rows, the audit entry. Forms are
/// versioned per service: an agency administrator edits the draft of their own agency's services and
/// publishes it; the published version before it is superseded, and cases in flight keep the version
/// they were started with. Without a principal it is the system (the demo seed), which may edit all.
struct FormEditor {
    let app: Application
    let principal: Principal?
    let ip: String?

    var now: Date { app.portal.now() }

    /// May this person edit the forms of `serviceCode`? Agency administrators of its owner, the platform administrator.
    func mayEdit(_ serviceCode: String) async throws -> Bool {
        guard let principal else { return true }
        guard let entry = try await app.catalog.index(on: app).entry(code: serviceCode) else { return false }
        if principal.isPlatformAdmin { return true }
        guard let agency = try await app.portal.directory.agency(code: entry.agency.code) else { return false }
        return app.portal.permissions.assignments(of: principal, granting: ApplicationsPermissions.editForms).contains { $0.agencyID == agency.id }
    }

    // MARK: helpers

    func draft(_ serviceCode: String, on db: any Database) async throws -> FormVersionModel? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .draft).first()
    }

    func published(_ serviceCode: String, on db: any Database) async throws -> FormVersionModel? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .published).first()
    }

    func audit(_ action: String, _ code: String, _ version: Int, on db: any Database) async throws {
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
