import PortalHTTP

/// The portal's frame: home page, site search, health and readiness, metrics and the OpenAPI document.
struct ShellModule: PortalModule {
    var name: String { "shell" }

    var navigation: [NavigationLink] { [NavigationLink(labelKey: "nav.home", path: "/", audience: .everyone)] }

    var openAPI: OpenAPIFragment { OpenAPIFragment(file: "shell.json") }

    struct HomePage: Encodable, Sendable {
        var entries: [HomeEntry]
    }

    struct SearchGroup: Encodable, Sendable {
        var heading: String
        var hits: [SearchHit]
    }

    struct SearchPage: Encodable, Sendable {
        /// Nil when nothing was searched (Leaf treats "" as true).
        var query: String?
        var groups: [SearchGroup]
        var total: Int
    }

    struct Readiness: Content {
        var status: String
        var database: String
    }

    func routes(_ routes: PortalRoutes) throws {
        routes.bare.get("health") { _ -> Response in
            let response = Response(status: .ok, body: .init(staticString: "ok\n"))
            response.headers.contentType = .plainText
            return response
        }
        routes.bare.get("ready") { req async -> Response in
            let reachable = await PortalDatabase.isReachable(req.db)
            let response = Response(status: reachable ? .ok : .serviceUnavailable)
            try? response.content.encode(Readiness(status: reachable ? "ready" : "unavailable", database: reachable ? "reachable" : "unreachable"))
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

    @Sendable func home(req: Request) async throws -> Response {
        let entries = req.portal.homeEntries.map { entry -> HomeEntry in
            var entry = entry
            entry.title = req.t(entry.titleKey)
            entry.description = req.t(entry.descriptionKey)
            return entry
        }
        return try await req.renderPage("Shell/home", titleKey: "home.title", HomePage(entries: entries), forms: false)
    }

    @Sendable func search(req: Request) async throws -> Response {
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(100)).trimmingCharacters(in: .whitespaces)
        var groups: [SearchGroup] = []
        if !query.isEmpty {
            for provider in req.portal.searchProviders {
                let hits = try await provider.search(query, limit: 20, req: req)
                if !hits.isEmpty { groups.append(SearchGroup(heading: req.t(provider.groupKey), hits: hits)) }
            }
        }
        return try await req.renderPage("Shell/search", titleKey: "search.title",
                                        SearchPage(query: query.isEmpty ? nil : query, groups: groups, total: groups.reduce(0) { $0 + $1.hits.count }), forms: false)
    }
}
