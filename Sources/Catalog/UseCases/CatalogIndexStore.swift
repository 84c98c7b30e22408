import FluentKit
import Foundation
import NIOConcurrencyHelpers
import PortalHTTP

/// Holds the current in-memory catalog and rebuilds it from the published versions when something is
/// published (here) or when another instance published (a periodic check of the newest publication).
public final class CatalogIndexStore: @unchecked Sendable {
    private let current = NIOLockedValueBox(CatalogIndex(services: []))
    private let loadedStamp = NIOLockedValueBox<Date?>(nil)
    private let loaded = NIOLockedValueBox(false)
    private let generation = NIOLockedValueBox(0)
    /// Rendered catalog pages for visitors, valid for one generation of the index.
    public let pages = AnonymousPageCache()
    private let online = NIOLockedValueBox<Set<String>>([])
    private let onlineProvider = NIOLockedValueBox<(@Sendable (Application) async throws -> Set<String>)?>(nil)

    public init() {}

    /// Where the codes of services one can apply for on the portal itself come from (the Applications
    /// module: services with a published form); read on every reload.
    public func setOnlineApplicationsProvider(_ provider: @escaping @Sendable (Application) async throws -> Set<String>) {
        onlineProvider.withLockedValue { $0 = provider }
    }

    /// The service has a form on the portal: its page offers "Apply online" here.
    public func appliesOnline(_ code: String) -> Bool { online.withLockedValue { $0.contains(code) } }

    /// Every service one can apply for on the portal (as of the last reload).
    public var onlineApplications: Set<String> { online.withLockedValue { $0 } }

    /// Changes whenever the index is rebuilt (part of the page cache key).
    public var version: String { "catalog-\(generation.withLockedValue { $0 })" }

    public var index: CatalogIndex { current.withLockedValue { $0 } }

    public var isLoaded: Bool { loaded.withLockedValue { $0 } }

    /// The index, loading it on first use.
    public func index(on app: Application) async throws -> CatalogIndex {
        if !loaded.withLockedValue({ $0 }) { try await reload(app) }
        return index
    }

    public func reload(_ app: Application) async throws {
        let db = app.db
        let services = try await ServiceModel.query(on: db).filter(\.$publishedVersion != nil).all()
        let versions = try await ServiceVersionModel.query(on: db).filter(\.$state == .published).all()
        let byService = Dictionary(versions.map { ($0.serviceID, $0) }, uniquingKeysWith: { $0.version > $1.version ? $0 : $1 })
        var items: [(ServiceDefinition, CatalogIndex.Agency, Date?, Int)] = []
        for service in services {
            guard let version = byService[service.id!], let agency = try await app.portal.directory.agency(id: service.agencyID) else { continue }
            items.append((try version.definition, CatalogIndex.Agency(code: agency.code, name: agency.name), service.publishedAt, version.version))
        }
        let places = try await app.portal.directory.units().map { CatalogIndex.Place(code: $0.code, name: $0.name) }
        let index = CatalogIndex(services: items, places: places)
        let onlineCodes = try await onlineProvider.withLockedValue({ $0 })?(app) ?? []
        online.withLockedValue { $0 = onlineCodes }
        current.withLockedValue { $0 = index }
        generation.withLockedValue { $0 += 1 }
        loadedStamp.withLockedValue { $0 = services.compactMap(\.publishedAt).max() }
        loaded.withLockedValue { $0 = true }
    }

    /// Reloads when the database has a newer publication than the one loaded.
    public func refreshIfStale(_ app: Application) async throws {
        let newest = try await ServiceModel.query(on: app.db).max(\.$publishedAt)
        if newest != loadedStamp.withLockedValue({ $0 }) { try await reload(app) }
    }
}

struct CatalogIndexStoreKey: StorageKey { typealias Value = CatalogIndexStore }

extension Application {
    public var catalog: CatalogIndexStore {
        guard let store = storage[CatalogIndexStoreKey.self] else { fatalError("CatalogModule not configured") }
        return store
    }
}
