import Plot
import PortalHTTP

/// CANDIDATE (b) of docs/adr/0008: the office queue in Plot, for the measurement only.
enum PlotOffice {
    typealias Body = PlotViews.Body

    static func rowNode(_ row: OfficeQueuePage.Row, _ s: ViewStrings) -> Plot.Node<Plot.HTML.TableContext> {
        let mine: Body = row.mine ? .group(.text(" "), .span(.class("tag"), .text(s.text("applications.office.mine")))) : .empty
        let overdue: Body = row.overdue ? .group(.text(" "), .strong(.class("tag tag-warn"), .text(s.text("applications.case.overdue")))) : .empty
        return .tr(.td(.a(.href(PlotViews.esc(row.path)), .text(row.number)), mine),
                   .td(.text(row.service)), .td(.text(row.status)), .td(.text(row.unit)),
                   .td(.text(row.due), overdue))
    }

    static func queue(_ page: OfficeQueuePage, _ s: ViewStrings) -> Body {
        let any = s.text("applications.office.filter.any")
        let title = s.text(page.titleKey)
        func filter(_ name: String, _ key: String, _ choices: [Choice], _ selected: String?) -> Plot.Node<Plot.HTML.FormContext> {
            .div(.class("field"), .label(PlotViews.attribute("for", name), .text(s.text(key))),
                 .element(named: "select", nodes: [PlotViews.attribute("id", name), PlotViews.attribute("name", name)]
                          + PlotViews.options(choices, selected: selected, any: any, s)))
        }
        return .group(
            .h1(.text(title)),
            .form(.method(.get), .action("/office/applications"), .class("filters"),
                .div(.class("filter-grid"),
                    filter("status", "applications.office.filter.status", page.statuses, page.status),
                    filter("service", "applications.office.filter.service", page.services, page.service),
                    filter("unit", "applications.office.filter.unit", page.units, page.unit)),
                .div(.class("checkbox"), .input(.type(.checkbox), .id("overdue"), .name("overdue"), .value("1"), .checked(page.overdueOnly)),
                     .label(PlotViews.attribute("for", "overdue"), .text(s.text("applications.office.filter.overdue")))),
                .div(.class("checkbox"), .input(.type(.checkbox), .id("mine"), .name("mine"), .value("1"), .checked(page.mineOnly)),
                     .label(PlotViews.attribute("for", "mine"), .text(s.text("applications.office.filter.mine")))),
                .button(.type(.submit), .text(s.text("applications.office.filter.apply")))),
            .if(page.canSeeOverdue, .p(.a(.href("/office/applications/overdue"), .text(s.text("applications.office.overdue_title"))))),
            .p(.text(s.text("applications.office.total", [String(page.total)]))),
            .if(!page.rows.isEmpty, .table(
                .caption(.class("visually-hidden"), .text(title)),
                .thead(.tr(
                    .th(PlotViews.attribute("scope", "col"), .text(s.text("applications.list.number"))),
                    .th(PlotViews.attribute("scope", "col"), .text(s.text("applications.list.service"))),
                    .th(PlotViews.attribute("scope", "col"), .text(s.text("applications.list.status"))),
                    .th(PlotViews.attribute("scope", "col"), .text(s.text("applications.office.filter.unit"))),
                    .th(PlotViews.attribute("scope", "col"), .text(s.text("applications.list.due"))))),
                .tbody(.forEach(page.rows) { row in rowNode(row, s) }))),
            .nav(.class("pagination"), PlotViews.attribute("aria-label", s.text("applications.office.pages")),
                 .unwrap(page.previous) { .group(.a(.href(PlotViews.esc($0)), .text(s.text("applications.office.previous"))), .text(" ")) },
                 .unwrap(page.next) { .a(.href(PlotViews.esc($0)), .text(s.text("applications.office.next"))) })
        )
    }
}
