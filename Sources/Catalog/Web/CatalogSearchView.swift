import PortalHTTP

/// `/services`: the catalog search page's model.
struct CatalogSearchPage: Sendable {
    typealias Hit = CatalogPages.Hit

    var query: CatalogIndex.Query
    /// The query text as typed (trimmed); nil when empty.
    var text: String?
    var hits: [Hit]
    var total: Int
    var correctedQuery: String?
    var filtered: Bool
    var chrome: CatalogChrome
    var pages: [PageLink]
    var from: Int
    var to: Int
}

extension CatalogSearchPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.search.heading") }
        form(.method("get"), .action("/services"), .class("search-form"), .role("search")) {
            label(.for("q")) { t("catalog.search.label") }
            p(.class("hint"), .id("q-hint")) { t("catalog.search.hint") }
            div(.class("search-row")) {
                input(.id("q"), .name("q"), .type("search"), .value(text ?? ""), .ariaDescribedBy("q-hint"), .autocomplete("off"))
                button(.type("submit")) { t("home.search.button") }
            }
            details(.class("filters"), .open(filtered)) {
                summary { t("catalog.filters") }
                div(.class("filter-grid")) {
                    filter("event", t("catalog.filter.event"), chrome.events, query.lifeEvent?.rawValue)
                    filter("category", t("catalog.filter.category"), chrome.categories, query.category?.rawValue)
                    filter("agency", t("catalog.filter.agency"), chrome.agencies, query.agencyCode)
                    filter("audience", t("catalog.filter.audience"), chrome.audiences, query.audience?.rawValue)
                    filter("channel", t("catalog.filter.channel"), chrome.channels, query.channel?.rawValue)
                    filter("unit", t("catalog.filter.unit"), chrome.units, query.unit)
                    div(.class("field")) {
                        label(.for("sort")) { t("catalog.filter.sort") }
                        select(.id("sort"), .name("sort")) { Options(chrome.sorts, selected: query.sort.rawValue) }
                    }
                    div(.class("checkbox")) {
                        input(.type("checkbox"), .id("online"), .name("online"), .value("1"), .checked(query.onlineOnly))
                        label(.for("online")) { t("catalog.filter.online") }
                    }
                }
                button(.type("submit"), .class("button-secondary")) { t("catalog.filters.apply") }
            }
        }
        if let correctedQuery {
            p(.class("notice"), .role("status")) { t("catalog.search.corrected", correctedQuery, text ?? "") }
        }
        p(.role("status"), .class("result-count")) {
            if total == 0 { t("catalog.search.none") } else { t("catalog.search.count", String(total), String(from), String(to)) }
        }
        if total == 0 {
            p { t("catalog.search.none_help") }
            p { a(.href("/agencies")) { t("search.browse_agencies") }; " · "; a(.href("/services")) { t("catalog.search.all") } }
        } else {
            ol(.class("service-list")) {
                for hit in hits {
                    li {
                        h2(.class("service-title")) {
                            a(.href("/services/\(hit.code)")) {
                                for segment in hit.name {
                                    if segment.mark { mark { segment.text } } else { segment.text }
                                }
                            }
                        }
                        p(.class("muted")) {
                            hit.agency; " · "; hit.stage
                            if hit.electronic { " · "; strong(.class("tag tag-online")) { t("catalog.badge.online") } }
                            " · "; hit.fee
                        }
                        p { hit.description }
                    }
                }
            }
        }
        Pagination(label: t("catalog.pages"), links: pages)
        browse(t("catalog.browse.events"), chrome.eventLinks, "event", query.lifeEvent?.rawValue)
        browse(t("catalog.browse.categories"), chrome.categoryLinks, "category", query.category?.rawValue)
        p { a(.href("/registry/report")) { t("catalog.report.link") } }
    }

    @HTMLBuilder
    func filter(_ name: String, _ title: Localized, _ choices: [Choice], _ selected: String?) -> some HTMLContent {
        div(.class("field")) {
            label(.for(name)) { title }
            select(.id(name), .name(name)) { Options(choices, selected: selected, placeholder: t("catalog.filter.any")) }
        }
    }

    /// Browse by life event / by category: links, the current one marked.
    @HTMLBuilder
    func browse(_ heading: Localized, _ choices: [Choice], _ parameter: String, _ current: String?) -> some HTMLContent {
        h2 { heading }
        ul(.class("chips")) {
            for choice in choices {
                li { a(.href("/services?\(parameter)=\(choice.value)"), .ariaCurrent("true", when: choice.value == current)) { choice.label } }
            }
        }
    }
}
