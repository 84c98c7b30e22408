import Catalog
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Registry import, export and API")
struct CatalogTransferTests {
    static func definitions() -> [ServiceDefinition] {
        [ServiceDefinition(code: "DIN-0001", agencyCode: "DIN",
                           name: LocalizedText(az: "Şəxsiyyət vəsiqəsinin verilməsi", en: "Issuing of an identity card", ru: "Выдача удостоверения личности"),
                           description: LocalizedText(az: "16 yaşdan vətəndaşlara.", en: "For citizens from 16."), audiences: [.citizen],
                           category: .identityDocuments, lifeEvents: [], stage: .fullElectronic, channels: [.portal, .asanCentre],
                           fee: .fixed(qepik: 500), deadlineDays: 10, result: .document, onlineURL: "https://www.e-gov.az",
                           keywords: ["pasport", "ID card", "паспорт"]),
         ServiceDefinition(code: "EN-0001", agencyCode: "EN", name: LocalizedText(az: "Nikahın dövlət qeydiyyatı", en: "State registration of marriage"),
                           description: LocalizedText(az: "Nikahın qeydiyyatı."), audiences: [.citizen, .foreigner], category: .family,
                           lifeEvents: [.startingFamily], stage: .onlineForm, channels: [.portal], fee: .fixed(qepik: 1_000), deadlineDays: 15,
                           result: .registration),
         ServiceDefinition(code: "ICRA-QBA-0001", agencyCode: "ICRA-QBA", name: LocalizedText(az: "Vətəndaş qəbuluna yazılış", en: "Booking a citizen reception"),
                           description: LocalizedText(az: "Başçı ilə görüş."), audiences: [.citizen], category: .localGovernment, stage: .information,
                           channels: [.agencyOffice], result: .information, territorialUnits: ["AZ-QBA"])]
    }

    static func adminBrowser(_ portal: PortalHarness) async throws -> TestBrowser {
        if try await portal.app.portal.registryLookup.person(fin: FIN(uncheckedValue: "9ADM1N1")) == nil {
            let cast = try await CatalogFlowTests.cast(portal)
            return try await cast.browser("9ADM1N1")
        }
        // Already cast in this test: sign the administrator in again.
        let secret = try await AdminSecrets.shared.secret(for: portal)
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn("9ADM1N1", CatalogFlowTests.password, code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }

    func versionCount(_ portal: PortalHarness) async throws -> Int {
        try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM catalog_service_versions").first()!.decode(column: "n", as: Int.self)
    }

    @Test("export, import the same file: nothing changes; a changed row makes a new version; bad rows change nothing")
    func roundTripThroughTheOffice() async throws {
        try await withPortal { portal in
            let admin = try await Self.adminBrowser(portal)
            var res = try await admin.get("/office/registry/import")
            res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                         contents: Data(try RegistryFile.csv(Self.definitions()).utf8), contentType: "text/csv")
            #expect(res.status == .ok && res.body.string.contains("İdxal olundu: 3 yeni, 0 dəyişib, 0 eynidir"))
            let exported = try await admin.get("/office/registry/export.csv")
            #expect(exported.headers.contentType?.subType == "csv")
            #expect(exported.body.string == (try RegistryFile.csv(Self.definitions())), "export equals what was imported")
            let json = try await admin.get("/office/registry/export.json")
            guard case .success(let rows) = RegistryFile.parseJSON(Data(json.body.readableBytesView)) else { Issue.record("json export unreadable"); return }
            #expect(rows.map(\.definition) == Self.definitions())

            try await admin.get("/office/registry/import")
            res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                         contents: Data(exported.body.string.utf8), contentType: "text/csv")
            #expect(res.body.string.contains("0 yeni, 0 dəyişib, 3 eynidir"))
            let before = try await versionCount(portal)

            var bad = exported.body.string.components(separatedBy: "\r\n")
            bad[1] = bad[1].replacingOccurrences(of: "identity_documents", with: "astrology")
            bad[2] = bad[2].replacingOccurrences(of: "Nikahın dövlət qeydiyyatı", with: "Nikahın qeydiyyatı (yeni ad)")
            bad[3] = bad[3].replacingOccurrences(of: "AZ-QBA", with: "AZ-XXX")
            try await admin.get("/office/registry/import")
            res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                         contents: Data(bad.joined(separator: "\r\n").utf8), contentType: "text/csv")
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            #expect(html.contains("<td>2</td><td>category</td>") && html.contains("<td>4</td><td>scope</td>"), "row, field and reason")
            #expect(try await versionCount(portal) == before, "nothing half-imported")
            #expect(!(try await portal.browser().get("/services/EN-0001").body.string.contains("yeni ad")))

            var good = exported.body.string.components(separatedBy: "\r\n")
            good[2] = good[2].replacingOccurrences(of: "Nikahın dövlət qeydiyyatı", with: "Nikahın qeydiyyatı (yeni ad)")
            try await admin.get("/office/registry/import")
            res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                         contents: Data(good.joined(separator: "\r\n").utf8), contentType: "text/csv")
            #expect(res.body.string.contains("0 yeni, 1 dəyişib, 2 eynidir"))
            #expect(try await portal.browser().get("/services/EN-0001").body.string.contains("yeni ad"), "the index was refreshed")
            #expect(try await portal.browser().get("/services/EN-0001/history").body.string.contains("versions/2"))
        }
    }

    @Test("the API: search, filters, paging, 422 on unknown values, ETag and Last-Modified with 304s")
    func api() async throws {
        try await withPortal { portal in
            let rows = Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }
            try await RegistryTransferHarness.apply(rows, portal)
            let api = portal.browser()
            var res = try await api.get("/api/v1/services?q=pasport")
            #expect(res.status == .ok && res.body.string.contains("\"code\":\"DIN-0001\"") && res.body.string.contains("\"total\":1"))
            res = try await api.get("/api/v1/services?q=%D1%83%D0%B4%D0%BE%D1%81%D1%82%D0%BE%D0%B2%D0%B5%D1%80%D0%B5%D0%BD%D0%B8%D0%B5")  // удостоверение
            #expect(res.body.string.contains("\"code\":\"DIN-0001\""))
            res = try await api.get("/api/v1/services?event=starting_family&online=true")
            #expect(res.body.string.contains("EN-0001") && res.body.string.contains("\"total\":1"))
            res = try await api.get("/api/v1/services?unit=AZ-QBA&channel=agency_office")
            #expect(res.body.string.contains("ICRA-QBA-0001"))
            res = try await api.get("/api/v1/services?limit=1&offset=1&sort=name")
            #expect(res.body.string.contains("\"total\":3") && res.body.string.contains("\"limit\":1"))
            res = try await api.get("/api/v1/services?category=astrology&online=maybe")
            #expect(res.status == .unprocessableEntity && res.body.string.contains("validation.catalog.category") && res.body.string.contains("validation.catalog.online"))
            res = try await api.get("/api/v1/services/DIN-0001")
            #expect(res.body.string.contains("\"amount\":500"))
            let etag = try #require(res.headers.first(name: .eTag))
            let modified = try #require(res.headers.first(name: .lastModified))
            #expect(try await api.get("/api/v1/services/DIN-0001", headers: ["If-None-Match": etag]).status == .notModified)
            #expect(try await api.get("/api/v1/services/DIN-0001", headers: ["If-Modified-Since": modified]).status == .notModified)
            #expect(try await api.get("/api/v1/services/NOPE-0001").status == .notFound)
            res = try await api.get("/api/v1/registry/report")
            #expect(res.body.string.contains("\"total\":3") && res.body.string.contains("\"electronic\":2"))
        }
    }

    @Test("API answers for anonymous clients are kept per index generation, and only for the same query")
    func apiAnswerCache() async throws {
        try await withPortal { portal in
            let rows = Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }
            try await RegistryTransferHarness.apply(rows, portal)
            let api = portal.browser()
            let pages = portal.app.catalog.pages
            let first = try await api.get("/api/v1/services?q=pasport")
            let before = pages.counts.hits
            let again = try await api.get("/api/v1/services?q=pasport&utm=x")
            #expect(pages.counts.hits == before + 1, "the same query (an unknown parameter ignored) is answered from the cache")
            #expect(again.body.string == first.body.string && again.headers.first(name: .eTag) == first.headers.first(name: .eTag))
            // Invalid input is checked before the cache: still a 422, never the cached answer.
            #expect(try await api.get("/api/v1/services?q=pasport&category=astrology").status == .unprocessableEntity)
            // A value the cache's key would drop (not a code) is another query: answered, not taken from the cache.
            let odd = try await api.get("/api/v1/services?q=pasport&agency=no%20such")
            #expect(odd.status == .ok && odd.body.string.contains("\"total\":0"), "\(odd.body.string)")
            // A conditional request still gets its 304.
            let etag = try #require(first.headers.first(name: .eTag))
            #expect(try await api.get("/api/v1/services?q=pasport", headers: ["If-None-Match": etag]).status == .notModified)
            // A publication makes a new generation: the answer is searched again.
            try await portal.app.catalog.reload(portal.app)
            let misses = pages.counts.misses
            _ = try await api.get("/api/v1/services?q=pasport")
            #expect(pages.counts.misses == misses + 1)
        }
    }

    @Test("the catalog page: search with highlighting, filters without JavaScript, a near miss corrected, empty results offer the agencies")
    func catalogPage() async throws {
        try await withPortal { portal in
            try await RegistryTransferHarness.apply(Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let browser = portal.browser()
            var html = try await browser.get("/services?q=sexsiyyet+vesiqesi").body.string
            #expect(html.contains("<mark>Şəxsiyyət</mark> <mark>vəsiqəsi</mark>nin verilməsi"))
            html = try await browser.get("/services?q=nikha").body.string
            #expect(html.contains("<mark>Nikah</mark>ın dövlət qeydiyyatı") && html.contains("«nikah»"), "did you mean")
            html = try await browser.get("/services?q=zzzqqq").body.string
            #expect(html.contains("Heç bir xidmət tapılmadı") && html.contains("href=\"/agencies\""))
            html = try await browser.get("/services?event=starting_family").body.string
            #expect(html.contains("Nikahın") && !html.contains("Şəxsiyyət vəsiqəsinin"))
            html = try await browser.get("/services?unit=AZ-GA").body.string
            #expect(!html.contains("Vətəndaş qəbuluna yazılış"), "a Quba-only service is not offered in Gəncə")
            html = try await browser.get("/services/ICRA-QBA-0001").body.string
            #expect(html.contains("Quba") && html.contains("Qurumun ofisində"))
            html = try await browser.get("/services/DIN-0001").body.string
            #expect(html.contains("Onlayn müraciət edin") && html.contains("5,00 ₼") && html.contains("10 iş günü"))
            browser.setCookie("__Host-ow_lang", "en")
            html = try await browser.get("/services/DIN-0001").body.string
            #expect(html.contains("Issuing of an identity card") && html.contains("Apply online") && html.contains("AZN 5.00"))
            html = try await browser.get("/registry/report").body.string
            #expect(html.contains("3 services, 2 of them electronic (66.7%)"))
            let csv = try await browser.get("/registry/report.csv").body.string
            #expect(csv.contains("TOTAL,,3,2,66.7"))
        }
    }
}

extension CatalogTransferTests {
    @Test("ONEWINDOW_PAGE_CACHE=off renders every visitor's catalog page (the measurement switch)")
    func pageCacheOff() async throws {
        #expect(try PortalConfig.fromEnvironment([:]).pageCache)
        #expect(try !PortalConfig.fromEnvironment(["ONEWINDOW_PAGE_CACHE": "off"]).pageCache)
        try await withPortal(config: { $0.pageCache = false }) { portal in
            try await RegistryTransferHarness.apply(Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let visitor = portal.browser()
            let first = try await visitor.get("/services?q=nikah")
            let second = try await visitor.get("/services?q=nikah")
            #expect(first.status == .ok && first.body.string == second.body.string)
            let counts = portal.app.catalog.pages.counts
            #expect(counts.hits == 0 && counts.misses == 0 && counts.entries == 0, "nothing kept, nothing looked up")
        }
    }

    @Test("visitors' catalog pages are rendered once per publication; signed-in people and changes are never served stale")
    func pageCache() async throws {
        try await withPortal { portal in
            try await RegistryTransferHarness.apply(Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let cache = portal.app.catalog.pages
            let visitor = portal.browser()
            let first = try await visitor.get("/services?q=nikah")
            let before = cache.counts
            let second = try await visitor.get("/services?q=nikah")
            #expect(cache.counts.hits == before.hits + 1)
            #expect(first.body.string == second.body.string)
            #expect(second.headers[.setCookie].isEmpty && !second.body.string.contains("_csrf"), "nothing personal in a shared page")
            #expect(second.headers.first(name: "Content-Security-Policy") != nil, "headers still added per response")
            let zipped = try await visitor.get("/services?q=nikah", headers: ["Accept-Encoding": "gzip, deflate"])
            #expect(zipped.headers.first(name: .contentEncoding) == "gzip" && zipped.headers.first(name: .vary) == "Accept-Encoding")
            let inflated = try #require(Gzip.decompress(Array(zipped.body.readableBytesView)))
            #expect(String(decoding: inflated, as: UTF8.self) == second.body.string)
            #expect(zipped.body.readableBytes * 3 < second.body.readableBytes, "compressed once, several times smaller")
            // Another language is another page.
            #expect(try await visitor.get("/language/en?returnTo=/").status == .seeOther)
            #expect(try await visitor.get("/services?q=nikah").body.string.contains("State registration of marriage"))
            // A signed-in person never gets the shared page.
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", "correct horse battery")
            #expect(try await citizen.get("/services?q=nikah").body.string.contains("Test Testov"))
            // A publication makes new pages.
            var changed = Self.definitions()
            changed[1].name.az = "Nikahın dövlət qeydiyyatı (yeniləndi)"
            try await RegistryTransferHarness.apply(changed.enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let fresh = try await portal.browser().get("/services?q=nikah")
            #expect(fresh.body.string.contains("(yeniləndi)"))
        }
    }
}

extension CatalogTransferTests {
    /// Registry values that begin like spreadsheet formulas (and one that begins with the guard itself).
    static func formulaLike() -> [ServiceDefinition] {
        var definitions = definitions()
        definitions[0].name = LocalizedText(az: "=HYPERLINK(\"https://evil.example\",\"Bax\")", en: "-minus first", ru: "@at first")
        definitions[0].description = LocalizedText(az: "+plus first", en: "'=already quoted", ru: "\tTab first")
        definitions[0].contact = Contact(phone: "+994 12 000 00 00")
        definitions[0].keywords = ["-a", "=b", "'c"]
        definitions[1].processingUnits = "@Qeydiyyat şöbəsi"
        return definitions
    }

    @Test("registry CSV: formula-like cells are neutralised on export and read back exactly; export → import is the same registry")
    func formulaRoundTrip() async throws {
        try await withPortal { portal in
            let admin = try await Self.adminBrowser(portal)
            try await admin.get("/office/registry/import")
            var res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                             contents: Data(try RegistryFile.csv(Self.formulaLike()).utf8), contentType: "text/csv")
            #expect(res.status == .ok && res.body.string.contains("3 yeni"))
            let exported = try await admin.get("/office/registry/export.csv").body.string
            // What a spreadsheet opens: no cell starts a formula.
            let cells = try CSV.parse(exported).flatMap(\.fields)
            #expect(!cells.contains { $0.unicodeScalars.first.map(CSV.formulaTriggers.contains) ?? false })
            #expect(cells.contains("'=HYPERLINK(\"https://evil.example\",\"Bax\")") && cells.contains("'+994 12 000 00 00") && cells.contains("''=already quoted"))
            // The stored registry holds the values as they were, not the guards.
            let json = try await admin.get("/office/registry/export.json")
            guard case .success(let rows) = RegistryFile.parseJSON(Data(json.body.readableBytesView)) else { Issue.record("json export unreadable"); return }
            #expect(rows.map(\.definition) == Self.formulaLike())
            // Importing the export changes nothing.
            try await admin.get("/office/registry/import")
            res = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv", contents: Data(exported.utf8), contentType: "text/csv")
            #expect(res.body.string.contains("0 yeni, 0 dəyişib, 3 eynidir"))
            #expect(try await admin.get("/office/registry/export.csv").body.string == exported)
        }
    }

    @Test("10,000 random query strings neither evict a popular page nor grow the page cache")
    func pageCacheFlood() async throws {
        try await withPortal { portal in
            try await RegistryTransferHarness.apply(Self.definitions().enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            let cache = portal.app.catalog.pages
            let visitor = portal.browser()
            let popular = try await visitor.get("/services?q=nikah&category=family").body.string
            #expect(try await visitor.get("/services?q=nikah&category=family").body.string == popular)
            let before = cache.counts
            // Unknown parameters, values outside the vocabularies, defaults spelled out, repeats, other orders, spaces.
            var random = SeededRandom(seed: 4_2024)
            func junk() -> String { String((0..<8).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement(using: &random)! }) }
            let urls = (0..<10_000).map { n -> String in
                switch n % 6 {
                case 0: return "/services?q=nikah&category=family&utm_\(junk())=\(n)"
                case 1: return "/services?category=family&\(junk())=\(junk())&q=nikah"
                case 2: return "/services?q=nikah&category=family&event=\(junk())&audience=\(junk())"
                case 3: return "/services?q=+nikah+&category=family&sort=relevance&page=1&fbclid=\(junk())"
                case 4: return "/services?q=nikah&q=\(junk())&category=family&category=\(junk())&online=\(junk())"
                default: return "/services?channel=\(junk())&agency=%3C\(junk())%3E&category=family&q=nikah&page=0&n=\(n)"
                }
            }
            #expect(Set(urls).count == 10_000, "all distinct")
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for chunk in stride(from: 0, to: urls.count, by: 1_250) {
                    let slice = Array(urls[chunk..<min(chunk + 1_250, urls.count)])
                    group.addTask {
                        let browser = portal.browser()
                        for url in slice where try await browser.get(url).body.string != popular { return false }
                        return true
                    }
                }
                for try await same in group { #expect(same, "every variant is the popular page") }
            }
            let after = cache.counts
            #expect(after.entries == before.entries, "no new entries")
            #expect(after.hits == before.hits + 10_000 && after.misses == before.misses, "all answered from the cache")
            #expect(try await visitor.get("/services?category=family&q=nikah").body.string == popular)
            #expect(cache.counts.hits == after.hits + 1, "the popular page is still cached")
        }
    }

    @Test("pages asked for once are evicted before pages asked for again")
    func pageCacheKeepsPopularPages() async throws {
        let cache = AnonymousPageCache(maxEntries: 40)
        let query = CacheableQuery([.text("q", maxLength: 50)])
        try await withPortal(routes: { app in
            app.get("cache-test") { req async throws -> Response in
                try await cache.page(for: req, version: "1", query: query) { Response(status: .ok, body: .init(string: "page for \(req.url.string)")) }
            }
        }) { portal in
            let browser = portal.browser()
            #expect(try await browser.get("/cache-test?q=popular&x=1").body.string == "page for /cache-test?q=popular", "rendered from the canonical URL")
            try await browser.get("/cache-test?q=popular")
            for n in 0..<500 { try await browser.get("/cache-test?q=once-\(n)") }
            #expect(cache.counts.entries <= 40)
            let hits = cache.counts.hits
            try await browser.get("/cache-test?q=popular")
            #expect(cache.counts.hits == hits + 1, "the popular page survived 500 one-off pages")
        }
    }
}

/// Publishes definitions the way an import does.
enum RegistryTransferHarness {
    static func apply(_ rows: [(row: Int, definition: ServiceDefinition)], _ portal: PortalHarness) async throws {
        let csv = try RegistryFile.csv(rows.map(\.definition))
        let admin = try await CatalogTransferTests.adminBrowser(portal)
        try await admin.get("/office/registry/import")
        let res = try await admin.upload("/office/registry/import", field: "file", filename: "r.csv", contents: Data(csv.utf8), contentType: "text/csv")
        #expect(res.status == .ok)
    }
}
