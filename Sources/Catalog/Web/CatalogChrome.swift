import NIOConcurrencyHelpers
import PortalHTTP

/// The catalog page's long lists (filter options, browse links) in one language, computed once per
/// index version and language instead of on every request (the view writes them as they are).
struct CatalogChrome: Sendable {
    let events: [Choice]
    let categories: [Choice]
    let agencies: [Choice]
    let audiences: [Choice]
    let channels: [Choice]
    let units: [Choice]
    let sorts: [Choice]
    let eventLinks: [Choice]
    let categoryLinks: [Choice]

    static let cache = NIOLockedValueBox([String: CatalogChrome]())

    static func cached(req: Request, index: CatalogIndex) async throws -> CatalogChrome {
        let key = "\(req.application.catalog.version)|\(req.language.rawValue)|\(ObjectIdentifier(req.application))"
        if let found = cache.withLockedValue({ $0[key] }) { return found }
        let made = try await make(req: req, index: index)
        cache.withLockedValue { cache in
            if cache.count > 64 { cache.removeAll() }
            cache[key] = made
        }
        return made
    }

    static func make(req: Request, index: CatalogIndex) async throws -> CatalogChrome {
        let lang = req.language
        func items<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ prefix: String) -> [Choice] where T.RawValue == String {
            T.allCases.map { Choice(value: $0.rawValue, label: req.t(prefix + $0.rawValue)) }
        }
        let agencies = Dictionary(index.entries.map { ($0.agency.code, $0.agency) }, uniquingKeysWith: { a, _ in a }).values
            .sortedAzerbaijani { $0.name.text(lang) }
        let units = try await req.portal.directory.units().filter(\.isPickable)
        return CatalogChrome(
            events: items(LifeEvent.self, "catalog.event."), categories: items(ServiceCategory.self, "catalog.category."),
            agencies: agencies.map { Choice(value: $0.code, label: $0.name.text(lang)) },
            audiences: items(Audience.self, "catalog.audience."), channels: items(Channel.self, "catalog.channel."),
            units: units.choices(req),
            sorts: [CatalogIndex.Sort.relevance, .name].map { Choice(value: $0.rawValue, label: req.t("catalog.sort.\($0.rawValue)")) },
            eventLinks: items(LifeEvent.self, "catalog.event."), categoryLinks: items(ServiceCategory.self, "catalog.category."))
    }
}
