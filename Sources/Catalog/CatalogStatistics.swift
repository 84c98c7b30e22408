import FluentKit
import Foundation
import PortalHTTP

/// The figures the Catalog publishes on the operations page and `/metrics`.
public enum CatalogStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "catalog.services", value: Int64(try await ServiceModel.query(on: db).filter(\.$publishedVersion != nil).count())),
         Stat(key: "catalog.versions_in_review", value: Int64(try await ServiceVersionModel.query(on: db).filter(\.$state == .submitted).count()))]
    }
}

extension CatalogStatistics {
    /// A service of the registry as it stood at a moment: whose it is and whether it is an e-service.
    public struct PublishedService: Sendable, Hashable {
        public var code: String
        public var agencyCode: String
        /// Online form or better (`Stage.isElectronic`, the registry's own definition).
        public var electronic: Bool
    }

    /// The active services published by `moment` (each in the version published last before it), so a
    /// past day's share of online services is the same whenever it is computed.
    public static func published(by moment: Date, on db: any Database) async throws -> [PublishedService] {
        let versions = try await ServiceVersionModel.query(on: db).filter(\.$state ~~ [ServiceVersionModel.State.published, .superseded])
            .filter(\.$decidedAt <= moment).all()
        var latest: [UUID: ServiceVersionModel] = [:]
        for v in versions where (latest[v.serviceID]?.version ?? 0) < v.version { latest[v.serviceID] = v }
        return try latest.values.compactMap { version in
            let definition = try version.definition
            guard definition.status == .active else { return nil }
            return PublishedService(code: definition.code, agencyCode: definition.agencyCode, electronic: definition.stage.isElectronic)
        }.sorted { $0.code < $1.code }
    }
}
