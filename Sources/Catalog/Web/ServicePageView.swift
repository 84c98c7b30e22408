import PortalHTTP

/// `/services/:code` and its past versions: everything a person needs before starting.
struct ServicePage: Sendable {
    var service: ServiceView
    /// A superseded version (a notice links to the current one).
    var pastVersion: Bool
}

extension ServicePage: HTMLView {
    var body: some HTMLContent {
        if pastVersion {
            Notice {
                p { t("catalog.service.past_version", String(service.version), service.updated ?? "") }
                p { a(.href("/services/\(service.code)")) { t("catalog.service.see_current") } }
            }
        }
        if service.withdrawn { Notice { p { t("catalog.service.withdrawn") } } }
        p(.class("muted")) { a(.href("/agencies/\(service.agencyCode)")) { service.agencyName }; " · "; service.code }
        h1 { service.name }
        p(.class("lead")) { service.description }
        if !service.withdrawn {
            div(.class("actions")) {
                for action in service.actions { ButtonLink(href: action.url, external: action.external, label: action.label); " " }
            }
        }
        facts
        h2 { t("catalog.service.documents") }
        if service.documentsToBring.isEmpty {
            p { t("catalog.service.no_documents") }
        } else {
            ul { for document in service.documentsToBring { li { document } } }
        }
        if !service.documentsStateHolds.isEmpty {
            h3 { t("catalog.service.state_holds") }
            p(.class("hint")) { t("catalog.service.state_holds_hint") }
            ul { for document in service.documentsStateHolds { li { document } } }
        }
        h2 { t("catalog.service.legal_basis") }
        ul {
            for act in service.legalBasis {
                li {
                    act.text
                    if let note = act.note { " "; span(.class("muted")) { "("; note; ")" } }
                }
            }
        }
        contact
        if let source = service.source {
            p(.class("muted")) {
                t("catalog.service.source"); " "
                if let url = service.sourceURL { a(.href(url), .rel("noopener")) { source } } else { source }
            }
        }
        p(.class("muted")) {
            t("catalog.service.updated", service.updated ?? "", String(service.version))
            " · "
            a(.href("/services/\(service.code)/history")) { t("catalog.service.history") }
        }
    }

    var facts: some HTMLContent {
        SummaryList {
            SummaryRow(t("catalog.service.stage")) {
                service.stage
                if service.electronic { " "; StatusTag(t("catalog.badge.online"), tone: .online) }
            }
            SummaryRow(t("catalog.service.fee")) { service.fee }
            SummaryRow(t("catalog.service.deadline")) {
                if let deadline = service.deadline { deadline } else { t("catalog.service.deadline_none") }
            }
            SummaryRow(t("catalog.service.result")) { service.result }
            SummaryRow(t("catalog.service.audience")) { service.audiences.joined(separator: ", ") }
            SummaryRow(t("catalog.service.channels")) { service.channels.joined(separator: ", ") }
            SummaryRow(t("catalog.service.scope")) { service.scope }
            SummaryRow(t("catalog.service.category")) { a(.href("/services?category=\(service.categoryCode)")) { service.category } }
            if let units = service.processingUnits { SummaryRow(t("catalog.service.processing_units")) { units } }
        }
    }

    @HTMLBuilder var contact: some HTMLContent {
        h2 { t("catalog.service.contact") }
        ul {
            li { a(.href("/agencies/\(service.agencyCode)")) { service.agencyName } }
            if let phone = service.contactPhone { li { phone } }
            if let email = service.contactEmail { li { email } }
            if let url = service.contactURL { li { a(.href(url), .rel("noopener")) { url } } }
        }
    }
}

/// `/services/:code/history`: every published version, newest first.
struct HistoryPage: Sendable {
    struct Row: Sendable {
        var version: Int
        var when: String
        var changed: String
        var by: String
        var current: Bool
    }

    var code: String
    var name: String
    var rows: [Row]
}

extension HistoryPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/services/\(code)")) { name } }
        h1 { t("catalog.history.heading") }
        Table(caption: t("catalog.history.heading"),
              columns: [.init(t("catalog.history.version")), .init(t("table.when")), .init(t("catalog.history.changed")), .init(t("catalog.history.by"))],
              rows: rows) { row in
            td {
                a(.href("/services/\(code)/versions/\(row.version)")) { row.version }
                if row.current { " "; StatusTag(t("catalog.history.current"), tone: .emphasis) }
            }
            td { row.when }
            td { row.changed }
            td { row.by }
        }
    }
}

/// `/registry/report`: services per agency, the electronic share, channels.
struct ReportPage: Sendable {
    var rows: [RegistryReport.Row]
    var overall: RegistryReport.Row
    var agencies: Int
    /// For the percentages (`Language.percent`).
    var language: Language
}

extension ReportPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.report.heading") }
        p(.class("lead")) {
            t("catalog.report.summary", String(overall.total), String(overall.electronic), language.percent(overall.sharePercent), String(agencies))
        }
        p { a(.href("/registry/report.csv"), .download()) { t("catalog.report.csv") }; " · "; a(.href("/api/v1/registry/report")) { "JSON" } }
        Table(caption: t("catalog.report.by_agency"), captionHidden: false,
              columns: [.init(t("office.agency")), .init(t("catalog.report.total"), numeric: true), .init(t("catalog.report.electronic"), numeric: true),
                        .init(t("catalog.report.share"), numeric: true), .init(t("catalog.channel.portal"), numeric: true),
                        .init(t("catalog.channel.asan_centre"), numeric: true), .init(t("catalog.channel.agency_office"), numeric: true),
                        .init(t("catalog.channel.mobile"), numeric: true)],
              rows: rows) { row in
            th(.scope("row")) { a(.href("/services?agency=\(row.agencyCode)")) { row.agencyName } }
            figures(row)
        } after: {
            tr {
                th(.scope("row")) { t("catalog.report.overall") }
                figures(overall)
            }
        }
    }

    @HTMLBuilder
    func figures(_ row: RegistryReport.Row) -> some HTMLContent {
        td(.class("numeric")) { row.total }
        td(.class("numeric")) { row.electronic }
        td(.class("numeric")) { language.percent(row.sharePercent) }
        for channel in ["portal", "asan_centre", "agency_office", "mobile"] {
            td(.class("numeric")) { row.byChannel[channel].map(String.init) ?? "" }
        }
    }
}
