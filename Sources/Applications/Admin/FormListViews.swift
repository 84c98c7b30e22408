import PortalHTTP

/// `/office/forms`: the electronic services the administrator's agencies offer, with the published
/// and draft version of each form.
struct FormListPage: Sendable {
    struct Row: Sendable {
        var code: String
        var name: String
        var published: Int?
        var draft: Int?
    }

    var rows: [Row]
}

extension FormListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("applications.builder.list_title") }
        p(.class("lead")) { t("applications.builder.list_lead") }
        Table(caption: t("applications.builder.list_title"),
              columns: [.init(t("applications.builder.service")), .init(t("applications.builder.published")), .init(t("applications.builder.draft"))],
              rows: rows) { row in
            td { a(.href("/office/forms/\(row.code)")) { row.name }; " "; span(.class("muted")) { row.code } }
            td { if let published = row.published { t("applications.builder.version", String(published)) } else { "—" } }
            td { if let draft = row.draft { t("applications.builder.version", String(draft)) } else { "—" } }
        }
    }
}

/// `/office/forms/:code/preview`: every page of the form as the citizen will see it, disabled.
struct FormPreviewPage: Sendable {
    struct Page: Sendable {
        var title: String
        var fields: [FieldView]
    }

    var code: String
    var pages: [Page]
}

extension FormPreviewPage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/forms/\(code)")) { t("applications.builder.back") } }
        h1 { t("applications.builder.preview_title") }
        Notice { p { t("applications.builder.preview_note") } }
        for page in pages {
            section(.class("card")) {
                h2 { page.title }
                fieldset(.disabled()) {
                    legend(.class("visually-hidden")) { page.title }
                    for field in page.fields { QuestionField(field: field) }
                }
            }
        }
    }
}
