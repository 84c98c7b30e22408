import PortalHTTP

extension AgencyPages {
    struct AgencyRow: Sendable {
        var code: String
        var name: String
        var unit: String?
    }

    /// `/agencies`: the search box and the agencies found, central ones first, then local executive authorities.
    struct ListPage: Sendable {
        var query: String
        var central: [AgencyRow]
        var local: [AgencyRow]
        var total: Int
    }

    /// `/agencies/:code`: one agency, its names in the other languages, its place and subordinates.
    struct DetailPage: Sendable {
        var code: String
        var name: String
        var kindLabel: String
        var unit: String?
        var economicRegion: String?
        var parent: AgencyRow?
        var children: [AgencyRow]
        /// An http(s) address (`WebLink.httpURL`), or nil.
        var website: String?
        var otherNames: [String]
    }
}

extension AgencyPages.ListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("agencies.heading") }
        form(.method("get"), .action("/agencies"), .class("search-form"), .role("search")) {
            label(.for("q")) { t("agencies.search.label") }
            p(.class("hint"), .id("q-hint")) { t("agencies.search.hint") }
            div(.class("search-row")) {
                input(.id("q"), .name("q"), .type("search"), .value(query), .ariaDescribedBy("q-hint"))
                button(.type("submit")) { t("home.search.button") }
            }
        }
        p(.role("status")) { t("agencies.count", String(total)) }
        h2 { t("agencies.central") }
        ul(.class("results")) { for row in central { li { a(.href("/agencies/\(row.code)")) { row.name } } } }
        h2 { t("agencies.local") }
        ul(.class("results columns")) { for row in local { li { a(.href("/agencies/\(row.code)")) { row.name } } } }
    }
}

extension AgencyPages.DetailPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { kindLabel }
        h1 { name }
        SummaryList {
            for other in otherNames { SummaryRow(t("agency.other_name")) { other } }
            SummaryRow(t("agency.code")) { self.code }
            if let unit { SummaryRow(t("agency.unit")) { unit } }
            if let economicRegion { SummaryRow(t("agency.economic_region")) { economicRegion } }
            if let parent { SummaryRow(t("agency.parent")) { a(.href("/agencies/\(parent.code)")) { parent.name } } }
            if let website { SummaryRow(t("agency.website")) { a(.href(website), .rel("noopener")) { website } } }
        }
        if !children.isEmpty {
            h2 { t("agency.children") }
            ul { for child in children { li { a(.href("/agencies/\(child.code)")) { child.name } } } }
        }
        // What the body publishes (the Information module's page under this one's address).
        p { a(.href("/agencies/\(self.code)/information")) { t("agency.information") } }
        p { a(.href("/agencies")) { t("agency.back") } }
    }
}
