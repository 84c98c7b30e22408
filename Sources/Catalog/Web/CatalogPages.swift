import FluentKit
import PortalHTTP

/// `/services`: browse and search the catalog; `/services/:code`: everything before starting;
/// its history and past versions; `/registry/report`: the registry's figures.
struct CatalogPages {
    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Hit: Encodable, Sendable {
        var code: String
        var name: [Highlighter.Segment]
        var description: String
        var agency: String
        var stage: String
        var electronic: Bool
        var fee: String
    }

    struct Link: Encodable, Sendable {
        var label: String
        var url: String
        var current: Bool
    }

    struct SearchPage: Encodable, Sendable {
        var query: String?
        var hits: [Hit]
        var total: Int
        var correctedQuery: String?
        var originalQuery: String?
        var filtered: Bool
        var empty: Bool
        var events: [Option]
        var categories: [Option]
        var agencies: [Option]
        var audiences: [Option]
        var channels: [Option]
        var units: [Option]
        var sorts: [Option]
        var online: Bool
        var pages: [Link]
        var hasPages: Bool
        var from: Int
        var to: Int
        var eventLinks: [Link]
        var categoryLinks: [Link]
    }

    static let pageSize = 20

    func register(_ web: any RoutesBuilder) {
        let searchLimited = web.grouped(RateLimitMiddleware(bucket: "catalog-search", limit: 600, per: 60))
        searchLimited.get("services", use: search)
        web.get("services", ":code", use: service)
        web.get("services", ":code", "history", use: history)
        web.get("services", ":code", "versions", ":version", use: pastVersion)
        web.get("registry", "report", use: report)
        web.get("registry", "report.csv", use: reportCSV)
    }

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
        var query = Self.query(from: req)
        let page = max(1, min(req.query[Int.self, at: "page"] ?? 1, 1_000))
        query.limit = Self.pageSize
        query.offset = (page - 1) * Self.pageSize
        let index = try await req.application.catalog.index(on: req.application)
        let result = index.search(query)
        let lang = req.language
        let hits = result.hits.map { hit -> Hit in
            let d = hit.entry.definition
            return Hit(code: d.code, name: Highlighter.segments(d.name.text(lang), tokens: result.tokens),
                       description: d.description.text(lang), agency: hit.entry.agency.name.text(lang),
                       stage: req.t("catalog.stage.\(d.stage.rawValue)"), electronic: d.stage.isElectronic,
                       fee: d.fee.kind == .fixed ? Money(minorUnits: d.fee.amount ?? 0).formatted(lang) : req.t("catalog.fee.\(d.fee.kind.rawValue)"))
        }
        let agencies = Dictionary(index.entries.map { ($0.agency.code, $0.agency) }, uniquingKeysWith: { a, _ in a }).values
            .sortedAzerbaijani { $0.name.text(lang) }
        let units = try await req.portal.directory.units().filter { $0.kind != "autonomous_republic" }
        let pageCount = (result.total + Self.pageSize - 1) / Self.pageSize
        let filtered = query.lifeEvent != nil || query.category != nil || query.agencyCode != nil || query.audience != nil
            || query.channel != nil || query.unit != nil || query.onlineOnly
        let text = query.text.trimmingCharacters(in: .whitespaces)
        let searchPage = SearchPage(
            query: text.isEmpty ? nil : text,
            hits: hits, total: result.total,
            correctedQuery: result.correctedText, originalQuery: result.correctedText == nil ? nil : text,
            filtered: filtered, empty: result.total == 0,
            events: Self.options(LifeEvent.allCases, selected: query.lifeEvent, prefix: "catalog.event.", req),
            categories: Self.options(ServiceCategory.allCases, selected: query.category, prefix: "catalog.category.", req),
            agencies: agencies.map { Option(value: $0.code, label: $0.name.text(lang), selected: $0.code == query.agencyCode) },
            audiences: Self.options(Audience.allCases, selected: query.audience, prefix: "catalog.audience.", req),
            channels: Self.options(Channel.allCases, selected: query.channel, prefix: "catalog.channel.", req),
            units: units.map { Option(value: $0.code, label: $0.name.text(lang), selected: $0.code == query.unit) },
            sorts: [CatalogIndex.Sort.relevance, .name].map { Option(value: $0.rawValue, label: req.t("catalog.sort.\($0.rawValue)"), selected: $0 == query.sort) },
            online: query.onlineOnly,
            pages: pageCount > 1 ? (1...pageCount).map { Link(label: String($0), url: Self.url(req, page: $0), current: $0 == page) } : [],
            hasPages: pageCount > 1,
            from: result.total == 0 ? 0 : query.offset + 1, to: query.offset + hits.count,
            eventLinks: LifeEvent.allCases.map { Link(label: req.t("catalog.event.\($0.rawValue)"), url: "/services?event=\($0.rawValue)", current: $0 == query.lifeEvent) },
            categoryLinks: ServiceCategory.allCases.map { Link(label: req.t("catalog.category.\($0.rawValue)"), url: "/services?category=\($0.rawValue)", current: $0 == query.category) })
        let response = try await req.renderPage("Catalog/search", titleKey: "catalog.search.title", searchPage)
        if let modified = index.lastModified { response.headers.lastModified = HTTPHeaders.LastModified(modified) }
        return response
    }

    static func options<T: RawRepresentable & Hashable>(_ all: [T], selected: T?, prefix: String, _ req: Request) -> [Option] where T.RawValue == String {
        all.map { Option(value: $0.rawValue, label: req.t(prefix + $0.rawValue), selected: $0 == selected) }
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

    struct ServicePage: Encodable, Sendable {
        var service: ServiceView
        var pastVersion: Bool
        var currentVersion: Int?
    }

    func load(_ req: Request, code: String, version: Int? = nil) async throws -> (ServiceModel, ServiceVersionModel) {
        guard let service = try await ServiceModel.query(on: req.db).filter(\.$code == code).first(),
              let published = service.publishedVersion else { throw Abort(.notFound) }
        guard let row = try await ServiceVersionModel.query(on: req.db).filter(\.$serviceID == service.id!)
            .filter(\.$version == (version ?? published))
            .filter(\.$state ~~ [ServiceVersionModel.State.published.rawValue, ServiceVersionModel.State.superseded.rawValue]).first()
        else { throw Abort(.notFound) }
        return (service, row)
    }

    func view(_ req: Request, _ service: ServiceModel, _ version: ServiceVersionModel) async throws -> ServiceView {
        let definition = try version.definition
        let agency = try await req.portal.directory.agency(id: service.agencyID)
        var unitNames: [String] = []
        for code in definition.territorialUnits ?? [] {
            if let unit = try await req.portal.directory.unit(code: code) { unitNames.append(unit.name.text(req.language)) }
        }
        return ServiceView(definition, agencyName: agency?.name.text(req.language) ?? definition.agencyCode, version: version.version,
                           updated: version.decidedAt ?? version.createdAt, unitNames: unitNames, req: req)
    }

    @Sendable func service(req: Request) async throws -> Response {
        let (service, version) = try await load(req, code: req.parameters.get("code") ?? "")
        let view = try await view(req, service, version)
        let response = try await req.renderPage("Catalog/service", titleKey: "catalog.service.title", titleArguments: [view.name],
                                                ServicePage(service: view, pastVersion: false, currentVersion: nil))
        if let date = service.publishedAt { response.headers.lastModified = HTTPHeaders.LastModified(date) }
        return response
    }

    @Sendable func pastVersion(req: Request) async throws -> Response {
        guard let number = req.parameters.get("version", as: Int.self) else { throw Abort(.notFound) }
        let (service, version) = try await load(req, code: req.parameters.get("code") ?? "", version: number)
        let view = try await view(req, service, version)
        return try await req.renderPage("Catalog/service", titleKey: "catalog.service.title", titleArguments: [view.name],
                                        ServicePage(service: view, pastVersion: version.version != service.publishedVersion,
                                                    currentVersion: service.publishedVersion))
    }

    struct HistoryRow: Encodable, Sendable {
        var version: Int
        var when: String
        var changed: String
        var by: String
        var current: Bool
    }

    struct HistoryPage: Encodable, Sendable {
        var code: String
        var name: String
        var rows: [HistoryRow]
    }

    @Sendable func history(req: Request) async throws -> Response {
        let (service, current) = try await load(req, code: req.parameters.get("code") ?? "")
        let versions = try await ServiceVersionModel.query(on: req.db).filter(\.$serviceID == service.id!)
            .filter(\.$state ~~ [ServiceVersionModel.State.published.rawValue, ServiceVersionModel.State.superseded.rawValue])
            .sort(\.$version, .descending).all()
        let agency = try await req.portal.directory.agency(id: service.agencyID)?.name.text(req.language) ?? ""
        let rows = versions.map { version in
            HistoryRow(version: version.version, when: BakuTime.display(version.decidedAt ?? version.createdAt),
                       changed: version.changedFields.split(separator: ",").map { req.t("catalog.field.\($0)") }.joined(separator: ", "),
                       by: version.source == "office" ? req.t("catalog.history.by_office", agency) : req.t("catalog.history.by_\(version.source)"),
                       current: version.version == service.publishedVersion)
        }
        return try await req.renderPage("Catalog/history", titleKey: "catalog.history.title",
                                        HistoryPage(code: service.code, name: try current.definition.name.text(req.language), rows: rows))
    }

    // MARK: report

    struct ReportPage: Encodable, Sendable {
        var rows: [RegistryReport.Row]
        var overall: RegistryReport.Row
        var agencies: Int
        var channels: [Option]
    }

    @Sendable func report(req: Request) async throws -> Response {
        let report = RegistryReport(index: try await req.application.catalog.index(on: req.application), language: req.language)
        return try await req.renderPage("Catalog/report", titleKey: "catalog.report.title", ReportPage(
            rows: report.rows, overall: report.overall, agencies: report.agencies,
            channels: Channel.allCases.map { Option(value: $0.rawValue, label: req.t("catalog.channel.\($0.rawValue)"), selected: false) }))
    }

    @Sendable func reportCSV(req: Request) async throws -> Response {
        let report = RegistryReport(index: try await req.application.catalog.index(on: req.application), language: req.language)
        let response = Response(status: .ok, body: .init(string: report.csv()))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: "registry-report.csv")
        return response
    }
}
