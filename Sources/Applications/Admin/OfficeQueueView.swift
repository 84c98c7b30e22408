import PortalHTTP

/// `/office/applications` (and `/overdue`): the agency's queue of cases, filters and paging.
struct OfficeQueuePage: Sendable {
    struct Row: Sendable {
        var path: String
        var number: String
        var service: String
        var status: String
        var unit: String
        var due: String
        var overdue: Bool
        var mine: Bool
    }

    var titleKey: String
    var rows: [Row]
    var total: Int
    var statuses: [Choice]
    var services: [Choice]
    var units: [Choice]
    var status: String?
    var service: String?
    var unit: String?
    var overdueOnly: Bool
    var mineOnly: Bool
    var next: String?
    var previous: String?
    var canSeeOverdue: Bool
}

extension OfficeQueuePage: HTMLView {
    var body: some HTMLContent {
        h1 { t(dynamic: titleKey) }
        form(.method("get"), .action("/office/applications"), .class("filters")) {
            div(.class("filter-grid")) {
                filter("status", t("applications.office.filter.status"), statuses, status)
                filter("service", t("applications.office.filter.service"), services, service)
                filter("unit", t("applications.office.filter.unit"), units, unit)
            }
            div(.class("checkbox")) {
                input(.type("checkbox"), .id("overdue"), .name("overdue"), .value("1"), .checked(overdueOnly))
                label(.for("overdue")) { t("applications.office.filter.overdue") }
            }
            div(.class("checkbox")) {
                input(.type("checkbox"), .id("mine"), .name("mine"), .value("1"), .checked(mineOnly))
                label(.for("mine")) { t("applications.office.filter.mine") }
            }
            button(.type("submit")) { t("applications.office.filter.apply") }
        }
        if canSeeOverdue { p { a(.href("/office/applications/overdue")) { t("applications.office.overdue_title") } } }
        p { t("applications.office.total", String(total)) }
        if !rows.isEmpty {
            table {
                caption(.class("visually-hidden")) { t(dynamic: titleKey) }
                thead {
                    tr {
                        th(.scope("col")) { t("applications.list.number") }
                        th(.scope("col")) { t("applications.list.service") }
                        th(.scope("col")) { t("applications.list.status") }
                        th(.scope("col")) { t("applications.office.filter.unit") }
                        th(.scope("col")) { t("applications.list.due") }
                    }
                }
                tbody {
                    for row in rows {
                        tr {
                            td {
                                a(.href(row.path)) { row.number }
                                if row.mine { " "; span(.class("tag")) { t("applications.office.mine") } }
                            }
                            td { row.service }
                            td { row.status }
                            td { row.unit }
                            td {
                                row.due
                                if row.overdue { " "; strong(.class("tag tag-warn")) { t("applications.case.overdue") } }
                            }
                        }
                    }
                }
            }
        }
        PreviousNext(label: t("applications.office.pages"), previous: previous, next: next,
                     previousLabel: t("applications.office.previous"), nextLabel: t("applications.office.next"))
    }

    @HTMLBuilder
    func filter(_ name: String, _ title: Localized, _ choices: [Choice], _ selected: String?) -> some HTMLContent {
        div(.class("field")) {
            label(.for(name)) { title }
            select(.id(name), .name(name)) { Options(choices, selected: selected, placeholder: t("applications.office.filter.any")) }
        }
    }
}
