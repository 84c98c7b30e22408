import PortalHTTP

/// `/accountability/{agencies|units|services}/:code`: one authority, territorial unit or service, its
/// figures over the period and its months (chart and table), with the table as CSV and JSON.
struct ScopePage: Sendable {
    struct MonthRow: Sendable {
        var month: String
        var text: FigureText
        var closed: Int64
        var onTime: Int64
    }

    /// `agencies`, `units` or `services`: the path segment, and the heading's kind.
    var segment: String
    var code: String
    var name: String
    var periodText: String?
    var asOf: String?
    var figures: FigureText?
    var months: [MonthRow]
}

extension ScopePage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs([.init(t("nav.home"), href: "/"), .init(t("accountability.heading"), href: "/accountability"), .init(text: name, href: nil)])
        p(.class("muted")) { t(dynamic: "accountability.kind.\(segment)") }
        h1 { name }
        if let periodText, let asOf, let figures {
            p(.id("period")) { t("accountability.period", periodText, asOf) }
            FigureSummary(text: figures)
            h2(.id("months")) { t("accountability.months.heading") }
            figure(.class("chart-figure")) {
                Charts.monthly(months.map { Charts.Bar(label: $0.month, total: $0.closed, part: $0.onTime) })
                figcaption { t("accountability.months.chart") }
            }
            Table(caption: t("accountability.months.heading"),
                  columns: [.init(t("accountability.col.month")), .init(t("accountability.figure.received"), numeric: true),
                            .init(t("accountability.figure.closed"), numeric: true), .init(t("accountability.figure.on_time"), numeric: true),
                            .init(t("accountability.figure.late"), numeric: true), .init(t("accountability.col.on_time_share"), numeric: true),
                            .init(t("accountability.figure.median"), numeric: true), .init(t("accountability.figure.held"), numeric: true)],
                  rows: months) { row in
                th(.scope("row")) { row.month }
                td(.class("numeric")) { row.text.received }
                td(.class("numeric")) { row.text.closed }
                td(.class("numeric")) { row.text.onTime }
                td(.class("numeric")) { row.text.late }
                td(.class("numeric")) { row.text.onTimeShare }
                td(.class("numeric")) { row.text.median }
                td(.class("numeric")) { row.text.held }
            }
            ul(.class("downloads")) {
                li { a(.href("/accountability/\(segment)/\(code)/months.csv"), .download()) { t("accountability.csv.months") } }
                li { a(.href("/api/v1/accountability/\(segment)/\(code)")) { t("accountability.json") } }
            }
        } else {
            Notice(announced: false) { p { t("accountability.none") } }
        }
        p { a(.href("/accountability")) { t("accountability.back") } }
    }
}
