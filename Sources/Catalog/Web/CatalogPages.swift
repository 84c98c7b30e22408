import FluentKit
import PortalHTTP

/// `/services`: browse and search the catalog; `/services/:code`: everything before starting;
/// its history and past versions; `/registry/report`: the registry's figures.
struct CatalogPages {
    struct Hit: Sendable {
        var code: String
        var name: [Highlighter.Segment]
        var description: String
        var agency: String
        var stage: String
        var electronic: Bool
        var fee: String
    }

    static let pageSize = 20

    func register(_ web: any RoutesBuilder) {
        // No per-address limit here: whole mobile networks share an address (carrier NAT), and a
        // visitor's search is cheap (an in-memory index, and a page cache for repeated ones).
        web.on(.GET, "services") { req in cachedOrRendered(req, query: Self.searchQuery, render: search) }
        web.on(.GET, "services", ":code") { req in cachedOrRendered(req, query: .none, render: service) }
        web.get("services", ":code", "history", use: history)
        web.get("services", ":code", "versions", ":version", use: pastVersion)
        web.get("registry", "report", use: report)
        web.get("registry", "report.csv", use: reportCSV)
    }

    /// Answers a visitor's repeated page from the cache on the event loop; everything else renders.
    func cachedOrRendered(_ req: Request, query: CacheableQuery,
                          render: @escaping @Sendable (Request) async throws -> Response) -> EventLoopFuture<Response> {
        let store = req.application.catalog
        if store.isLoaded, let hit = store.pages.cachedResponse(for: req, version: store.version, query: query) {
            return req.eventLoop.makeSucceededFuture(hit)
        }
        return req.eventLoop.makeFutureWithTask { try await render(req) }
    }

    /// Every parameter the search page reads (the page cache keys on these alone; see `query(from:)`).
    static let searchQuery = CacheableQuery([
        .text("q", maxLength: 200), .oneOf("event", LifeEvent.allCases.map(\.rawValue)),
        .oneOf("category", ServiceCategory.allCases.map(\.rawValue)), .code("agency"),
        .oneOf("audience", Audience.allCases.map(\.rawValue)), .oneOf("channel", Channel.allCases.map(\.rawValue)),
        .code("unit"), .oneOf("online", ["1"]), .oneOf("sort", ["relevance", "name"], default: "relevance"),
        .integer("page", 1...1_000, default: 1),
    ])

    /// Reads the catalog query from `?q=&event=&category=&agency=&audience=&channel=&unit=&online=1&sort=&page=`,
    /// ignoring values that are not in the vocabularies.
    static func query(from req: Request) -> CatalogIndex.Query {
        var query = CatalogIndex.Query()
        query.text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        query.lifeEvent = req.query[String.self, at: "event"].flatMap(LifeEvent.init(rawValue:))
        query.category = req.query[String.self, at: "category"].flatMap(ServiceCategory.init(rawValue:))
        query.agencyCode = req.query[String.self, at: "agency"].flatMap { $0.isEmpty ? nil : $0 }
        query.audience = req.query[String.self, at: "audience"].flatMap(Audience.init(rawValue:))
        query.channel = req.query[String.self, at: "channel"].flatMap(Channel.init(rawValue:))
        query.unit = req.query[String.self, at: "unit"].flatMap { $0.isEmpty ? nil : $0 }
        query.onlineOnly = req.query[String.self, at: "online"] == "1"
        query.sort = req.query[String.self, at: "sort"].flatMap(CatalogIndex.Sort.init(rawValue:)) ?? .relevance
        query.language = req.language
        return query
    }

    @Sendable func search(req: Request) async throws -> Response {
        let store = req.application.catalog
        _ = try await store.index(on: req.application)
        return try await store.pages.page(for: req, version: store.version, query: Self.searchQuery) { try await renderSearch(req: req) }
    }

    func renderSearch(req: Request) async throws -> Response {
        var query = Self.query(from: req)
        let pageNumber = max(1, min(req.query[Int.self, at: "page"] ?? 1, 1_000))
        query.limit = Self.pageSize
        query.offset = (pageNumber - 1) * Self.pageSize
        let index = try await req.application.catalog.index(on: req.application)
        let result = index.search(query)
        let lang = req.language
        let hits = result.hits.map { hit -> Hit in
            let d = hit.entry.definition
            return Hit(code: d.code, name: Highlighter.segments(d.name.text(lang), tokens: result.highlights),
                       description: d.description.text(lang), agency: hit.entry.agency.name.text(lang),
                       stage: req.t("catalog.stage.\(d.stage.rawValue)"), electronic: d.stage.isElectronic,
                       fee: d.fee.kind == .fixed ? Money(minorUnits: d.fee.amount ?? 0).formatted(lang) : req.t("catalog.fee.\(d.fee.kind.rawValue)"))
        }
        let pageCount = (result.total + Self.pageSize - 1) / Self.pageSize
        let filtered = query.lifeEvent != nil || query.category != nil || query.agencyCode != nil || query.audience != nil
            || query.channel != nil || query.unit != nil || query.onlineOnly
        let text = query.text.trimmingCharacters(in: .whitespaces)
        let chrome = try await CatalogChrome.cached(req: req, index: index)
        let page = CatalogSearchPage(
            query: query, text: text.isEmpty ? nil : text, hits: hits, total: result.total, correctedQuery: result.correctedText,
            filtered: filtered, chrome: chrome, pages: PageLink.pages(pageCount, current: pageNumber) { Self.url(req, page: $0) },
            from: result.total == 0 ? 0 : query.offset + 1, to: query.offset + hits.count)
        let response = try req.render(page, titleKey: "catalog.search.title", forms: false)
        if let modified = index.lastModified { response.headers.lastModified = HTTPHeaders.LastModified(modified) }
        return response
    }

    /// This search's URL with another page number.
    static func url(_ req: Request, page: Int) -> String {
        var components = URLComponents()
        components.path = "/services"
        let kept = ["q", "event", "category", "agency", "audience", "channel", "unit", "online", "sort"]
        components.queryItems = kept.compactMap { name in req.query[String.self, at: name].map { URLQueryItem(name: name, value: $0) } }
            + [URLQueryItem(name: "page", value: String(page))]
        return components.string ?? "/services"
    }

    // MARK: service page, history, past version

    func load(_ req: Request, code: String, version: Int? = nil) async throws -> RegistryVersion {
        guard let found = try await RegistryQueries(db: req.db).publicVersion(code: code, number: version) else { throw Abort(.notFound) }
        return found
    }

    func view(_ req: Request, _ version: RegistryVersion) async throws -> ServiceView {
        let definition = version.definition
        let agency = try await req.portal.directory.agency(id: version.agencyID)
        var unitNames: [String] = []
        for code in definition.territorialUnits ?? [] {
            if let unit = try await req.portal.directory.unit(code: code) { unitNames.append(unit.name.text(req.language)) }
        }
        return ServiceView(definition, agencyName: agency?.name.text(req.language) ?? definition.agencyCode, version: version.version,
                           updated: version.decidedAt ?? version.createdAt, unitNames: unitNames, req: req)
    }

    @Sendable func service(req: Request) async throws -> Response {
        let store = req.application.catalog
        _ = try await store.index(on: req.application)
        return try await store.pages.page(for: req, version: store.version, query: .none) { try await renderService(req: req) }
    }

    func renderService(req: Request) async throws -> Response {
        let version = try await load(req, code: req.parameters.get("code") ?? "")
        let view = try await view(req, version)
        let response = try req.render(ServicePage(service: view, pastVersion: false), titleKey: "catalog.service.title",
                                      titleArguments: [view.name], forms: false)
        if let date = version.publishedAt { response.headers.lastModified = HTTPHeaders.LastModified(date) }
        return response
    }

    @Sendable func pastVersion(req: Request) async throws -> Response {
        guard let number = req.parameters.get("version", as: Int.self) else { throw Abort(.notFound) }
        let version = try await load(req, code: req.parameters.get("code") ?? "", version: number)
        let view = try await view(req, version)
        return try req.render(ServicePage(service: view, pastVersion: version.version != version.publishedVersion),
                              titleKey: "catalog.service.title", titleArguments: [view.name], forms: false)
    }

    @Sendable func history(req: Request) async throws -> Response {
        let current = try await load(req, code: req.parameters.get("code") ?? "")
        let versions = try await RegistryQueries(db: req.db).publicHistory(of: current)
        let agency = try await req.portal.directory.agency(id: current.agencyID)?.name.text(req.language) ?? ""
        let rows = versions.map { version in
            HistoryPage.Row(version: version.version, when: req.displayTime(version.decidedAt ?? version.createdAt),
                       changed: version.changedFields.map { req.t("catalog.field.\($0)") }.joined(separator: ", "),
                       by: version.source == "office" ? req.t("catalog.history.by_office", agency) : req.t("catalog.history.by_\(version.source)"),
                       current: version.version == current.publishedVersion)
        }
        return try req.render(HistoryPage(code: current.code, name: current.definition.name.text(req.language), rows: rows),
                              titleKey: "catalog.history.title", forms: false)
    }

    // MARK: report

    @Sendable func report(req: Request) async throws -> Response {
        let report = RegistryReport(index: try await req.application.catalog.index(on: req.application), language: req.language)
        return try req.render(ReportPage(rows: report.rows, overall: report.overall, agencies: report.agencies, language: req.language),
                              titleKey: "catalog.report.title", forms: false)
    }

    @Sendable func reportCSV(req: Request) async throws -> Response {
        let report = RegistryReport(index: try await req.application.catalog.index(on: req.application), language: req.language)
        return .download(report.csv(), filename: "registry-report.csv", contentType: DownloadType.csv, personal: false)
    }
}
