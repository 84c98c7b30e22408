import PortalHTTP

/// `/applications/:id`: the citizen's case — status and deadline, what happens next, paying, answering
/// a request for information, the decision and result, rating, the timeline, cancelling.
struct CasePage: Sendable {
    var id: String
    /// Nil for a draft (not submitted yet).
    var number: String?
    var serviceName: String
    var status: String
    var due: String?
    var overdue: Bool
    var paused: Bool
    var timeline: [TimelineEntry]
    var nextStep: String
    var payPath: String?
    /// The fee as the page's language writes an amount.
    var fee: String?
    var canCancel: Bool
    var canContinue: Bool
    var infoRequest: String?
    var canRate: Bool
    var rating: Int?
    var result: String?
    var resultFile: String?
    var decision: String?
    var company: String?
}

extension CasePage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { serviceName; if let company { " · "; t("applications.case.company", company) } }
        h1 { if let number { t("applications.case.heading", number) } else { t("applications.list.draft") } }
        Notice {
            p { strong { t("applications.case.status") }; " "; status }
            if let due {
                p {
                    strong { t("applications.case.due") }
                    " "
                    due
                    if paused { " "; StatusTag(t("applications.case.paused")) }
                    if overdue { " "; StatusTag(t("applications.case.overdue"), tone: .warning) }
                }
            }
            p { nextStep }
        }
        if let payPath { p { ButtonLink(href: payPath, label: t("applications.case.pay", fee ?? "")) } }
        if canContinue { p { ButtonLink(href: "/applications/\(id)/resume", label: t("applications.case.continue")) } }
        if !canContinue && number != nil { p { a(.href("/applications/\(id)/answers")) { t("applications.case.print_answers") } } }
        if let infoRequest {
            h2 { t("applications.case.info_requested") }
            blockquote { infoRequest }
            PostForm(action: "/applications/\(id)/answer", multipart: true, novalidate: true) {
                PortalHTTP.FormField.textarea("message", label: t("applications.case.your_answer"), rows: 5, value: nil)
                PortalHTTP.FormField.text("file", label: t("applications.case.attach"), value: nil, type: "file", .accept("application/pdf,image/png,image/jpeg"))
                Button(t("applications.case.send_answer"))
            }
        }
        if let decision { p { strong { t("applications.case.reason") }; " "; decision } }
        if let result { h2 { t("applications.case.result") }; p { result } }
        if let resultFile { p { a(.href(resultFile)) { t("applications.case.download_result") } } }
        if canRate { rate }
        if let rating { p { t("applications.case.rated", String(rating)) } }
        h2 { t("applications.case.timeline") }
        Timeline(timeline)
        if canCancel {
            div(.class("danger-zone")) {
                PostForm(action: "/applications/\(id)/cancel") { Button(t("applications.case.cancel"), style: .warning) }
            }
        }
        p { a(.href("/applications")) { t("applications.list.title") } }
    }

    /// One to five, and a comment.
    @HTMLBuilder var rate: some HTMLContent {
        h2 { t("applications.case.rate") }
        PostForm(action: "/applications/\(id)/rating") {
            PortalHTTP.FormField.rating("rating", legend: t("applications.case.rating"))
            PortalHTTP.FormField.textarea("comment", label: t("applications.case.comment"), rows: 3, value: nil)
            Button(t("applications.case.send_rating"))
        }
    }
}

/// `/applications`: the person's applications, newest first.
struct CaseListPage: Sendable {
    struct Row: Sendable {
        var path: String
        var number: String
        var service: String
        var status: String
        var updated: String
        var due: String?
    }

    var rows: [Row]
}

extension CaseListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("applications.list.title") }
        if rows.isEmpty {
            p { t("applications.list.empty"); " "; a(.href("/services?online=1")) { t("applications.list.find") } }
        } else {
            Table(caption: t("applications.list.title"),
                  columns: [.init(t("applications.list.number")), .init(t("applications.list.service")), .init(t("applications.list.status")),
                            .init(t("applications.list.due")), .init(t("applications.list.updated"))],
                  rows: rows) { row in
                td { a(.href(row.path)) { row.number } }
                td { row.service }
                td { row.status }
                td { row.due ?? "—" }
                td { row.updated }
            }
        }
    }
}
