import Plot
import PortalHTTP

/// CANDIDATE (b) of docs/adr/0008: the catalog search page in Plot, for the measurement only.
enum PlotCatalog {
    typealias Body = PlotViews.Body

    /// (Written as separate functions with explicit types: inline, Swift gave up type-checking the page.)
    static func hitList(_ page: CatalogSearchPage, _ s: ViewStrings) -> Body {
        .ol(.class("service-list"), .forEach(page.hits) { hit in hitItem(hit, s) })
    }

    static func hitItem(_ hit: CatalogSearchPage.Hit, _ s: ViewStrings) -> Plot.Node<Plot.HTML.ListContext> {
        let online: Body = hit.electronic ? .group(.text(" · "), .strong(.class("tag tag-online"), .text(s.text("catalog.badge.online")))) : .empty
        return .li(.h2(.class("service-title"), .a(.href(PlotViews.esc("/services/\(hit.code)")), .forEach(hit.name) { segment in segmentNode(segment) })),
                   .p(.class("muted"), .text(hit.agency + " · " + hit.stage), online, .text(" · " + hit.fee)),
                   .p(.text(hit.description)))
    }

    static func pagination(_ page: CatalogSearchPage, _ s: ViewStrings) -> Body {
        guard !page.pages.isEmpty else { return .empty }
        return .nav(.class("pagination"), PlotViews.attribute("aria-label", s.text("catalog.pages")),
                    .ul(.forEach(page.pages) { link in pageItem(link) }))
    }

    static func pageItem(_ link: PageLink) -> Plot.Node<Plot.HTML.ListContext> {
        if link.current { return .li(.span(PlotViews.attribute("aria-current", "page"), .text(link.label))) }
        return .li(.a(.href(PlotViews.esc(link.url)), .text(link.label)))
    }

    static func segmentNode(_ segment: Highlighter.Segment) -> Plot.Node<Plot.HTML.AnchorContext> {
        segment.mark ? .element(named: "mark", text: segment.text) : .text(segment.text)
    }

    static func search(_ page: CatalogSearchPage, _ s: ViewStrings) -> Body {
        let q = page.query
        let any = s.text("catalog.filter.any")
        func filter(_ name: String, _ key: String, _ choices: [Choice], _ selected: String?) -> Plot.Node<Plot.HTML.DetailsContext> {
            .div(.class("field"), .label(PlotViews.attribute("for", name), .text(s.text(key))),
                 .element(named: "select", nodes: [PlotViews.attribute("id", name), PlotViews.attribute("name", name)]
                          + PlotViews.options(choices, selected: selected, any: any, s)))
        }
        func browse(_ key: String, _ choices: [Choice], _ parameter: String, _ current: String?) -> Body {
            .group(.h2(.text(s.text(key))),
                   .ul(.class("chips"), .forEach(choices) { choice in
                       .li(.a(.href(PlotViews.esc("/services?\(parameter)=\(choice.value)")),
                              .if(choice.value == current, PlotViews.attribute("aria-current", "true")), .text(choice.label.resolved(s))))
                   }))
        }
        return .group(
            .h1(.text(s.text("catalog.search.heading"))),
            .form(.method(.get), .action("/services"), .class("search-form"), PlotViews.attribute("role", "search"),
                .label(PlotViews.attribute("for", "q"), .text(s.text("catalog.search.label"))),
                .p(.class("hint"), .id("q-hint"), .text(s.text("catalog.search.hint"))),
                .div(.class("search-row"),
                    .input(.id("q"), .name("q"), .type(.search), .value(PlotViews.esc(page.text ?? "")),
                           .attribute(named: "aria-describedby", value: "q-hint"), .attribute(named: "autocomplete", value: "off")),
                    .button(.type(.submit), .text(s.text("home.search.button")))),
                .details(.class("filters"), .if(page.filtered, .attribute(named: "open")),
                    .summary(.text(s.text("catalog.filters"))),
                    .div(.class("filter-grid"),
                        filter("event", "catalog.filter.event", page.chrome.events, q.lifeEvent?.rawValue),
                        filter("category", "catalog.filter.category", page.chrome.categories, q.category?.rawValue),
                        filter("agency", "catalog.filter.agency", page.chrome.agencies, q.agencyCode),
                        filter("audience", "catalog.filter.audience", page.chrome.audiences, q.audience?.rawValue),
                        filter("channel", "catalog.filter.channel", page.chrome.channels, q.channel?.rawValue),
                        filter("unit", "catalog.filter.unit", page.chrome.units, q.unit),
                        Plot.Node<Plot.HTML.DetailsContext>.div(.class("field"), .label(PlotViews.attribute("for", "sort"), .text(s.text("catalog.filter.sort"))),
                             .element(named: "select", nodes: [PlotViews.attribute("id", "sort"), PlotViews.attribute("name", "sort")]
                                      + PlotViews.options(page.chrome.sorts, selected: q.sort.rawValue, any: nil, s))),
                        .div(.class("checkbox"),
                             .input(.type(.checkbox), .id("online"), .name("online"), .value("1"), .checked(q.onlineOnly)),
                             .label(PlotViews.attribute("for", "online"), .text(s.text("catalog.filter.online"))))),
                    .button(.type(.submit), .class("button-secondary"), .text(s.text("catalog.filters.apply"))))),
            .unwrap(page.correctedQuery) { corrected in
                .p(.class("notice"), PlotViews.attribute("role", "status"), .text(s.text("catalog.search.corrected", [corrected, page.text ?? ""])))
            },
            .p(PlotViews.attribute("role", "status"), .class("result-count"),
               .text(page.total == 0 ? s.text("catalog.search.none") : s.text("catalog.search.count", [String(page.total), String(page.from), String(page.to)]))),
            .if(page.total == 0,
                .group(.p(.text(s.text("catalog.search.none_help"))),
                       .p(.a(.href("/agencies"), .text(s.text("search.browse_agencies"))), .text(" · "), .a(.href("/services"), .text(s.text("catalog.search.all"))))),
                else: hitList(page, s)),
            pagination(page, s),
            browse("catalog.browse.events", page.chrome.eventLinks, "event", q.lifeEvent?.rawValue),
            browse("catalog.browse.categories", page.chrome.categoryLinks, "category", q.category?.rawValue),
            .p(.a(.href("/registry/report"), .text(s.text("catalog.report.link"))))
        )
    }
}
