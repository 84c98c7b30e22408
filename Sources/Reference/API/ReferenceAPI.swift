import PortalCore
import PortalHTTP
import Vapor

/// `/api/v1/agencies` and `/api/v1/territorial-units`: public reference data as JSON.
struct ReferenceAPI {
    let directory: CachedReferenceDirectory

    struct AgencyDTO: Content {
        var id: UUID
        var code: String
        var kind: AgencyKind
        var name: LocalizedText
        var territorialUnitCode: String?
        var parentCode: String?
        var website: String?
    }

    struct UnitDTO: Content {
        var code: String
        var kind: TerritorialUnitKind
        var name: LocalizedText
        var economicRegion: LocalizedText
        var parentCode: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("agencies", use: agencies)
        api.get("agencies", ":code", use: agency)
        api.get("territorial-units", use: units)
    }

    @Sendable func agencies(req: Request) async throws -> Response {
        let paging = try Paging(req)
        let query = req.query[String.self, at: "q"] ?? ""
        guard query.count <= 100 else { throw APIProblem.validation([(field: "q", issue: ValidationIssue("validation.q.too_long"))]) }
        var list = try await directory.searchAgencies(query)
        if let kind = req.query[String.self, at: "kind"] {
            guard kind == "central" || kind == "local" else {
                throw APIProblem.validation([(field: "kind", issue: ValidationIssue("validation.kind.central_or_local"))])
            }
            list = list.filter { $0.isLocalExecutive == (kind == "local") }
        }
        var items: [AgencyDTO] = []
        for agency in list.dropFirst(paging.offset).prefix(paging.limit) { items.append(try await dto(agency)) }
        return try await req.cachedJSON(ListPage(items: items, total: list.count, paging: paging))
    }

    @Sendable func agency(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let agency = try await directory.agency(code: code) else {
            throw Abort(.notFound)
        }
        return try await req.cachedJSON(try await dto(agency))
    }

    @Sendable func units(req: Request) async throws -> Response {
        // All 78 units fit the default page: a client that never pages gets the whole list.
        let paging = try Paging(req, defaultLimit: 100, maxLimit: 1_000)
        let units = try await directory.units().map {
            UnitDTO(code: $0.code, kind: $0.kind, name: $0.name, economicRegion: $0.economicRegion, parentCode: $0.parentCode)
        }
        return try await req.cachedJSON(ListPage(all: units, paging: paging))
    }

    func dto(_ agency: AgencySummary) async throws -> AgencyDTO {
        let parentCode = try await agency.parentID.asyncMap { try await directory.agency(id: $0)?.code } ?? nil
        return AgencyDTO(id: agency.id, code: agency.code, kind: agency.kind, name: agency.name,
                         territorialUnitCode: agency.territorialUnitCode, parentCode: parentCode,
                         website: try await directory.website(of: agency.id))
    }
}
