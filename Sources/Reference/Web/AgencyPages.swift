import PortalCore
import PortalHTTP
import Vapor

/// Public directory of agencies: search by any name (lenient Azerbaijani keys), and one page per agency.
struct AgencyPages {
    let directory: CachedReferenceDirectory

    func register(_ routes: any RoutesBuilder) {
        routes.get("agencies", use: list)
        routes.get("agencies", ":code", use: detail)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        let lang = req.language
        let matches = try await directory.searchAgencies(query)
        var rows: [(AgencySummary, AgencyRow)] = []
        for agency in matches {
            rows.append((agency, AgencyRow(code: agency.code, name: agency.name.text(lang),
                                           unit: try await unitName(agency.territorialUnitCode, lang, skipCapital: true))))
        }
        let page = ListPage(query: query,
                            central: rows.filter { !$0.0.isLocalExecutive }.map(\.1).sortedAzerbaijani(by: \.name),
                            local: rows.filter { $0.0.isLocalExecutive }.map(\.1).sortedAzerbaijani(by: \.name),
                            total: rows.count)
        return try req.render(page, titleKey: "agencies.title", forms: false)
    }

    @Sendable func detail(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let agency = try await directory.agency(code: code) else {
            throw Abort(.notFound)
        }
        let lang = req.language
        let unit = try await agency.territorialUnitCode.asyncMap { try await directory.unit(code: $0) } ?? nil
        let parent = try await agency.parentID.asyncMap { try await directory.agency(id: $0) } ?? nil
        let children = try await directory.agencies().filter { $0.parentID == agency.id }
        let page = DetailPage(
            code: agency.code,
            name: agency.name.text(lang),
            kindLabel: req.t("agency.kind.\(agency.kind.rawValue)"),
            unit: unit?.name.text(lang),
            economicRegion: unit?.economicRegion.text(lang),
            parent: parent.map { AgencyRow(code: $0.code, name: $0.name.text(lang)) },
            children: children.map { AgencyRow(code: $0.code, name: $0.name.text(lang)) },
            website: WebLink.httpURL(try await directory.website(of: agency.id)),
            otherNames: Language.allCases.filter { $0 != lang }.map { agency.name.text($0) }.filter { $0 != agency.name.text(lang) })
        return try req.render(page, titleKey: "agency.title", titleArguments: [page.name], forms: false)
    }

    func unitName(_ code: String?, _ lang: Language, skipCapital: Bool) async throws -> String? {
        guard let code, !(skipCapital && code == "AZ-BA") else { return nil }
        return try await directory.unit(code: code)?.name.text(lang)
    }
}

/// The home search box finds agencies and the executive authority of a city or rayon.
struct AgencySearchProvider: SiteSearchProvider {
    let directory: CachedReferenceDirectory

    var groupKey: String { "search.group.agencies" }

    func search(_ query: String, limit: Int, req: Request) async throws -> [SearchHit] {
        let language = req.language
        var hits = try await directory.searchAgencies(query).map {
            SearchHit(title: $0.name.text(language), subtitle: $0.code, path: "/agencies/\($0.code)")
        }
        // A unit's name leads to its local executive authority.
        for unit in try await directory.searchUnits(query) {
            let code = "ICRA-" + unit.code.dropFirst(3)
            guard !hits.contains(where: { $0.path == "/agencies/\(code)" }),
                  let agency = try await directory.agency(code: code) else { continue }
            hits.append(SearchHit(title: agency.name.text(language), subtitle: unit.economicRegion.text(language), path: "/agencies/\(code)"))
        }
        return Array(hits.prefix(limit))
    }
}
