import Accountability
import PortalHTTP

/// An item in a list: its title in the reader's language (or Azerbaijani, marked), date and notes.
struct ItemLink: Sendable {
    var title: String
    var href: String
    var date: String
    var untranslated: Bool
    var updated: Bool
    var validUntil: String?
}

/// A list of items, or the list's empty state.
struct ItemList: HTMLView {
    let items: [ItemLink]

    var body: some HTMLContent {
        if items.isEmpty {
            p(.class("muted")) { t("information.list.empty") }
        } else {
            ul(.class("results information-list")) {
                for item in items {
                    li {
                        a(.href(item.href), .lang(item.untranslated ? "az" : nil)) { item.title }
                        p(.class("muted")) {
                            item.date
                            if let until = item.validUntil { " · "; t("information.list.valid_until", until) }
                            if item.updated { " · "; t("information.list.updated") }
                            if item.untranslated { " · "; t("information.list.in_azerbaijani") }
                        }
                    }
                }
            }
        }
    }
}

/// `/r`: the district portals, one per city and rayon with an executive authority.
struct DistrictsPage: Sendable {
    struct Row: Sendable {
        var code: String
        var name: String
        var region: String
    }

    var rows: [Row]
}

extension DistrictsPage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs([.init(t("nav.home"), href: "/"), .init(t("information.districts.heading"), href: nil)])
        h1 { t("information.districts.heading") }
        p(.class("lead")) { t("information.districts.lead") }
        ul(.class("results columns")) {
            for row in rows { li { a(.href("/r/\(row.code)")) { row.name }; " "; span(.class("muted")) { row.region } } }
        }
    }
}

/// `/r/{unit}`: a city's or rayon's portal — its executive authority, news and announcements, pages,
/// documents, reception, services, figures, and the place participation will take.
struct DistrictPage: Sendable {
    struct Authority: Sendable {
        var code: String
        var name: String
    }

    struct Service: Sendable {
        var code: String
        var name: String
    }

    /// The unit's headline figures over the accountability period, already written out.
    struct FigureLine: Sendable {
        var period: String
        var received: String
        var closed: String
        var onTime: String?
        var held: String
        var path: String

        init(_ f: PublishedFigures, _ lang: Language) {
            period = "\(BakuTime.displayDate(f.from, lang)) – \(BakuTime.displayDate(f.to, lang))"
            received = String(f.figures.received)
            closed = String(f.figures.closed)
            onTime = f.figures.onTimeShare.map { lang.percent($0 * 100) }
            held = String(f.figures.receptionsHeld)
            path = f.path
        }
    }

    var code: String
    var name: String
    var region: String
    var authority: Authority?
    var news: [ItemLink]
    var announcements: [ItemLink]
    var pages: [ItemLink]
    var documents: [ItemLink]
    var services: [Service]
    var servicesTotal: Int
    var figures: FigureLine?
}

extension DistrictPage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs([.init(t("nav.home"), href: "/"), .init(t("information.districts.heading"), href: "/r"), .init(text: name, href: nil)])
        p(.class("muted")) { region }
        h1 { t("information.district.heading", name) }
        if let authority {
            p(.class("lead")) { a(.href("/agencies/\(authority.code)")) { authority.name } }
        }
        section(.ariaLabelledBy("announcements")) {
            h2(.id("announcements")) { t("information.section.announcements") }
            ItemList(items: announcements)
        }
        section(.ariaLabelledBy("news")) {
            h2(.id("news")) { t("information.section.news") }
            ItemList(items: news)
            if let authority {
                p { a(.href("/agencies/\(authority.code)/information")) { t("information.district.all_information") } }
            }
            p { a(.href("/r/\(code)/feed.atom"), .type("application/atom+xml")) { t("information.feed") } }
        }
        section(.ariaLabelledBy("reception")) {
            h2(.id("reception")) { t("information.section.reception") }
            p { t("information.district.reception_lead") }
            p { a(.href("/reception?unit=\(code)")) { t("information.district.reception_link", name) } }
        }
        section(.ariaLabelledBy("services")) {
            h2(.id("services")) { t("information.section.services") }
            if services.isEmpty {
                p(.class("muted")) { t("information.district.no_services") }
            } else {
                ul(.class("results")) { for service in services { li { a(.href("/services/\(service.code)")) { service.name } } } }
                p { a(.href("/services?unit=\(code)")) { t("information.district.all_services", String(servicesTotal)) } }
            }
        }
        section(.ariaLabelledBy("figures")) {
            h2(.id("figures")) { t("information.section.figures") }
            if let figures {
                p { t("information.district.figures_period", figures.period) }
                SummaryList {
                    SummaryRow(t("information.figure.received")) { figures.received }
                    SummaryRow(t("information.figure.closed")) { figures.closed }
                    SummaryRow(t("information.figure.on_time")) { figures.onTime ?? "—" }
                    SummaryRow(t("information.figure.held")) { figures.held }
                }
                p { a(.href(figures.path)) { t("information.district.figures_link") } }
            } else {
                p(.class("muted")) { t("information.district.no_figures") }
            }
        }
        section(.ariaLabelledBy("pages")) {
            h2(.id("pages")) { t("information.section.pages") }
            ItemList(items: pages)
        }
        section(.ariaLabelledBy("documents")) {
            h2(.id("documents")) { t("information.section.documents") }
            ItemList(items: documents)
        }
        section(.ariaLabelledBy("participation")) {
            h2(.id("participation")) { t("information.section.participation") }
            p(.class("muted")) { t("information.district.participation") }
        }
    }
}

/// `/agencies/{code}/information`: everything an authority publishes, by kind.
struct AgencyInformationPage: Sendable {
    struct Section: Sendable {
        var kind: String
        var items: [ItemLink]
    }

    var code: String
    var name: String
    var unitCode: String?
    var sections: [Section]
}

extension AgencyInformationPage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs([.init(t("nav.home"), href: "/"), .init(t("nav.agencies"), href: "/agencies"), .init(text: name, href: "/agencies/\(code)"),
                     .init(t("information.agency.crumb"), href: nil)])
        h1 { t("information.agency.heading", name) }
        if let unitCode { p { a(.href("/r/\(unitCode)")) { t("information.agency.district") } } }
        for section in sections {
            h2(.id(section.kind)) { t(dynamic: "information.section.\(section.kind)") }
            ItemList(items: section.items)
        }
        p { a(.href("/agencies/\(code)/feed.atom"), .type("application/atom+xml")) { t("information.feed") } }
    }
}
