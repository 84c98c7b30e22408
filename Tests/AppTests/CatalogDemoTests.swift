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

    /// Queries as people type them (issue 15): sentences, inflected words, stop words, synonyms, place names.
    static let naturalQueries: [(String, Language, String)] = [
        ("yasayis yerinden arayis almaq", .az, "Yaşayış yeri"),
        ("yaşayış yeri haqqında arayış almaq", .az, "Yaşayış yeri"),
        ("evlilik qeydiyyati", .az, "Nikahın dövlət qeydiyyatı"),
        ("nikaha girmek", .az, "Nikahın dövlət qeydiyyatı"),
        ("nikahı qeydiyyata almaq", .az, "Nikahın dövlət qeydiyyatı"),
        ("boşanmaq istəyirəm", .az, "Nikahın pozulmasının"),
        ("uşağımı bağçaya yazdırmaq", .az, "Uşaq bağçasına"),
        ("sürücülük vəsiqəsini dəyişmək", .az, "sürücülük vəsiqəsinin dəyişdirilməsi"),
        ("vergi borcu arayışı", .az, "Vergi borcunun olub-olmaması"),
        ("məhkumluq haqqında arayış", .az, "Məhkumluğun olub-olmaması"),
        ("sabiqə arayışı almaq", .az, "Məhkumluğun olub-olmaması"),
        ("pensiya arayisi", .az, "Əmək pensiyası alınması barədə arayış"),
        ("doğum şəhadətnaməsi almaq", .az, "Doğum"),
        ("xarici pasport almaq", .az, "Ümumvətəndaş pasportunun"),
        ("əcnəbilər üçün iş icazəsi", .az, "iş icazəsinin verilməsi"),
        ("elektron viza", .az, "Elektron vizanın verilməsi"),
        ("əmlak arayışı", .az, "Daşınmaz əmlakın mövcudluğu"),
        ("cərimələri ödəmək", .az, "cərimə"),
        ("maşın qeydiyyatı", .az, "Nəqliyyat vasitəsinin dövlət qeydiyyatına"),
        ("ipoteka", .az, "ipotekasının dövlət qeydiyyatı"),
        ("ailə tərkibi haqqında arayış", .az, "Ailə üzvləri barədə arayış"),
        ("maaş arayışı", .az, "Fərdi uçot hesabından çıxarış"),
        ("qan vermək", .az, "Qan donoru"),
        ("dron qeydiyyatı", .az, "dronların"),
        ("quba arayis", .az, "Yaşayış yeri haqqında arayışın verilməsi"),
        ("lənkəran icra başçısının qəbuluna yazılmaq", .az, "Lənkəran Şəhər İcra Hakimiyyətinin"),
        ("lenkeranda qebula yazilmaq", .az, "Lənkəran"),
        ("qubada vətəndaş qəbulu", .az, "Quba Rayon"),
        ("how to get a residence certificate", .en, "Yaşayış yeri"),
        ("how to register a marriage", .en, "Nikahın dövlət qeydiyyatı"),
        ("get married", .en, "Nikahın dövlət qeydiyyatı"),
        ("criminal record certificate", .en, "Məhkumluğun"),
        ("proof of address", .en, "Yaşayış yeri"),
        ("kindergarten enrolment", .en, "Uşaq bağçasına"),
        ("work permit for foreigners", .en, "iş icazəsinin"),
        ("apply for an e-visa", .en, "Elektron vizanın"),
        ("tax debt certificate", .en, "Vergi borcunun"),
        ("pension certificate", .en, "Əmək pensiyası alınması barədə arayış"),
        ("divorce", .en, "Nikahın pozulmasının"),
        ("birth certificate for my child", .en, "Doğum"),
        ("Guba reception with the governor", .en, "Quba Rayon"),
        ("как получить справку с места жительства", .ru, "Yaşayış yeri"),
        ("справка о несудимости", .ru, "Məhkumluğun"),
        ("регистрация брака", .ru, "Nikahın dövlət qeydiyyatı"),
        ("развод", .ru, "Nikahın pozulmasının"),
        ("замена водительского удостоверения", .ru, "sürücülük vəsiqəsinin dəyişdirilməsi"),
        ("детский сад", .ru, "Uşaq bağçasına"),
        ("разрешение на работу", .ru, "iş icazəsinin"),
        ("электронная виза", .ru, "Elektron vizanın"),
        ("справка о пенсии", .ru, "Əmək pensiyası alınması"),
        ("оплатить штраф", .ru, "cərimə"),
        ("постановка авто на учёт", .ru, "Nəqliyyat vasitəsinin dövlət qeydiyyatına"),
        ("прописка", .ru, "Yaşayış yeri üzrə qeydiyyata alınma"),
        ("справка о составе семьи", .ru, "Ailə üzvləri"),
    ]

    @Test("the search behaviour table")
    func searchTable() async throws {
        try await Self.seeded { portal in
            let index = try await portal.app.catalog.index(on: portal.app)
            for (text, language, expected) in Self.table + Self.naturalQueries {
                var query = CatalogIndex.Query()
                query.text = text
                query.language = language
                let first = index.search(query).hits.first?.entry.definition.name.az ?? "—"
                #expect(AzerbaijaniText.leniently(first, contains: expected),
                        "\(text) [\(language)] → \(index.search(query).hits.prefix(3).map { "\($0.entry.definition.name.az) \($0.covered)/\($0.score)" })")
            }
            // A place name finds that place's executive authority's services, not another's.
            var quba = CatalogIndex.Query()
            quba.text = "quba arayis"
            #expect(index.search(quba).hits.first?.entry.agency.code == "ICRA-QBA")
            quba.text = "qubadan"
            #expect(index.search(quba).hits.prefix(3).allSatisfy { $0.entry.agency.code == "ICRA-QBA" })
            // One word no service has no longer hides the words that do match.
            quba.text = "arayış zzzqqq"
            #expect(index.search(quba).total > 5)
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
