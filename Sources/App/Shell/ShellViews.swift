import PortalHTTP

/// `/`: the home page's model (the modules' entries) and its view.
struct HomePage: Sendable {
    var entries: [HomeEntry]
}

extension HomePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("home.heading") }
        p(.class("lead")) { t("home.lead") }
        SiteSearchForm(query: nil)
        h2 { t("home.entries") }
        ul(.class("tiles")) {
            for entry in entries {
                li(.class("tile")) {
                    a(.href(entry.path)) {
                        span(.class("tile-title")) { t(dynamic: entry.titleKey) }
                        span(.class("tile-text")) { t(dynamic: entry.descriptionKey) }
                    }
                }
            }
        }
    }
}

/// The site-wide search box (home and `/search`).
struct SiteSearchForm: HTMLView {
    var query: String?

    var body: some HTMLContent {
        form(.method("get"), .action("/search"), .class("search-form"), .role("search")) {
            label(.for("q")) { t("home.search.label") }
            div(.class("search-row")) {
                input(.id("q"), .name("q"), .type("search"), .value(query), .autocomplete("off"))
                button(.type("submit")) { t("home.search.button") }
            }
        }
    }
}

/// `/search?q=`: what every module found, grouped.
struct SiteSearchPage: Sendable {
    struct Group: Sendable {
        var headingKey: String
        var hits: [SearchHit]
    }

    /// Nil when nothing was searched.
    var query: String?
    var groups: [Group]
    var total: Int { groups.reduce(0) { $0 + $1.hits.count } }
}

extension SiteSearchPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("search.heading") }
        SiteSearchForm(query: query)
        if let query {
            p(.role("status")) { t("search.count", String(total), query) }
            for group in groups {
                h2 { t(dynamic: group.headingKey) }
                ul(.class("results")) {
                    for hit in group.hits {
                        li {
                            a(.href(hit.path)) { hit.title }
                            if let subtitle = hit.subtitle { " "; span(.class("muted")) { subtitle } }
                        }
                    }
                }
            }
            if total == 0 {
                p { t("search.nothing") }
                p { a(.href("/agencies")) { t("search.browse_agencies") } }
            }
        }
    }
}
