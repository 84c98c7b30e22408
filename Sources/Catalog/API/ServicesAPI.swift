import FluentKit
import PortalHTTP

/// `/api/v1/services`: the published catalog as JSON, with the same search and filters as the page;
/// `/api/v1/services/{code}`; `/api/v1/registry/report`. ETag and Last-Modified with 304s.
struct ServicesAPI {
    struct Summary: Content {
        var code: String
        var name: LocalizedText
        var agencyCode: String
        var agencyName: LocalizedText
        var category: String
        var stage: String
        var electronic: Bool
        var audiences: [String]
        var channels: [String]
        var fee: Fee
        var deadlineDays: Int?
        var score: Int?
    }

    /// The list envelope with one more member: the spelling the search corrected the query to.
    struct SearchPage: Encodable {
        var page: ListPage<Summary>
        var correctedQuery: String?

        enum Keys: String, CodingKey { case correctedQuery }

        func encode(to encoder: any Encoder) throws {
            try page.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(correctedQuery, forKey: .correctedQuery)
        }
    }

    struct Detail: Content {
        var service: ServiceDefinition
        var agencyName: LocalizedText
        var version: Int
        var publishedAt: Date?
        var electronic: Bool
    }

    struct ReportResponse: Encodable {
        var total: Int
        var electronic: Int
        var electronicSharePercent: Double
        var agencies: [RegistryReport.Row]
    }

    func register(_ api: any RoutesBuilder) {
        api.on(.GET, "services") { req -> EventLoopFuture<Response> in
            // The request is checked and read once; a repeated anonymous query is answered from the cache on
            // the event loop, anything else searches (see `list`).
            let query: CatalogIndex.Query
            do { query = try Self.query(req) } catch { return req.eventLoop.makeFailedFuture(error) }
            let cacheable = Self.cacheable(req, query)
            let store = req.application.catalog
            if cacheable, store.isLoaded, let hit = store.pages.cachedResponse(for: req, version: store.version, query: Self.listQuery) {
                return req.eventLoop.makeSucceededFuture(hit)
            }
            return req.eventLoop.makeFutureWithTask { try await list(req, query: query, cacheable: cacheable) }
        }
        api.get("services", ":code", use: detail)
        api.get("registry", "report", use: report)
    }

    /// Like the page's query, but unknown filter values are an error here: a program should know.
    static func query(_ req: Request) throws -> CatalogIndex.Query {
        let paging = try Paging(req)
        var issues: [(field: String, issue: ValidationIssue)] = []
        func parse<T: RawRepresentable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
            guard let raw = req.query[String.self, at: name] else { return nil }
            guard let value = T(rawValue: raw) else { issues.append((field: name, issue: ValidationIssue("validation.catalog.\(name)"))); return nil }
            return value
        }
        var query = CatalogIndex.Query()
        query.text = req.query[String.self, at: "q"] ?? ""
        if query.text.count > 200 { issues.append((field: "q", issue: ValidationIssue("validation.q.too_long"))) }
        query.lifeEvent = parse("event", LifeEvent.self)
        query.category = parse("category", ServiceCategory.self)
        query.audience = parse("audience", Audience.self)
        query.channel = parse("channel", Channel.self)
        query.sort = parse("sort", CatalogIndex.Sort.self) ?? .relevance
        query.agencyCode = req.query[String.self, at: "agency"]
        query.unit = req.query[String.self, at: "unit"]
        if let online = req.query[String.self, at: "online"] {
            if online == "true" || online == "false" {
                query.onlineOnly = online == "true"
            } else {
                issues.append((field: "online", issue: ValidationIssue("validation.catalog.online")))
            }
        }
        guard issues.isEmpty else { throw APIProblem.validation(issues) }
        query.language = req.language
        query.limit = paging.limit
        query.offset = paging.offset
        return query
    }

    static func summary(_ entry: CatalogIndex.Entry, score: Int?) -> Summary {
        let d = entry.definition
        return Summary(code: d.code, name: d.name, agencyCode: entry.agency.code, agencyName: entry.agency.name,
                       category: d.category.rawValue, stage: d.stage.rawValue, electronic: d.stage.isElectronic,
                       audiences: d.audiences.map(\.rawValue), channels: d.channels.map(\.rawValue), fee: d.fee,
                       deadlineDays: d.deadlineDays, score: score)
    }

    /// The parameters of the list, for the answer cache (the same cache as the catalog's pages).
    static let listQuery = CacheableQuery([
        .text("q", maxLength: 200), .oneOf("event", LifeEvent.allCases.map(\.rawValue)),
        .oneOf("category", ServiceCategory.allCases.map(\.rawValue)), .code("agency"),
        .oneOf("audience", Audience.allCases.map(\.rawValue)), .oneOf("channel", Channel.allCases.map(\.rawValue)),
        .code("unit"), .oneOf("online", ["true", "false"]), .oneOf("sort", ["relevance", "name"], default: "relevance"),
        .integer("limit", 1...100, default: 20), .integer("offset", 0...Int(Int32.max), default: 0),
    ])

    /// Answers for anonymous clients are kept per index generation (a publication makes new ones): a
    /// popular query is searched and encoded once. The request is checked first (an invalid one is a 422,
    /// never a cached answer), and the cache is used only when its canonical URL means the same query.
    func list(_ req: Request, query: CatalogIndex.Query, cacheable: Bool) async throws -> Response {
        let store = req.application.catalog
        let index = try await store.index(on: req.application)
        guard cacheable else { return try await answer(query, index: index, req: req) }
        return try await store.pages.page(for: req, version: store.version, query: Self.listQuery) {
            try await answer(query, index: index, req: req)
        }
    }

    /// The cache may answer: not a conditional request (it gets its 304 from `cachedJSON`), and the
    /// cache's canonical URL means the same query (a value the key would drop, such as an agency that is
    /// not a code, is another query).
    static func cacheable(_ req: Request, _ query: CatalogIndex.Query) -> Bool {
        guard !req.headers.contains(name: .ifNoneMatch), !req.headers.contains(name: .ifModifiedSince) else { return false }
        let original = req.url
        req.url = URI(string: listQuery.canonicalURL(path: original.path, query: original.query))
        defer { req.url = original }
        return (try? Self.query(req)) == query
    }

    func answer(_ query: CatalogIndex.Query, index: CatalogIndex, req: Request) async throws -> Response {
        let result = index.search(query)
        let items = result.hits.map { Self.summary($0.entry, score: query.text.isEmpty ? nil : $0.score) }
        let body = SearchPage(page: ListPage(items: items, total: result.total, limit: query.limit, offset: query.offset),
                              correctedQuery: result.correctedText)
        return try await req.cachedJSON(body, lastModified: index.lastModified)
    }

    @Sendable func detail(req: Request) async throws -> Response {
        let index = try await req.application.catalog.index(on: req.application)
        guard let code = req.parameters.get("code"), let entry = index.entry(code: code) else { throw Abort(.notFound) }
        return try await req.cachedJSON(Detail(service: entry.definition, agencyName: entry.agency.name, version: entry.version,
                                               publishedAt: entry.publishedAt, electronic: entry.definition.stage.isElectronic),
                                        lastModified: entry.publishedAt)
    }

    @Sendable func report(req: Request) async throws -> Response {
        let index = try await req.application.catalog.index(on: req.application)
        let report = RegistryReport(index: index, language: req.language)
        return try await req.cachedJSON(ReportResponse(total: report.overall.total, electronic: report.overall.electronic,
                                                       electronicSharePercent: report.overall.sharePercent, agencies: report.rows),
                                        lastModified: index.lastModified)
    }
}

/// The site search box also finds services.
struct ServiceSearchProvider: SiteSearchProvider {
    var groupKey: String { "search.group.services" }

    func search(_ query: String, limit: Int, req: Request) async throws -> [SearchHit] {
        var catalogQuery = CatalogIndex.Query()
        catalogQuery.text = query
        catalogQuery.language = req.language
        catalogQuery.limit = limit
        let result = try await req.application.catalog.index(on: req.application).search(catalogQuery)
        return result.hits.map {
            SearchHit(title: $0.entry.definition.name.text(req.language), subtitle: $0.entry.agency.name.text(req.language),
                      path: "/services/\($0.entry.definition.code)")
        }
    }
}
