import PortalHTTP

/// `/office/accountability`: the agencies this head can look into.
struct OfficeAccountabilityPage: Sendable {
    struct AgencyLink: Sendable {
        var code: String
        var name: String
    }

    var agencies: [AgencyLink]
}

extension OfficeAccountabilityPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("accountability.office.heading") }
        p { t("accountability.office.lead") }
        ul(.class("results")) {
            for agency in agencies { li { a(.href("/office/accountability/agencies/\(agency.code)")) { agency.name } } }
        }
        p { a(.href("/accountability")) { t("accountability.office.public") } }
    }
}

/// `/office/accountability/agencies/:code`: the agency's overdue cases by official.
struct OverdueCasesPage: Sendable {
    struct Row: Sendable {
        var id: UUID
        var number: String
        var service: String
        var unit: String
        var due: String
        var daysLate: Int
    }

    struct Group: Sendable {
        /// Nil: cases nobody has taken yet.
        var official: String?
        var rows: [Row]
    }

    var code: String
    var agencyName: String
    /// The units the head's role covers, or nil for the whole agency.
    var units: String?
    var groups: [Group]
    var total: Int
}

extension OverdueCasesPage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs([.init(t("nav.office"), href: "/office"), .init(t("accountability.office.heading"), href: "/office/accountability"),
                     .init(text: agencyName, href: nil)])
        h1 { t("accountability.overdue.heading", agencyName) }
        if let units { p { t("accountability.overdue.units", units) } }
        p(.role("status")) { t("accountability.overdue.count", String(total)) }
        if groups.isEmpty {
            p { t("accountability.overdue.none") }
        }
        for group in groups {
            if let official = group.official {
                h2 { t("accountability.overdue.official", official, String(group.rows.count)) }
            } else {
                h2 { t("accountability.overdue.unassigned", String(group.rows.count)) }
            }
            Table(caption: t("accountability.overdue.caption"),
                  columns: [.init(t("accountability.col.case")), .init(t("accountability.col.service")), .init(t("accountability.col.unit")),
                            .init(t("accountability.col.due")), .init(t("accountability.col.days_late"), numeric: true)],
                  rows: group.rows) { row in
                th(.scope("row")) { a(.href("/office/applications/\(row.id)")) { row.number } }
                td { row.service }
                td { row.unit }
                td { row.due }
                td(.class("numeric")) { row.daysLate }
            }
        }
        p { a(.href("/office/accountability/agencies/\(code)/overdue.csv"), .download()) { t("accountability.csv.overdue") } }
    }
}
