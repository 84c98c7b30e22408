import Fluent
import Foundation
import NIOConcurrencyHelpers
import PortalCore
import PortalHTTP

/// Agencies and territorial units change only by migration or an administrator's edit, and every
/// page reads them: keep them in memory, load on first use, reload after an edit.
public final class CachedReferenceDirectory: ReferenceDirectory, @unchecked Sendable {
    struct Snapshot {
        var agencies: [AgencySummary]
        var agenciesByID: [UUID: AgencySummary]
        var agenciesByCode: [String: AgencySummary]
        var units: [TerritorialUnitSummary]
        var unitsByCode: [String: TerritorialUnitSummary]
        var agencySearchKeys: [UUID: SearchKey]
        var unitSearchKeys: [String: SearchKey]
        var websites: [UUID: String]
    }

    private let database: @Sendable () -> any Database
    private let snapshot = NIOLockedValueBox<Snapshot?>(nil)

    public init(database: @escaping @Sendable () -> any Database) { self.database = database }

    func load() async throws -> Snapshot {
        if let current = snapshot.withLockedValue({ $0 }) { return current }
        let db = database()
        let regions = try await EconomicRegionModel.query(on: db).all()
        let regionNames = Dictionary(uniqueKeysWithValues: regions.map {
            ($0.id!, LocalizedText(az: $0.nameAz, en: $0.nameEn, ru: $0.nameRu))
        })
        let unitModels = try await TerritorialUnitModel.query(on: db).all()
        let units = unitModels.map {
            TerritorialUnitSummary(code: $0.id!, kind: $0.kind, name: LocalizedText(az: $0.nameAz, en: $0.nameEn, ru: $0.nameRu),
                                   economicRegion: regionNames[$0.economicRegionCode] ?? LocalizedText(az: $0.economicRegionCode),
                                   parentCode: $0.parentCode)
        }.sortedAzerbaijani { $0.name.az }
        let agencyModels = try await AgencyModel.query(on: db).all()
        let agencies = agencyModels.map(\.summary).sortedAzerbaijani { $0.name.az }
        let loaded = Snapshot(
            agencies: agencies,
            agenciesByID: Dictionary(uniqueKeysWithValues: agencies.map { ($0.id, $0) }),
            agenciesByCode: Dictionary(uniqueKeysWithValues: agencies.map { ($0.code, $0) }),
            units: units,
            unitsByCode: Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0) }),
            agencySearchKeys: Dictionary(uniqueKeysWithValues: agencyModels.map { ($0.id!, SearchKey(precomputed: $0.searchKey)) }),
            unitSearchKeys: Dictionary(uniqueKeysWithValues: unitModels.map { ($0.id!, SearchKey(precomputed: $0.searchKey)) }),
            websites: Dictionary(uniqueKeysWithValues: agencyModels.compactMap { m in m.website.map { (m.id!, $0) } }))
        snapshot.withLockedValue { $0 = loaded }
        return loaded
    }

    /// Forget the cached copy (after an administrator edits reference data).
    public func invalidate() { snapshot.withLockedValue { $0 = nil } }

    public func agency(id: UUID) async throws -> AgencySummary? { try await load().agenciesByID[id] }
    public func agency(code: String) async throws -> AgencySummary? { try await load().agenciesByCode[code] }
    public func agencies() async throws -> [AgencySummary] { try await load().agencies }
    public func unit(code: String) async throws -> TerritorialUnitSummary? { try await load().unitsByCode[code] }
    public func units() async throws -> [TerritorialUnitSummary] { try await load().units }

    public func agency(code: String, on db: any Database) async throws -> AgencySummary? {
        try await AgencyModel.query(on: db).filter(\.$code == code).first()?.summary
    }

    func website(of id: UUID) async throws -> String? { try await load().websites[id] }

    /// Agencies whose names (in any language) contain the query by the lenient key.
    func searchAgencies(_ query: String) async throws -> [AgencySummary] {
        let snapshot = try await load()
        let key = SearchKey(query)
        guard !key.isEmpty else { return snapshot.agencies }
        return snapshot.agencies.filter { snapshot.agencySearchKeys[$0.id]?.contains(key) == true }
    }

    func searchUnits(_ query: String) async throws -> [TerritorialUnitSummary] {
        let snapshot = try await load()
        let key = SearchKey(query)
        guard !key.isEmpty else { return snapshot.units }
        return snapshot.units.filter { snapshot.unitSearchKeys[$0.code]?.contains(key) == true }
    }
}

extension AgencyModel {
    /// The agency as other modules see it (one mapping for the cache and for reads on a caller's transaction).
    var summary: AgencySummary {
        AgencySummary(id: id!, code: code, kind: kind, name: LocalizedText(az: nameAz, en: nameEn, ru: nameRu),
                      territorialUnitCode: territorialUnitCode, parentID: parentID)
    }
}
