import Catalog
import PortalHTTP

/// The words of a version in the reader's language, or in Azerbaijani (and saying so) where nobody
/// has written the translation.
struct Reading {
    var title: String
    var body: String
    /// True when the reader's language is missing and Azerbaijani is shown.
    var fallback: Bool

    init(_ version: PublishedVersion, _ lang: Language) {
        switch lang {
        case .az: (title, body, fallback) = (version.title.az, version.body.az, false)
        case .en: (title, body, fallback) = version.title.en.map { ($0, version.body.en ?? version.body.az, false) } ?? (version.title.az, version.body.az, true)
        case .ru: (title, body, fallback) = version.title.ru.map { ($0, version.body.ru ?? version.body.az, false) } ?? (version.title.az, version.body.az, true)
        }
    }
}

extension InformationPages {
    /// The unit of `/r/:unit` (a city or rayon by its ISO 3166-2:AZ code) and its executive authority.
    static func district(_ req: Request) async throws -> (TerritorialUnitSummary, AgencySummary?) {
        guard let code = req.parameters.get("unit"), code.count <= 12, let unit = try await req.portal.directory.unit(code: code),
              unit.isPickable else { throw Abort(.notFound) }
        let authority = try await req.portal.directory.agencies().first { $0.isLocalExecutive && $0.territorialUnitCode == unit.code }
        return (unit, authority)
    }

    static func agency(_ req: Request) async throws -> AgencySummary {
        guard let code = req.parameters.get("code"), code.count <= 32, let agency = try await req.portal.directory.agency(code: code) else {
            throw Abort(.notFound)
        }
        return agency
    }

    /// The published item of `/agencies/:code/:segment/:slug` (withdrawn ones too: their URL says so).
    static func item(_ req: Request, now: Date) async throws -> (AgencySummary, PublicItem) {
        let agency = try await agency(req)
        guard let kind = req.parameters.get("segment").flatMap(ItemKind.init(segment:)),
              let slug = req.parameters.get("slug"), Slug.isWellFormed(slug),
              let item = try await InformationQueries(db: req.db).item(agency: agency.id, kind: kind, slug: slug, now: now) else {
            throw Abort(.notFound)
        }
        return (agency, item)
    }

    static func links<S: Sequence>(_ items: S, _ agency: AgencySummary?, _ lang: Language) -> [ItemLink] where S.Element == PublicItem {
        guard let agency else { return [] }
        return items.map { item in
            let reading = Reading(item.current, lang)
            return ItemLink(title: reading.title, href: item.path(agencyCode: agency.code), date: BakuTime.display(item.firstPublishedAt, lang),
                            untranslated: reading.fallback, updated: item.updatedAt != nil,
                            validUntil: item.current.validUntil.flatMap(LocalDate.init(iso:)).map { BakuTime.displayDate($0, lang) })
        }
    }

    /// OpenGraph tags (https://ogp.me): title, description, type, absolute URL, locale, site name.
    static func openGraph(_ req: Request, title: String, description: String, path: String, type: String) -> [HeadElement] {
        let locales: [Language: String] = [.az: "az_AZ", .en: "en_GB", .ru: "ru_RU"]
        let base = req.portal.config.publicBaseURL
        return [
            .property("og:title", content: title),
            .property("og:description", content: description.isEmpty ? title : description),
            .property("og:type", content: type),
            .property("og:url", content: base + path),
            .property("og:locale", content: locales[req.language] ?? "az_AZ"),
            .property("og:site_name", content: req.t("site.name")),
            .link(rel: "canonical", href: base + path),
        ]
    }

    static func feedLink(_ req: Request, _ path: String, title: String) -> HeadElement {
        .link(rel: "alternate", href: path + (req.language == .az ? "" : "?lang=\(req.language.rawValue)"), type: "application/atom+xml",
              title: title, hreflang: req.language.rawValue)
    }

    /// A feed reader has no cookie: `?lang=en|ru` chooses the language, else the request's.
    static func feedLanguage(_ req: Request) -> Language {
        req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? req.language
    }
}

/// Every public page the sitemap lists: the shell's, the catalog's services, the agencies, district
/// portals, the information items (published, not withdrawn) and the accountability pages.
struct SitemapLocations {
    let req: Request
    let now: Date

    func all() async throws -> [Sitemap.Location] {
        var out: [Sitemap.Location] = ["/", "/services", "/agencies", "/reception", "/accountability", "/r"].map { .init(path: $0) }
        let index = try await req.application.catalog.index(on: req.application)
        for entry in index.entries {
            out.append(.init(path: "/services/\(entry.definition.code)", modified: entry.publishedAt))
            out.append(.init(path: "/accountability/services/\(entry.definition.code)"))
        }
        let agencies = try await req.portal.directory.agencies()
        let units = Set(agencies.filter(\.isLocalExecutive).compactMap(\.territorialUnitCode))
        for unit in try await req.portal.directory.units() where unit.isPickable {
            if units.contains(unit.code) { out.append(.init(path: "/r/\(unit.code)")) }
            out.append(.init(path: "/accountability/units/\(unit.code)"))
        }
        let items = try await InformationQueries(db: req.db).published(now: now)
        let byAgency = Dictionary(grouping: items, by: \.agencyID)
        for agency in agencies.sorted(by: { $0.code < $1.code }) {
            out.append(.init(path: "/agencies/\(agency.code)"))
            out.append(.init(path: "/accountability/agencies/\(agency.code)"))
            guard let own = byAgency[agency.id] else { continue }
            out.append(.init(path: "/agencies/\(agency.code)/information", modified: own.map(\.current.publishAt).max()))
            for item in own {
                out.append(.init(path: item.path(agencyCode: agency.code), modified: item.current.publishAt))
            }
        }
        return out
    }
}

extension Sitemap.Location: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self.init(path: value) }
}
