import Catalog
import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The demo registry: realistic size and spread, and search behaving on it as people expect.
@Suite("Demo registry")
struct CatalogDemoTests {
    static func seeded(_ body: (PortalHarness) async throws -> Void) async throws {
        try await withPortal { portal in
            try await CatalogModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
            try await body(portal)
        }
    }

    @Test("≥ 400 services of ≥ 45 agencies, about half electronic, the 68 real ones with their sources")
    func sizeAndSpread() async throws {
        try await Self.seeded { portal in
            let index = try await portal.app.catalog.index(on: portal.app)
            #expect(index.entries.count >= 400)
            let agencies = Set(index.entries.map(\.agency.code))
            #expect(agencies.count >= 45)
            let electronic = Double(index.entries.filter { $0.definition.stage.isElectronic }.count) / Double(index.entries.count)
            #expect(electronic > 0.45 && electronic < 0.55, "electronic share \(electronic)")
            #expect(index.entries.filter { $0.definition.source != nil }.count == 68)
            let byAgency = Dictionary(grouping: index.entries, by: \.agency.code).mapValues(\.count)
            #expect((byAgency["DVX"] ?? 0) >= 55 && (byAgency["RINN"] ?? 0) >= 30 && (byAgency["EMDX"] ?? 0) >= 28)
            #expect(index.entries.filter { $0.definition.name.ru != nil }.count >= 100)
            #expect(index.entries.contains { $0.agency.code.hasPrefix("ICRA-") && $0.definition.territorialUnits != nil })
            let marriage = index.entries.first { $0.definition.agencyCode == "EN" && $0.definition.lifeEvents.contains(.startingFamily) && $0.definition.fee == .fixed(qepik: 1_000) }
            #expect(marriage != nil, "marriage registration, 10 AZN")
            let report = try await portal.browser().get("/api/v1/registry/report").body.string
            #expect(report.contains("\"total\":\(index.entries.count)"))
        }
    }

    /// Query → the service that must come first, in az, en and ru, with and without Azerbaijani letters.
    static let table: [(String, Language, String)] = [
        ("pasport", .az, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("xarici pasport", .az, "Ümumvətəndaş pasportunun verilməsi"),
        ("vesiqesinin verilmesi", .az, "vəsiqəsinin verilməsi"),
        ("sürücülük vəsiqəsi", .az, "Sürücülük vəsiqəsi"),
        ("driving licence", .en, "Sürücülük vəsiqəsi"),
        ("водительское удостоверение", .ru, "Sürücülük vəsiqəsi"),
        ("şəxsiyyət vəsiqəsi", .az, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("sexsiyyet vesiqesi", .az, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("ŞƏXSİYYƏT VƏSİQƏSİ", .az, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("ID card", .en, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("удостоверение", .ru, "Şəxsiyyət vəsiqəsinin verilməsi"),
        ("nikah", .az, "nikah"),
        ("marriage", .en, "nikah"),
        ("брак", .ru, "nikah"),
    ]

    @Test("the search behaviour table")
    func searchTable() async throws {
        try await Self.seeded { portal in
            let index = try await portal.app.catalog.index(on: portal.app)
            for (text, language, expected) in Self.table {
                var query = CatalogIndex.Query()
                query.text = text
                query.language = language
                let first = index.search(query).hits.first?.entry.definition.name.az ?? "—"
                #expect(AzerbaijaniText.leniently(first, contains: expected), "\(text) [\(language)] → \(first)")
            }
            // Ağdaş, Şəki… by their lenient names find their executive authority's services when scoped.
            var query = CatalogIndex.Query()
            query.unit = "AZ-QBA"
            query.agencyCode = "ICRA-QBA"
            #expect(index.search(query).total >= 5)
        }
    }

    @Test("a common word (arayış) finds many services of the seeded registry (speed is measured by Benchmarks/CatalogSearch)")
    func commonWord() async throws {
        try await Self.seeded { portal in
            let index = try await portal.app.catalog.index(on: portal.app)
            var query = CatalogIndex.Query()
            query.text = "arayış"
            let hits = index.search(query).total
            #expect(hits > 5, "arayış (reference) is a common word in the registry: \(hits)")
        }
    }
}
