import PortalHTTP

/// `/api/v1/me…`: the token owner's own data. Each endpoint needs its scope.
struct MeAPI {
    struct Profile: Content {
        var fin: String
        var firstName: String
        var lastName: String
        var patronymic: String
        var birthDate: String?
        var email: String
        var phone: String?
        var language: String
        var secondFactor: Bool
        var documents: [Document]
    }

    struct Document: Content {
        var kind: String
        var number: String
        var issuedOn: String
        var expiresOn: String?
    }

    struct Company: Content {
        var voen: String
        var name: String
        var role: String
    }

    struct Access: Content {
        var at: Date
        var actorKind: String
        var agencyCode: String?
        var agencyName: LocalizedText?
        var action: String
        var purpose: String?
    }

    struct Activity: Content {
        var at: Date
        var action: String
        var ip: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.get("me", use: profile)
        api.get("me", "companies", use: companies)
        api.get("me", "data-access", use: dataAccess)
        api.get("me", "activity", use: activity)
    }

    func principal(_ req: Request, scope: String) throws -> Principal {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else {
            throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope")
        }
        return principal
    }

    @Sendable func profile(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "profile:read")
        guard let user = try await AccountQueries(db: req.db).profile(of: principal.userID) else { throw Abort(.unauthorized) }
        let person = try await req.portal.registryLookup.person(fin: principal.fin)
        return try req.privateJSON(Profile(
            fin: user.fin, firstName: user.firstName, lastName: user.lastName, patronymic: user.patronymic,
            birthDate: person?.birthDate.iso, email: user.email, phone: user.phone, language: user.language,
            secondFactor: user.totpEnabled,
            documents: (person?.documents ?? []).map {
                Document(kind: $0.kind.rawValue, number: $0.number, issuedOn: $0.issuedOn.iso, expiresOn: $0.expiresOn?.iso)
            }))
    }

    @Sendable func companies(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "companies:read")
        let paging = try Paging(req)
        let items = principal.companies.map { Company(voen: $0.voen, name: $0.name, role: $0.role) }
        return try req.privateJSON(ListPage(all: items, paging: paging))
    }

    @Sendable func dataAccess(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "data-access:read")
        let paging = try Paging(req)
        var items: [Access] = []
        for record in try await req.portal.audit.dataAccess(for: principal.fin, limit: 200, on: req.db) {
            let agency = try await record.agencyID.asyncMap { try await req.portal.directory.agency(id: $0) } ?? nil
            items.append(Access(at: record.at, actorKind: record.actorKind.rawValue, agencyCode: agency?.code, agencyName: agency?.name,
                                action: record.action, purpose: record.purpose))
        }
        return try req.privateJSON(ListPage(all: items, paging: paging))
    }

    @Sendable func activity(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "activity:read")
        let paging = try Paging(req)
        let items = try await req.portal.audit.accountActivity(for: principal.fin, actions: "identity.", limit: 200, on: req.db)
            .map { Activity(at: $0.at, action: $0.action, ip: $0.ip) }
        return try req.privateJSON(ListPage(all: items, paging: paging))
    }
}
