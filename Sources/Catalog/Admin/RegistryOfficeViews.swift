import PortalHTTP

/// `/office/registry`: the services an administrator may edit, with what is published and in work.
struct RegistryListPage: Sendable {
    var rows: [RegistryOfficePages.Row]
    var canCreate: Bool
    var canReview: Bool
    var canTransfer: Bool
    var reviewCount: Int
}

extension RegistryListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.office.heading") }
        ul(.class("chips")) {
            if canCreate { li { a(.href("/office/registry/new")) { t("catalog.office.new_link") } } }
            if canReview { li { a(.href("/office/registry/review")) { t("catalog.review.link", String(reviewCount)) } } }
            if canTransfer {
                li { a(.href("/office/registry/export.csv")) { t("catalog.export.csv") } }
                li { a(.href("/office/registry/export.json")) { t("catalog.export.json") } }
                li { a(.href("/office/registry/import")) { t("catalog.import.title") } }
            }
        }
        Table(caption: t("catalog.office.heading"),
              columns: [.init(t("agency.code")), .init(t("catalog.office.service")), .init(t("catalog.office.published")), .init(t("catalog.office.in_work"))],
              rows: rows) { row in
            td { row.code }
            td { if canCreate { a(.href("/office/registry/services/\(row.code)")) { row.name } } else { row.name } }
            td { if let published = row.published { a(.href("/services/\(row.code)")) { "v"; published } } else { "—" } }
            td {
                if let open = row.open {
                    open; " (v"; row.openVersion.map(String.init) ?? ""; ")"
                    if let note = row.note { br(); span(.class("muted")) { note } }
                } else {
                    "—"
                }
            }
        }
    }
}

/// `/office/registry/review`: versions waiting for a registry editor.
struct ReviewQueuePage: Sendable {
    var rows: [RegistryOfficePages.ReviewRow]
}

extension ReviewQueuePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.review.heading") }
        Table(caption: t("catalog.review.heading"),
              columns: [.init(t("catalog.office.service")), .init(t("office.agency")), .init(t("catalog.review.submitted")), .init(t("catalog.history.changed"))],
              rows: rows) { row in
            td { a(.href("/office/registry/review/\(row.code)/\(row.version)")) { row.code; " v"; row.version }; br(); row.name }
            td { row.agency }
            td { row.submitted }
            td { row.changed }
        }
    }
}

/// `/office/registry/review/:code/:version`: what changed; publish, or return with a note.
struct ReviewVersionPage: Sendable {
    var code: String
    var version: Int
    var name: String
    var changes: [RegistryOfficePages.Change]
    var isNew: Bool
    /// The editor submitted it: a second person must publish.
    var ownSubmission: Bool
}

extension ReviewVersionPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.review.version", code, String(version)) }
        p(.class("lead")) { name }
        if isNew { p { t("catalog.review.new_service") } }
        Table(caption: t("catalog.review.changes"), captionHidden: false,
              columns: [.init(t("catalog.review.field")), .init(t("catalog.review.before")), .init(t("catalog.review.after"))],
              rows: changes) { change in
            th(.scope("row")) { change.field }
            td { change.before }
            td { change.after }
        }
        if ownSubmission {
            Notice(announced: false) { p { t("catalog.review.own_submission") } }
        } else {
            PostForm(action: "/office/registry/review/\(code)/\(version)/publish") {
                Button(t("catalog.review.publish"))
            }
            PostForm(action: "/office/registry/review/\(code)/\(version)/return") {
                FormField.textarea("note", label: t("catalog.review.return_note"), rows: 3, value: nil)
                Button(t("catalog.review.return"), style: .warning)
            }
        }
    }
}

/// `/office/registry/import`: upload a CSV or JSON registry file; the report or the rows refused.
struct RegistryImportPage: Sendable {
    var errors = FormErrors()
    var problems: [RegistryTransferPages.Problem] = []
    var report: RegistryTransferPages.Report?
}

extension RegistryImportPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("catalog.import.heading") }
        ErrorSummary(errors)
        if let report {
            Notice { p { t("catalog.import.done", String(report.created), String(report.updated), String(report.unchanged)) } }
        }
        if !problems.isEmpty {
            Table(caption: t("catalog.import.problems"), captionHidden: false,
                  columns: [.init(t("catalog.import.row")), .init(t("catalog.review.field")), .init(t("catalog.import.reason"))],
                  rows: problems) { problem in
                td { problem.row }
                td { problem.field }
                td { problem.reason }
            }
        }
        p { t("catalog.import.lead") }
        PostForm(action: "/office/registry/import", multipart: true, novalidate: true) {
            FormField.text("file", label: t("catalog.import.file"), value: nil, error: errors["file"], type: "file",
                       .accept(".csv,.json,text/csv,application/json"))
            Button(t("catalog.import.submit"))
        }
    }
}
