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
        var applicant: String
        var fin: String
        var submitted: String
        var awaitingDecision: Bool
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
    var search: String?
    var awaitingDecision: Bool
    /// The reader decides cases somewhere (offers "awaiting my decision").
    var decides: Bool
    var next: String?
    var previous: String?
    var canSeeOverdue: Bool
}

extension OfficeQueuePage: HTMLView {
    var body: some HTMLContent {
        h1 { t(dynamic: titleKey) }
        form(.method("get"), .action("/office/applications"), .class("filters")) {
            div(.class("field")) {
                label(.for("case-search")) { t("applications.office.search") }
                Hint(id: "case-search-hint", t("applications.office.search_hint"))
                input(.id("case-search"), .name("q"), .type("search"), .value(search ?? ""), .ariaDescribedBy("case-search-hint"), .autocomplete("off"))
            }
            div(.class("filter-grid")) {
                filter("status", t("applications.office.filter.status"), statuses, status)
                filter("service", t("applications.office.filter.service"), services, service)
                filter("unit", t("applications.office.filter.unit"), units, unit)
            }
            Checkbox("overdue", label: t("applications.office.filter.overdue"), checked: overdueOnly)
            Checkbox("mine", label: t("applications.office.filter.mine"), checked: mineOnly)
            if decides { Checkbox("decision", label: t("applications.office.filter.decision"), checked: awaitingDecision) }
            button(.type("submit")) { t("applications.office.filter.apply") }
        }
        if canSeeOverdue { p { a(.href("/office/applications/overdue")) { t("applications.office.overdue_title") } } }
        p { t("applications.office.total", String(total)) }
        if !rows.isEmpty {
            Table(caption: t(dynamic: titleKey), columns: [.init(t("applications.list.number")), .init(t("applications.office.applicant")),
                                                          .init(t("applications.list.service")), .init(t("applications.list.status")),
                                                          .init(t("applications.office.filter.unit")), .init(t("applications.office.submitted")),
                                                          .init(t("applications.list.due"))], rows: rows) { row in
                td {
                    a(.href(row.path)) { row.number }
                    if row.mine { " "; StatusTag(t("applications.office.mine")) }
                }
                td { row.applicant; br(); span(.class("hint")) { row.fin } }
                td { row.service }
                td {
                    row.status
                    if row.awaitingDecision { " "; StatusTag(t("applications.office.awaiting_decision")) }
                }
                td { row.unit }
                td { row.submitted }
                td {
                    row.due
                    if row.overdue { " "; StatusTag(t("applications.case.overdue"), tone: .warning) }
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
