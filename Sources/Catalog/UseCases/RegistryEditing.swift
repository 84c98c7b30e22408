import FluentKit
import Foundation
import PortalHTTP

/// Creating, revising, submitting, publishing and returning services. An agency administrator edits
/// their own agency's services; a registry editor (a reviewer or head of ASAN, which keeps the
/// registry) or the platform administrator publishes — never the person who submitted.
struct RegistryEditing {
    static let edit: Permission = "catalog.services.edit"
    static let publish: Permission = "catalog.services.publish"
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
        return Set(app.portal.permissions.assignments(of: principal, granting: Self.edit).compactMap(\.agencyID))
    }

    func canEdit(agency: UUID) -> Bool { editableAgencies().map { $0.contains(agency) } ?? true }

    /// The agency to record as acting: the registry keeper for editors, the owner for agency admins.
    func actor(agency: UUID?) -> AuditActor { principal.officialActor(agencyID: principal.isPlatformAdmin ? nil : agency, ip: ip) }

    func canPublish() async throws -> Bool {
        if principal.isPlatformAdmin { return true }
        guard let keeper = try await app.portal.directory.agency(code: Self.registryKeeper) else { return false }
        return app.portal.permissions.assignments(of: principal, granting: Self.publish).contains { $0.agencyID == keeper.id }
    }

    func validation() async throws -> ServiceValidation {
        ServiceValidation(agencyCodes: Set(try await app.portal.directory.agencies().map(\.code)),
                          unitCodes: Set(try await app.portal.directory.units().map(\.code)))
    }

    /// A new service (its code is the agency's next number) as a draft.
    func create(_ draft: ServiceDefinition) async throws -> Outcome {
        guard let agency = try await app.portal.directory.agency(code: draft.agencyCode) else {
            return .invalid([.init(field: "agency", key: "catalog.validation.agency_unknown")])
        }
        guard canEdit(agency: agency.id) else { return .forbidden }
        let validation = try await validation()
        return try await app.db.writeTransaction { db in
            var definition = draft
            definition.code = try await Self.nextCode(for: agency.code, on: db)
            let problems = validation.problems(definition)
            guard problems.isEmpty else { return .invalid(problems) }
            let service = ServiceModel()
            service.id = UUID()
            service.code = definition.code
            service.agencyID = agency.id
            service.latestVersion = 1
            service.createdAt = now
            try await service.create(on: db)
            try await addVersion(1, of: service, definition: definition, previous: nil, state: .draft, on: db)
            try await audit("catalog.service.created", definition.code, agency.id, ["version": "1"], on: db)
            return .saved(code: definition.code, version: 1)
        }
    }

    /// Saves changes: into the open draft (or returned version), or a new draft from the published one.
    func update(code: String, _ changed: ServiceDefinition) async throws -> Outcome {
        let validation = try await validation()
        return try await app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first() else { return .notFound }
            guard canEdit(agency: service.agencyID) else { return .forbidden }
            var definition = changed
            definition.code = service.code
            definition.agencyCode = (try await app.portal.directory.agency(id: service.agencyID))?.code ?? definition.agencyCode
            let problems = validation.problems(definition)
            guard problems.isEmpty else { return .invalid(problems) }
            let published = try await publishedVersion(of: service, on: db)
            if let open = try await openVersion(of: service, on: db) {
                guard open.state != .submitted else { return .wrongState }
                try open.setDefinition(definition)
                // Back to work after a return: the return's reason stays readable, the decision is over.
                open.state = .draft
                open.decidedBy = nil
                open.decidedAt = nil
                open.changedFields = definition.changedFields(since: try published?.definition).joined(separator: ",")
                try await open.update(on: db)
                try await audit("catalog.service.draft_saved", code, service.agencyID, ["version": String(open.version)], on: db)
                return .saved(code: code, version: open.version)
            }
            service.latestVersion += 1
            try await service.update(on: db)
            try await addVersion(service.latestVersion, of: service, definition: definition, previous: try published?.definition, state: .draft, on: db)
            try await audit("catalog.service.draft_saved", code, service.agencyID, ["version": String(service.latestVersion)], on: db)
            return .saved(code: code, version: service.latestVersion)
        }
    }

    func submit(code: String) async throws -> Outcome {
        try await app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first() else { return .notFound }
            guard canEdit(agency: service.agencyID) else { return .forbidden }
            guard let open = try await openVersion(of: service, on: db), open.state == .draft else {
                return .wrongState
            }
            open.state = .submitted
            open.submittedBy = principal.userID
            open.submittedAt = now
            try await open.update(on: db)
            try await audit("catalog.service.submitted", code, service.agencyID, ["version": String(open.version)], on: db)
            return .saved(code: code, version: open.version)
        }
    }

    /// Publishes a submitted version; the previously published one becomes history.
    func publish(code: String, version: Int) async throws -> Outcome {
        guard try await canPublish() else { return .forbidden }
        let outcome = try await app.db.writeTransaction { db -> Outcome in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first(),
                  let target = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                    .filter(\.$version == version).first() else { return .notFound }
            guard target.state == .submitted else { return .wrongState }
            guard target.submittedBy != principal.userID else { return .samePerson }
            try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                .filter(\.$state == .published)
                .set(\.$state, to: .superseded).update()
            target.state = .published
            target.decidedBy = principal.userID
            target.decidedAt = now
            try await target.update(on: db)
            service.publishedVersion = version
            service.publishedAt = now
            try await service.update(on: db)
            try await audit("catalog.service.published", code, service.agencyID, ["version": String(version)], on: db)
            return .saved(code: code, version: version)
        }
        if case .saved = outcome { try await app.catalog.reload(app) }
        return outcome
    }

    /// Sends a submitted version back to its agency with a reason.
    func returnToAgency(code: String, version: Int, note: String) async throws -> Outcome {
        guard try await canPublish() else { return .forbidden }
        let reason = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return .invalid([.init(field: "note", key: "catalog.validation.note_required")]) }
        return try await app.db.writeTransaction { db in
            guard let service = try await ServiceModel.query(on: db).filter(\.$code == code).first(),
                  let target = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                    .filter(\.$version == version).first() else { return .notFound }
            guard target.state == .submitted else { return .wrongState }
            guard target.submittedBy != principal.userID else { return .samePerson }
            target.state = .returned
            target.decidedBy = principal.userID
            target.decidedAt = now
            target.decisionNote = String(reason.prefix(1000))
            try await target.update(on: db)
            try await audit("catalog.service.returned", code, service.agencyID, ["version": String(version)], on: db)
            return .saved(code: code, version: version)
        }
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
