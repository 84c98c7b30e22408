import Benchmark
import Catalog
import Foundation
import PortalCore

/// In-process catalog search over 1,000 published services (the demo registry and variants of it),
/// against a same-run reference: the naive search one would write first with Foundation's
/// case- and diacritic-insensitive `range(of:)` over the names in three languages.
/// Run: `swift package --allow-writing-to-package-directory benchmark --target CatalogSearch`
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal],
                                           maxDuration: .seconds(5), maxIterations: 20_000)
    let services = CatalogSearchFixture.thousand()
    let index = CatalogIndex(services: services)
    let queries = CatalogSearchFixture.queries

    Benchmark("catalog search, one query (mixed az/en/ru, lenient, typos)") { benchmark in
        var position = 0
        for _ in benchmark.scaledIterations {
            var query = CatalogIndex.Query()
            query.text = queries[position % queries.count]
            position += 1
            blackHole(index.search(query))
        }
    }

    Benchmark("catalog filter, no text (life event + online only, by name)") { benchmark in
        for _ in benchmark.scaledIterations {
            var query = CatalogIndex.Query()
            query.lifeEvent = .startingFamily
            query.onlineOnly = true
            query.sort = .name
            blackHole(index.search(query))
        }
    }

    let names = services.map { [$0.0.name.az, $0.0.name.en ?? "", $0.0.name.ru ?? ""] }
    Benchmark("reference: naive Foundation scan (range(of:), case/diacritic-insensitive)") { benchmark in
        var position = 0
        for _ in benchmark.scaledIterations {
            let query = queries[position % queries.count]
            position += 1
            blackHole(names.filter { row in row.contains { $0.range(of: query, options: [.caseInsensitive, .diacriticInsensitive]) != nil } })
        }
    }

    Benchmark("index rebuild after a publication (1,000 services)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(CatalogIndex(services: services)) }
    }
}

enum CatalogSearchFixture {
    static let queries = [
        "pasport", "şəxsiyyət vəsiqəsi", "sexsiyyet vesiqesi", "ID card", "удостоверение", "nikah", "marriage", "брак",
        "vergi", "ədv", "VAT", "income tax", "налог", "arayış", "reference", "справка", "pensiya", "pension", "пенсия",
        "sürücülük", "driving licence", "avtomobil", "vehicle registration", "tikinti icazəsi", "building permit",
        "doğum", "birth certificate", "yaşayış yeri", "residence", "məhkumluq", "criminal record", "gömrük", "customs",
        "imtahan", "exam", "patent", "nikha", "sexsiyet", "vetendas qebulu", "qəbul",
        "yasayis yerinden arayis almaq", "evlilik qeydiyyati", "uşağımı bağçaya yazdırmaq", "how to register a marriage",
        "как получить справку с места жительства", "arayış zzzqqq",
    ]

    /// The demo registry repeated with variant codes and names until there are 1,000 services.
    static func thousand() -> [(ServiceDefinition, CatalogIndex.Agency, Date?, Int)] {
        let demo = (try? CatalogModule.demoRegistry()) ?? []
        precondition(!demo.isEmpty, "the demo registry did not load")
        var services: [(ServiceDefinition, CatalogIndex.Agency, Date?, Int)] = []
        var round = 0
        while services.count < 1_000 {
            for definition in demo where services.count < 1_000 {
                var copy = definition
                if round > 0 {
                    copy.code = definition.code + "-V\(round)"
                    copy.name.az += " (\(round))"
                }
                services.append((copy, CatalogIndex.Agency(code: copy.agencyCode, name: LocalizedText(az: copy.agencyCode)), nil, 1))
            }
            round += 1
        }
        return services
    }
}
