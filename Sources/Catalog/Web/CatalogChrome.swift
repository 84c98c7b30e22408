import NIOConcurrencyHelpers
import PortalHTTP

/// The catalog page's long lists (filter options, browse links) in one language, computed once per
/// index version and language instead of on every request.
struct CatalogChrome: Sendable {
    typealias Item = Choice

    let events: [Item]
    let categories: [Item]
    let agencies: [Item]
    let audiences: [Item]
    let channels: [Item]
    let units: [Item]
    let sorts: [Item]
    let eventLinks: [Item]
    let categoryLinks: [Item]
    let browseHeadings: (events: String, categories: String)

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
        func items<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ prefix: String) -> [Item] where T.RawValue == String {
            T.allCases.map { Choice(value: $0.rawValue, label: req.t(prefix + $0.rawValue)) }
        }
        let agencies = Dictionary(index.entries.map { ($0.agency.code, $0.agency) }, uniquingKeysWith: { a, _ in a }).values
            .sortedAzerbaijani { $0.name.text(lang) }
        let units = try await req.portal.directory.units().filter { $0.kind != "autonomous_republic" }
        return CatalogChrome(
            events: items(LifeEvent.self, "catalog.event."), categories: items(ServiceCategory.self, "catalog.category."),
            agencies: agencies.map { Choice(value: $0.code, label: $0.name.text(lang)) },
            audiences: items(Audience.self, "catalog.audience."), channels: items(Channel.self, "catalog.channel."),
            units: units.map { Choice(value: $0.code, label: $0.name.text(lang)) },
            sorts: [CatalogIndex.Sort.relevance, .name].map { Choice(value: $0.rawValue, label: req.t("catalog.sort.\($0.rawValue)")) },
            eventLinks: items(LifeEvent.self, "catalog.event."), categoryLinks: items(ServiceCategory.self, "catalog.category."),
            browseHeadings: (req.t("catalog.browse.events"), req.t("catalog.browse.categories")))
    }

    /// Browse-by-life-event and by-category link lists, the current one marked.
    func browse(current query: CatalogIndex.Query) -> String {
        func list(_ heading: String, _ items: [Item], _ parameter: String, _ current: String?) -> String {
            var out = "<h2>\(HTML.escape(heading))</h2><ul class=\"chips\">"
            for item in items {
                out += "<li><a href=\"/services?\(parameter)=\(HTML.escape(item.value))\""
                if item.value == current { out += " aria-current=\"true\"" }
                if case .text(let label) = item.label { out += ">\(HTML.escape(label))</a></li>" }
            }
            return out + "</ul>"
        }
        return list(browseHeadings.events, eventLinks, "event", query.lifeEvent?.rawValue)
            + list(browseHeadings.categories, categoryLinks, "category", query.category?.rawValue)
    }
}

extension HTML {
    /// The Leaf page's `<option>`s from chrome choices (same work as before the choices were typed).
    static func options(_ choices: [Choice], selected: String?, any: String?) -> String {
        var out = any.map { "<option value=\"\">\(escape($0))</option>" } ?? ""
        for choice in choices {
            guard case .text(let label) = choice.label else { continue }
            out += "<option value=\"\(escape(choice.value))\""
            if choice.value == selected { out += " selected" }
            out += ">\(escape(label))</option>"
        }
        return out
    }
}
