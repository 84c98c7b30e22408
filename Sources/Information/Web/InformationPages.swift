import Accountability
import Catalog
import PortalHTTP

/// The public side: district portals (`/r/{unit}`), an authority's information (`/agencies/{code}/…`),
/// each item at one URL with its versions, the Atom feeds and `/sitemap.xml`. Reading pages: no forms.
struct InformationPages {
    func register(_ web: any RoutesBuilder) {
        web.get("r", use: districts)
        web.get("r", ":unit", use: district)
        web.get("r", ":unit", "feed.atom", use: districtFeed)
        web.get("agencies", ":code", "information", use: agency)
        web.get("agencies", ":code", "feed.atom", use: agencyFeed)
        web.get("agencies", ":code", ":segment", ":slug", use: item)
        web.get("agencies", ":code", ":segment", ":slug", "versions", ":version", use: version)
        web.get("agencies", ":code", ":segment", ":slug", "file", use: file)
        web.get("sitemap.xml", use: sitemap)
    }

    var now: (Request) -> Date { { $0.portal.now() } }

    @Sendable func districts(req: Request) async throws -> Response {
        let lang = req.language
        let units = try await req.portal.directory.units()
        let authorities = Set(try await req.portal.directory.agencies().filter(\.isLocalExecutive).compactMap(\.territorialUnitCode))
        let rows = units.filter { $0.isPickable && authorities.contains($0.code) }
            .map { DistrictsPage.Row(code: $0.code, name: $0.name.text(lang), region: $0.economicRegion.text(lang)) }
        return try req.render(DistrictsPage(rows: rows.sortedAzerbaijani(by: \.name)), titleKey: "information.districts.title", forms: false)
    }

    @Sendable func district(req: Request) async throws -> Response {
        let (unit, authority) = try await Self.district(req)
        let lang = req.language
        let items = try await InformationQueries(db: req.db).published(unit: unit.code, now: now(req))
        let today = LocalDate(now(req))
        let listed = items.filter { $0.isListed(today: today) }
        var query = CatalogIndex.Query()
        query.unit = unit.code
        query.language = lang
        query.sort = .name
        query.limit = 8
        let services = try await req.application.catalog.index(on: req.application).search(query)
        let figures = try await PublishedFigures.read(Scope(.unit, unit.code), req: req)
        let page = DistrictPage(
            code: unit.code, name: unit.name.text(lang), region: unit.economicRegion.text(lang),
            authority: authority.map { .init(code: $0.code, name: $0.name.text(lang)) },
            news: Self.links(listed.filter { $0.kind == .news }.prefix(5), authority, lang),
            announcements: Self.links(listed.filter { $0.kind == .announcement }, authority, lang),
            pages: Self.links(listed.filter { $0.kind == .page }.sorted { $0.firstPublishedAt < $1.firstPublishedAt }, authority, lang),
            documents: Self.links(listed.filter { $0.kind == .document }.prefix(5), authority, lang),
            services: services.hits.map { .init(code: $0.entry.definition.code, name: $0.entry.definition.name.text(lang)) },
            servicesTotal: services.total,
            figures: figures.map { DistrictPage.FigureLine($0, lang) })
        let title = req.t("information.district.title", unit.name.text(lang))
        return try req.render(page, titleKey: "information.district.title", titleArguments: [unit.name.text(lang)], forms: false,
                              head: Self.openGraph(req, title: title, description: req.t("information.district.lead", unit.name.text(lang)),
                                                   path: "/r/\(unit.code)", type: "website")
                                + [Self.feedLink(req, "/r/\(unit.code)/feed.atom", title: title)])
    }

    @Sendable func agency(req: Request) async throws -> Response {
        let agency = try await Self.agency(req)
        let lang = req.language
        let today = LocalDate(now(req))
        let items = try await InformationQueries(db: req.db).published(agency: agency.id, now: now(req)).filter { $0.isListed(today: today) }
        let page = AgencyInformationPage(
            code: agency.code, name: agency.name.text(lang), unitCode: agency.territorialUnitCode,
            sections: ItemKind.allCases.map { kind in .init(kind: kind.segment, items: Self.links(items.filter { $0.kind == kind }, agency, lang)) })
        let title = req.t("information.agency.title", agency.name.text(lang))
        return try req.render(page, titleKey: "information.agency.title", titleArguments: [agency.name.text(lang)], forms: false,
                              head: Self.openGraph(req, title: title, description: title, path: "/agencies/\(agency.code)/information", type: "website")
                                + [Self.feedLink(req, "/agencies/\(agency.code)/feed.atom", title: title)])
    }

    @Sendable func item(req: Request) async throws -> Response {
        let (agency, found) = try await Self.item(req, now: now(req))
        let path = found.path(agencyCode: agency.code)
        // One URL per thing: the en and ru slugs lead to the item's one address.
        if req.url.path != path { return req.redirect(to: path, redirectType: .permanent) }
        return try await render(req, agency, found, found.current, historical: false)
    }

    @Sendable func version(req: Request) async throws -> Response {
        let (agency, found) = try await Self.item(req, now: now(req))
        guard let number = req.parameters.get("version").flatMap(Int.init), let shown = found.versions.first(where: { $0.version == number }),
              req.url.path == found.path(agencyCode: agency.code) + "/versions/\(number)" else { throw Abort(.notFound) }
        return try await render(req, agency, found, shown, historical: true)
    }

    func render(_ req: Request, _ agency: AgencySummary, _ found: PublicItem, _ shown: PublishedVersion, historical: Bool) async throws -> Response {
        let lang = req.language
        let reading = Reading(shown, lang)
        let path = found.path(agencyCode: agency.code)
        let unitName = try await found.unitCode.asyncMap { try await req.portal.directory.unit(code: $0)?.name.text(lang) } ?? nil
        let page = ItemPage(
            agencyCode: agency.code, agencyName: agency.name.text(lang), unitCode: found.unitCode, unitName: unitName,
            kind: found.kind.segment, path: path, title: reading.title, text: found.isWithdrawn && !historical ? nil : reading.body,
            contentLang: reading.fallback ? "az" : nil, untranslated: reading.fallback,
            published: BakuTime.display(found.firstPublishedAt, lang),
            updated: historical ? nil : found.updatedAt.map { BakuTime.display($0, lang) }, changeNote: historical ? nil : found.current.changeNote,
            validUntil: shown.validUntil.flatMap(LocalDate.init(iso:)).map { BakuTime.displayDate($0, lang) },
            expired: found.kind == .announcement && !found.isListed(today: LocalDate(now(req))) && !found.isWithdrawn,
            document: found.kind == .document ? .init(type: shown.documentType ?? "", number: shown.documentNumber ?? "",
                                                      date: shown.documentDate.flatMap(LocalDate.init(iso:)).map { BakuTime.displayDate($0, lang) } ?? "",
                                                      href: shown.fileSHA256 == nil || found.isWithdrawn ? nil : path + "/file") : nil,
            withdrawn: found.withdrawnAt.map { .init(when: BakuTime.display($0, lang), reason: found.withdrawalReason ?? "") },
            versions: found.versions.reversed().map {
                .init(number: $0.version, when: BakuTime.display($0.publishAt, lang), note: $0.changeNote, href: path + "/versions/\($0.version)",
                      current: $0.version == shown.version)
            },
            historical: historical ? shown.version : nil)
        let status: HTTPResponseStatus = found.isWithdrawn && !historical ? .gone : .ok
        return try req.render(page, titleKey: "information.item.title", titleArguments: [reading.title], status: status, forms: false,
                              head: Self.openGraph(req, title: reading.title,
                                                   description: page.text.map { String(SafeMarkdown.plainText($0).prefix(200)) } ?? page.withdrawn?.reason ?? "",
                                                   path: path, type: "article"))
    }

    @Sendable func file(req: Request) async throws -> Response {
        let (agency, found) = try await Self.item(req, now: now(req))
        guard found.kind == .document, !found.isWithdrawn, let sha = found.current.fileSHA256,
              req.url.path == found.path(agencyCode: agency.code) + "/file", let bytes = try req.application.files.read(sha) else { throw Abort(.notFound) }
        return .download(ByteBuffer(bytes: bytes), filename: "\(found.slugAZ).pdf", contentType: "application/pdf", personal: false)
    }

    // MARK: feeds and sitemap

    @Sendable func districtFeed(req: Request) async throws -> Response {
        let (unit, authority) = try await Self.district(req)
        let lang = Self.feedLanguage(req)
        let items = try await InformationQueries(db: req.db).published(unit: unit.code, kinds: [.news, .announcement, .document], now: now(req))
        let title = req.portal.localizer.text("information.district.title", lang, [unit.name.text(lang)])
        return try await feed(req, items: items, lang: lang, title: title, author: authority?.name.text(lang) ?? title, page: "/r/\(unit.code)")
    }

    @Sendable func agencyFeed(req: Request) async throws -> Response {
        let agency = try await Self.agency(req)
        let lang = Self.feedLanguage(req)
        let items = try await InformationQueries(db: req.db).published(agency: agency.id, kinds: [.news, .announcement, .document], now: now(req))
        let title = req.portal.localizer.text("information.agency.title", lang, [agency.name.text(lang)])
        return try await feed(req, items: items, lang: lang, title: title, author: agency.name.text(lang), page: "/agencies/\(agency.code)/information")
    }

    func feed(_ req: Request, items: [PublicItem], lang: Language, title: String, author: String, page: String) async throws -> Response {
        let base = req.portal.config.publicBaseURL
        let today = LocalDate(now(req))
        var entries: [AtomFeed.Entry] = []
        for item in items.filter({ $0.isListed(today: today) }).prefix(50) {
            guard let agency = try await req.portal.directory.agency(id: item.agencyID) else { continue }
            let reading = Reading(item.current, lang)
            entries.append(.init(id: item.id, title: reading.title, link: base + item.path(agencyCode: agency.code), published: item.firstPublishedAt,
                                 updated: item.current.publishAt, summary: String(SafeMarkdown.plainText(reading.body).prefix(400))))
        }
        let suffix = lang == .az ? "" : "?lang=\(lang.rawValue)"
        let feed = AtomFeed(selfURL: base + req.url.path + suffix, pageURL: base + page, title: title, author: author, language: lang.rawValue,
                            fallbackUpdated: Date(timeIntervalSince1970: 1_767_225_600), entries: entries)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "atom+xml", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(string: feed.xml))
    }

    @Sendable func sitemap(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "xml", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=600")
        let map = Sitemap(base: req.portal.config.publicBaseURL, locations: try await SitemapLocations(req: req, now: now(req)).all())
        return Response(status: .ok, headers: headers, body: .init(string: map.xml))
    }
}
