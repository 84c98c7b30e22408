import FluentKit
import Foundation
import PortalHTTP

/// Export and import of the whole registry (CSV or JSON). An import is checked completely first and
/// applied in one transaction: a file with one bad row changes nothing.
struct RegistryTransfer {
    struct Report: Sendable {
        var created: Int = 0
        var updated: Int = 0
        var unchanged: Int = 0
    }

    enum ImportOutcome {
        case imported(Report)
        case rejected([RegistryFile.RowProblem])
    }

    let app: Application

    /// The published definition of every service (withdrawn ones included), by code.
    func export(on db: any Database) async throws -> [ServiceDefinition] {
        let services = try await ServiceModel.query(on: db).filter(\.$publishedVersion != nil).sort(\.$code).all()
        let versions = try await ServiceVersionModel.query(on: db).filter(\.$state == .published).all()
        let byService = Dictionary(versions.map { ($0.serviceID, $0) }, uniquingKeysWith: { $0.version > $1.version ? $0 : $1 })
        return try services.compactMap { try byService[$0.id!]?.definition }
    }

    /// Applies parsed rows: new codes become services, changed ones get a new published version.
    /// `actor` nil is the system (demo seed). `earlier` are problems found while reading the file:
    /// the readable rows are still checked, so one report lists everything.
    func apply(_ rows: [(row: Int, definition: ServiceDefinition)], earlier: [RegistryFile.RowProblem] = [],
               actor principal: Principal?, ip: String?, source: String) async throws -> ImportOutcome {
        let directory = app.portal.directory
        let validation = ServiceValidation(agencyCodes: Set(try await directory.agencies().map(\.code)),
                                           unitCodes: Set(try await directory.units().map(\.code)))
        var problems = earlier
        var seen: [String: Int] = [:]
        for (row, definition) in rows {
            for problem in validation.problems(definition) { problems.append(.init(row: row, field: problem.field, key: problem.key)) }
            if seen[definition.code] != nil { problems.append(.init(row: row, field: "code", key: "catalog.import.duplicate_code")) }
            seen[definition.code] = row
        }
        guard problems.isEmpty else { return .rejected(problems.sorted { ($0.row, $0.field) < ($1.row, $1.field) }) }
        let agencyIDs = Dictionary(try await directory.agencies().map { ($0.code, $0.id) }, uniquingKeysWith: { a, _ in a })
        let now = app.portal.now()
        let report = try await app.db.writeTransaction { db -> Report in
            var report = Report()
            let existing = Dictionary(uniqueKeysWithValues: try await ServiceModel.query(on: db).all().map { ($0.code, $0) })
            let published = try await ServiceVersionModel.query(on: db).filter(\.$state == .published).all()
            let publishedByService = Dictionary(published.map { ($0.serviceID, $0) }, uniquingKeysWith: { $0.version > $1.version ? $0 : $1 })
            for (_, definition) in rows {
                let agencyID = agencyIDs[definition.agencyCode]!
                let service: ServiceModel
                var previous: ServiceDefinition?
                if let found = existing[definition.code] {
                    service = found
                    previous = try publishedByService[found.id!]?.definition
                    if previous == definition { report.unchanged += 1; continue }
                    if found.agencyID != agencyID { found.agencyID = agencyID }
                    report.updated += 1
                } else {
                    service = ServiceModel()
                    service.id = UUID()
                    service.code = definition.code
                    service.agencyID = agencyID
                    service.latestVersion = 0
                    service.createdAt = now
                    try await service.create(on: db)
                    report.created += 1
                }
                try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.id!)
                    .filter(\.$state == .published)
                    .set(\.$state, to: .superseded).update()
                service.latestVersion += 1
                let version = ServiceVersionModel()
                version.serviceID = service.id!
                version.version = service.latestVersion
                version.state = .published
                try version.setDefinition(definition)
                version.changedFields = definition.changedFields(since: previous).joined(separator: ",")
                version.source = source
                version.createdBy = principal?.userID
                version.createdAt = now
                version.decidedBy = principal?.userID
                version.decidedAt = now
                try await version.create(on: db)
                service.publishedVersion = service.latestVersion
                service.publishedAt = now
                try await service.update(on: db)
            }
            try await app.portal.audit.record(AuditEvent(
                actor: principal?.officialActor(agencyID: nil, ip: ip) ?? .system, action: "catalog.registry.imported",
                objectType: "registry", details: ["source": source, "created": String(report.created),
                                                  "updated": String(report.updated), "unchanged": String(report.unchanged)]), on: db)
            return report
        }
        try await app.catalog.reload(app)
        return .imported(report)
    }
}
