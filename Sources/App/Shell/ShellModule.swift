import PortalHTTP

/// The portal's frame: home page, site search, health and readiness, metrics and the OpenAPI document.
struct ShellModule: PortalModule {
    var name: String { "shell" }

    var navigation: [NavigationLink] { [NavigationLink(labelKey: "nav.home", path: "/", audience: .everyone)] }

    var openAPI: OpenAPIFragment { OpenAPIFragment(file: "shell.json") }

    struct Readiness: Content {
        /// `ready`, `degraded` (an outside service is failing: the portal serves, that service's steps
        /// say it is unavailable) or `unavailable` (the database is not reachable).
        var status: String
        var database: String
        var dependencies: [OutsideService.Report]
    }

    func routes(_ routes: PortalRoutes) throws {
        routes.bare.get("health") { _ -> Response in
            let response = Response(status: .ok, body: .init(staticString: "ok\n"))
            response.headers.contentType = .plainText
            return response
        }
        routes.bare.get("ready") { req async -> Response in
            let reachable = await PortalDatabase.isReachable(req.db)
            let now = req.portal.now()
            let dependencies = req.application.outsideServices.all.map { $0.report(now: now) }
            let status = !reachable ? "unavailable" : dependencies.allSatisfy { $0.state == .available } ? "ready" : "degraded"
            let response = Response(status: reachable ? .ok : .serviceUnavailable)
            try? response.content.encode(Readiness(status: status, database: reachable ? "reachable" : "unreachable", dependencies: dependencies))
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
        routes.bare.get("metrics") { req -> Response in
            guard req.mayReadMetrics else { throw Abort(.forbidden) }
            let response = Response(status: .ok, body: .init(string: PortalMetrics.exposition()))
            response.headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
        routes.bare.get("api", "openapi.json") { req async throws -> Response in
            try await req.cachedJSON(req.portal.openAPIDocument, maxAge: 300)
        }
        routes.web.get(use: home)
        routes.web.get("search", use: search)
    }

    @Sendable func home(req: Request) throws -> Response {
        try req.render(HomePage(entries: req.portal.homeEntries), titleKey: "home.title", forms: false)
    }

    @Sendable func search(req: Request) async throws -> Response {
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(100)).trimmingCharacters(in: .whitespaces)
        var groups: [SiteSearchPage.Group] = []
        if !query.isEmpty {
            for provider in req.portal.searchProviders {
                let hits = try await provider.search(query, limit: 20, req: req)
                if !hits.isEmpty { groups.append(SiteSearchPage.Group(headingKey: provider.groupKey, hits: hits)) }
            }
        }
        return try req.render(SiteSearchPage(query: query.isEmpty ? nil : query, groups: groups), titleKey: "search.title", forms: false)
    }
}
