import FluentKit
import Foundation
import PortalHTTP

/// Who is editing the registry, and what every registry use case (CreateService, UpdateService,
/// SubmitServiceVersion, PublishServiceVersion, ReturnServiceVersion) shares: the outcome, the rights,
/// the version and audit helpers. An agency administrator edits their own agency's services; a registry
/// editor (a reviewer or head of ASAN, which keeps the registry) or the platform administrator
/// publishes — never the person who submitted.
struct RegistryEditor {
    /// The agency that keeps the State Services Registry.
    static let registryKeeper = "ASAN"

    enum Outcome: Equatable {
        case saved(code: String, version: Int)
        case invalid([ServiceValidation.Problem])
        case forbidden
        case notFound
        /// The version is not in a state that allows this (e.g. publishing a draft).
        case wrongState
        /// The two-person rule: the submitter cannot publish.
        case samePerson
    }

    let app: Application
    let principal: Principal
    let ip: String

    var now: Date { app.portal.now() }

    /// Agency ids this person may edit services of (nil: all, for the platform administrator).
    func editableAgencies() -> Set<UUID>? {
        if principal.isPlatformAdmin { return nil }
        return Set(app.portal.permissions.assignments(of: principal, granting: CatalogPermissions.editServices).compactMap(\.agencyID))
    }

    func canEdit(agency: UUID) -> Bool { editableAgencies().map { $0.contains(agency) } ?? true }

    /// The agency to record as acting: the registry keeper for editors, the owner for agency admins.
    func actor(agency: UUID?) -> AuditActor { principal.officialActor(agencyID: principal.isPlatformAdmin ? nil : agency, ip: ip) }

    func canPublish() async throws -> Bool {
        if principal.isPlatformAdmin { return true }
        guard let keeper = try await app.portal.directory.agency(code: Self.registryKeeper) else { return false }
        return app.portal.permissions.assignments(of: principal, granting: CatalogPermissions.publishServices).contains { $0.agencyID == keeper.id }
    }

    func validation() async throws -> ServiceValidation {
        ServiceValidation(agencyCodes: Set(try await app.portal.directory.agencies().map(\.code)),
                          unitCodes: Set(try await app.portal.directory.units().map(\.code)))
    }

    // MARK: helpers

    func addVersion(_ number: Int, of service: ServiceModel, definition: ServiceDefinition, previous: ServiceDefinition?,
                    state: ServiceVersionModel.State, source: String = "office", on db: any Database) async throws {
        let version = ServiceVersionModel()
        version.serviceID = service.id!
        version.version = number
        version.state = state
        try version.setDefinition(definition)
        version.changedFields = definition.changedFields(since: previous).joined(separator: ",")
        version.source = source
        version.createdBy = principal.userID
        version.createdAt = now
        try await version.create(on: db)
    }

    func openVersion(of service: ServiceModel, on db: any Database) async throws -> ServiceVersionModel? {
        try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
            .filter(\.$state ~~ [.draft, .submitted,
                                 .returned]).first()
    }

    func publishedVersion(of service: ServiceModel, on db: any Database) async throws -> ServiceVersionModel? {
        guard let number = service.publishedVersion else { return nil }
        return try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!).filter(\.$version == number).first()
    }

    func audit(_ action: String, _ code: String, _ agency: UUID, _ details: [String: String], on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor(agency: agency), action: action, objectType: "service",
                                                     objectID: code, details: details), on: db)
    }

    /// `DVX-0066`: one more than the agency's highest number.
    static func nextCode(for agency: String, on db: any Database) async throws -> String {
        let codes = try await ServiceModel.query(on: db).filter(\.$code, .custom("LIKE"), agency + "-%").all().map(\.code)
        let highest = codes.compactMap { Int($0.dropFirst(agency.count + 1)) }.max() ?? 0
        return agency + "-" + String(format: "%04d", highest + 1)
    }
}
