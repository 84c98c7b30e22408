import PortalHTTP

/// `/accountability`: the country's figures, the ranking of authorities with its method, and the
/// territorial units compared.
struct OverviewPage: Sendable {
    struct Ranked: Sendable {
        var rank: Int
        var code: String
        var name: String
        var text: FigureText
    }

    struct UnitRow: Sendable {
        var code: String
        var name: String
        var text: FigureText
        var percent: Int?
    }

    var periodText: String?
    var asOf: String?
    var country: FigureText?
    var ranking: [Ranked]
    var units: [UnitRow]
}

extension OverviewPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("accountability.heading") }
        p(.class("lead")) { t("accountability.lead") }
        if let periodText, let asOf, let country {
            p(.id("period")) { t("accountability.period", periodText, asOf) }
            h2(.id("country")) { t("accountability.country") }
            FigureSummary(text: country)
            h2(.id("ranking")) { t("accountability.ranking.heading") }
            method
            rankingTable
            p { a(.href("/accountability/agencies.csv"), .download()) { t("accountability.csv.ranking") } }
            h2(.id("units")) { t("accountability.units.heading") }
            if units.isEmpty {
                p { t("accountability.units.none") }
            } else {
                figure(.class("chart-figure")) {
                    Charts.shares(units.compactMap { u in u.percent.map { (label: u.name, percent: $0, text: u.text.onTimeShare) } })
                    figcaption { t("accountability.units.chart") }
                }
                unitsTable
                p { a(.href("/accountability/units.csv"), .download()) { t("accountability.csv.units") } }
            }
        } else {
            Notice(announced: false) { p { t("accountability.none") } }
        }
    }

    @HTMLBuilder var method: some HTMLContent {
        div(.class("method"), .id("method")) {
            h3 { t("accountability.method.heading") }
            ul {
                li { t("accountability.method.source") }
                li { t("accountability.method.on_time") }
                li { t("accountability.method.days") }
                li { t("accountability.method.order") }
                li { t("accountability.method.unranked") }
            }
        }
    }

    @HTMLBuilder var rankingTable: some HTMLContent {
        Table(caption: t("accountability.ranking.heading"),
              columns: [.init(t("accountability.col.rank"), numeric: true), .init(t("accountability.col.agency")),
                        .init(t("accountability.figure.closed"), numeric: true), .init(t("accountability.col.on_time_share"), numeric: true),
                        .init(t("accountability.figure.median"), numeric: true), .init(t("accountability.figure.p90"), numeric: true),
                        .init(t("accountability.figure.rating"), numeric: true)],
              rows: ranking) { row in
            td(.class("numeric")) { row.rank }
            th(.scope("row")) { a(.href("/accountability/agencies/\(row.code)")) { row.name } }
            td(.class("numeric")) { row.text.closed }
            td(.class("numeric")) { row.text.onTimeShare }
            td(.class("numeric")) { row.text.median }
            td(.class("numeric")) { row.text.p90 }
            td(.class("numeric")) { row.text.rating }
        }
    }

    @HTMLBuilder var unitsTable: some HTMLContent {
        Table(caption: t("accountability.units.heading"),
              columns: [.init(t("accountability.col.unit")), .init(t("accountability.figure.received"), numeric: true),
                        .init(t("accountability.figure.closed"), numeric: true), .init(t("accountability.col.on_time_share"), numeric: true),
                        .init(t("accountability.figure.held"), numeric: true), .init(t("accountability.figure.no_shows"), numeric: true)],
              rows: units) { row in
            th(.scope("row")) { a(.href("/accountability/units/\(row.code)")) { row.name } }
            td(.class("numeric")) { row.text.received }
            td(.class("numeric")) { row.text.closed }
            td(.class("numeric")) { row.text.onTimeShare }
            td(.class("numeric")) { row.text.held }
            td(.class("numeric")) { row.text.noShows }
        }
    }
}
