import PortalHTTP

/// `/office/information`: the items of one's authorities, their state and the way to a new one.
struct NewsroomListPage: Sendable {
    struct Row: Sendable {
        var id: UUID
        var title: String
        var kind: String
        var agency: String
        var state: String
    }

    var rows: [Row]
    var canCreate: Bool
}

extension NewsroomListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("information.office.heading") }
        p { t("information.office.lead") }
        if canCreate { p { ButtonLink(href: "/office/information/new", label: t("information.office.new")) } }
        if rows.isEmpty {
            p(.class("muted")) { t("information.office.empty") }
        } else {
            Table(caption: t("information.office.heading"),
                  columns: [.init(t("information.office.col.title")), .init(t("information.office.col.kind")),
                            .init(t("information.office.col.agency")), .init(t("information.office.col.state"))], rows: rows) { row in
                td(.lang("az")) { a(.href("/office/information/\(row.id)")) { row.title } }
                td { t(dynamic: "information.kind.\(row.kind)") }
                td { row.agency }
                td { t(dynamic: "information.state.\(row.state)") }
            }
        }
    }
}

/// `/office/information/new` and `/office/information/{id}/edit`: the words in three languages (az
/// required), the kind's own fields, and on a correction the note readers will see.
struct NewsroomFormPage: Sendable {
    struct Item: Sendable {
        var id: UUID
        var kind: String
        var revision: Bool
    }

    var item: Item?
    var agencies: [Choice]
    var form: NewsroomForm
    var errors: FormErrors
}

extension NewsroomFormPage: HTMLView {
    var body: some HTMLContent {
        h1 { item == nil ? t("information.office.new.heading") : t("information.office.edit.heading") }
        ErrorSummary(errors)
        PostForm(action: item.map { "/office/information/\($0.id)" } ?? "/office/information", novalidate: true) {
            if item == nil {
                FormField.select("agency", label: t("information.field.agency"), choices: agencies, selected: form.agency,
                                 placeholder: t("form.choose"), error: errors["agency"])
                FormField.radios("kind", legend: t("information.field.kind"),
                                 choices: ItemKind.allCases.map { Choice(value: $0.segment, label: t(dynamic: "information.kind.\($0.segment)")) },
                                 selected: form.kind, error: errors["kind"])
            }
            p(.class("hint")) { t("information.field.markdown_hint") }
            for lang in ["az", "en", "ru"] {
                Fieldset(legend: t(dynamic: "information.field.language.\(lang)")) {
                    FormField.text("title_\(lang)", label: t("information.field.title"), value: value("title_\(lang)"), error: errors["title_\(lang)"],
                                   .lang(lang))
                    FormField.textarea("body_\(lang)", label: t("information.field.body"), rows: 10, value: value("body_\(lang)"),
                                       error: errors["body_\(lang)"], .lang(lang))
                }
            }
            if item == nil || item?.kind == "announcements" {
                FormField.date("valid_until", label: t("information.field.valid_until"), hint: t("information.field.valid_until_hint"),
                               value: form.valid_until, error: errors["valid_until"])
            }
            if item == nil || item?.kind == "documents" {
                Fieldset(legend: t("information.field.document")) {
                    FormField.text("document_type", label: t("information.document.type"), value: form.document_type, error: errors["document_type"])
                    FormField.text("document_number", label: t("information.document.number"), value: form.document_number, error: errors["document_number"])
                    FormField.date("document_date", label: t("information.document.date"), value: form.document_date, error: errors["document_date"])
                }
            }
            if item?.revision == true {
                FormField.textarea("change_note", label: t("information.field.change_note"), hint: t("information.field.change_note_hint"), rows: 2,
                                   value: form.change_note, error: errors["change_note"])
            }
            Button(t("information.office.save"))
        }
    }

    func value(_ field: String) -> String? {
        switch field {
        case "title_az": return form.title_az
        case "title_en": return form.title_en
        case "title_ru": return form.title_ru
        case "body_az": return form.body_az
        case "body_en": return form.body_en
        case "body_ru": return form.body_ru
        default: return nil
        }
    }
}
