import FluentKit
import PortalHTTP

/// One version of a service as a page reads it: the service it belongs to and the version's content.
struct RegistryVersion: Sendable {
    var serviceID: UUID
    var code: String
    var agencyID: UUID
    /// The service's published version number (nil while it has none).
    var publishedVersion: Int?
    var publishedAt: Date?
    var version: Int
    var state: ServiceVersionModel.State
    var definition: ServiceDefinition
    var changedFields: [String]
    /// `office`, `import` or `demo`.
    var source: String
    var createdAt: Date
    var submittedBy: UUID?
    var submittedAt: Date?
    var decidedAt: Date?
    var decisionNote: String?

    init(_ service: ServiceModel, _ version: ServiceVersionModel) throws {
        try self.init(serviceID: service.requireID(), code: service.code, agencyID: service.agencyID,
                      publishedVersion: service.publishedVersion, publishedAt: service.publishedAt, version)
    }

    /// Another version of the service `sibling` belongs to (no second read of the service).
    init(sameServiceAs sibling: RegistryVersion, _ version: ServiceVersionModel) throws {
        try self.init(serviceID: sibling.serviceID, code: sibling.code, agencyID: sibling.agencyID,
                      publishedVersion: sibling.publishedVersion, publishedAt: sibling.publishedAt, version)
    }

    private init(serviceID: UUID, code: String, agencyID: UUID, publishedVersion: Int?, publishedAt: Date?,
                 _ version: ServiceVersionModel) throws {
        self.serviceID = serviceID
        self.code = code
        self.agencyID = agencyID
        self.publishedVersion = publishedVersion
        self.publishedAt = publishedAt
        self.version = version.version
        state = version.state
        definition = try version.definition
        changedFields = version.changedFields.split(separator: ",").map(String.init)
        source = version.source
        createdAt = version.createdAt
        submittedBy = version.submittedBy
        submittedAt = version.submittedAt
        decidedAt = version.decidedAt
        decisionNote = version.decisionNote
    }
}

/// A service in the registry office's list: its working version (draft, submitted or returned) if it
/// has one, and the version its row shows (the working one, else the published one).
struct RegistryListEntry: Sendable {
    var code: String
    var agencyID: UUID
    var publishedVersion: Int?
    var working: RegistryVersion?
    var shown: RegistryVersion?
}

/// Every read of the registry that a page or the API makes (writes are the use cases'): the web, admin
/// and API folders ask here and hold no query of their own.
struct RegistryQueries {
    let db: any Database

    static let publicStates: [ServiceVersionModel.State] = [.published, .superseded]
    static let liveStates: [ServiceVersionModel.State] = [.draft, .submitted, .returned, .published]

    func service(code: String) async throws -> ServiceModel? {
        try await ServiceModel.query(on: db).filter(\.$code == code).first()
    }

    /// Version `number` (default: the published one) of a published service, as the public may see it
    /// (published now or before); nil for anything else.
    func publicVersion(code: String, number: Int? = nil) async throws -> RegistryVersion? {
        guard let service = try await service(code: code), let published = service.publishedVersion,
              let row = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.requireID())
                .filter(\.$version == (number ?? published)).filter(\.$state ~~ Self.publicStates).first() else { return nil }
        return try RegistryVersion(service, row)
    }

    /// Every version the public may see, newest first.
    func publicHistory(of service: RegistryVersion) async throws -> [RegistryVersion] {
        try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.serviceID).filter(\.$state ~~ Self.publicStates)
            .sort(\.$version, .descending).all().map { try RegistryVersion(sameServiceAs: service, $0) }
    }

    /// The version an editor works on: the open one (draft, submitted, returned), else the published one.
    func workingVersion(code: String) async throws -> RegistryVersion? {
        guard let service = try await service(code: code) else { return nil }
        let versions = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.requireID())
            .filter(\.$state ~~ Self.liveStates).all()
        guard let version = versions.first(where: { $0.state != .published }) ?? versions.first else { return nil }
        return try RegistryVersion(service, version)
    }

    /// The office's list, by code: all services, or those of `agencies` (at most 2,000).
    func officeList(agencies: Set<UUID>?) async throws -> [RegistryListEntry] {
        var query = ServiceModel.query(on: db).sort(\.$code)
        if let agencies { query = query.filter(\.$agencyID ~~ Array(agencies)) }
        let services = try await query.limit(2_000).all()
        let ids = services.compactMap(\.id)
        let versions = ids.isEmpty ? [] : try await ServiceVersionModel.query(on: db).filter(\.$serviceID ~~ ids).filter(\.$state ~~ Self.liveStates).all()
        let byService = Dictionary(grouping: versions, by: \.serviceID)
        return try services.map { service in
            let mine = byService[try service.requireID()] ?? []
            let working = try mine.first { $0.state != .published }.map { try RegistryVersion(service, $0) }
            let shown = try working ?? mine.first { $0.state == .published }.map { try RegistryVersion(service, $0) }
            return RegistryListEntry(code: service.code, agencyID: service.agencyID, publishedVersion: service.publishedVersion,
                                     working: working, shown: shown)
        }
    }

    func submittedCount() async throws -> Int {
        try await ServiceVersionModel.query(on: db).filter(\.$state == .submitted).count()
    }

    /// Versions waiting for a registry editor, oldest submission first.
    func submitted() async throws -> [RegistryVersion] {
        let versions = try await ServiceVersionModel.query(on: db).filter(\.$state == .submitted).sort(\.$submittedAt).all()
        let services = try await ServiceModel.query(on: db).filter(\.$id ~~ Array(Set(versions.map(\.serviceID)))).all()
        let byID = Dictionary(uniqueKeysWithValues: try services.map { (try $0.requireID(), $0) })
        return try versions.compactMap { version in try byID[version.serviceID].map { try RegistryVersion($0, version) } }
    }

    /// Version `number` of `code` whatever its state, with the published one beside it (a review compares them).
    func version(code: String, number: Int) async throws -> (version: RegistryVersion, published: RegistryVersion?)? {
        guard let service = try await service(code: code),
              let row = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.requireID()).filter(\.$version == number).first()
        else { return nil }
        let published = try await ServiceVersionModel.query(on: db).filter(\.$serviceID == service.requireID()).filter(\.$state == .published).first()
        return (try RegistryVersion(service, row), try published.map { try RegistryVersion(service, $0) })
    }
}
