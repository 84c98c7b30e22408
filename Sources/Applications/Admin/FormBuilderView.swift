import PortalHTTP

/// `/office/forms/:code`: the form builder — versions, what stops publishing, preview/export/publish/
/// discard, each page's fields (move, delete), adding a field or a page, and the form as JSON. A
/// refused change comes back with the values typed and the problem beside its field.
struct FormBuilderPage: Sendable {
    struct Field: Sendable {
        var id: String
        var kind: String
        var label: String
        var required: Bool
        var condition: String?
        var prefill: String?
        /// A group's questions, comma-separated.
        var children: String?
    }

    struct Page: Sendable {
        var id: String
        var title: String
        var fields: [Field]
    }

    var code: String
    var name: String
    var draft: Int?
    var published: Int?
    var pages: [Page]
    var pageOptions: [Choice]
    var kinds: [Choice]
    var prefills: [Choice]
    var whenMissing: [Choice]
    var json: String
    var problems: [String]
    /// What was posted, shown again after a refusal.
    var values: [String: String]
    var errors: FormErrors
}

extension FormBuilderPage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/forms")) { t("applications.builder.list_title") } }
        p(.class("muted")) { code }
        h1 { name }
        ErrorSummary(errors)
        p {
            if let published { t("applications.builder.published_version", String(published)) } else { t("applications.builder.not_published") }
            if let draft { " · "; t("applications.builder.draft_version", String(draft)) }
        }
        if !problems.isEmpty {
            Notice { p { t("applications.builder.cannot_publish") }; ul { for problem in problems { li { problem } } } }
        }
        div(.class("actions")) {
            a(.class("button-link button-secondary"), .href("/office/forms/\(code)/preview")) { t("applications.builder.preview") }
            a(.class("button-link button-secondary"), .href("/office/forms/\(code)/export.json")) { t("applications.builder.export") }
            if draft != nil {
                PostForm(action: "/office/forms/\(code)/publish", class: "inline-form") { Button(t("applications.builder.publish")) }
                PostForm(action: "/office/forms/\(code)/discard", class: "inline-form") { Button(t("applications.builder.discard"), style: .warning) }
            }
        }
        for page in pages { BuilderPageTable(code: code, page: page) }
        h2(.id("add-field")) { t("applications.builder.add_field") }
        if pageOptions.isEmpty { p { t("applications.builder.add_page_first") } } else { addField }
        h2 { t("applications.builder.add_page") }
        PostForm(action: "/office/forms/\(code)/pages", novalidate: true) {
            div(.class(fieldClass("page_id"))) {
                label(.for("page_id")) { t("applications.builder.page_id") }
                problem("page_id")
                input(.id("page_id"), .name("page_id"), .type("text"), .class("input-medium"))
            }
            div(.class(fieldClass("page_title_az"))) {
                label(.for("page_title_az")) { t("applications.builder.page_title").followed(by: " (az)") }
                problem("page_title_az")
                input(.id("page_title_az"), .name("page_title_az"), .type("text"), .lang("az"))
            }
            div(.class("field")) {
                label(.for("page_title_en")) { t("applications.builder.page_title").followed(by: " (en)") }
                input(.id("page_title_en"), .name("page_title_en"), .type("text"), .lang("en"))
            }
            div(.class("field")) {
                label(.for("page_title_ru")) { t("applications.builder.page_title").followed(by: " (ru)") }
                input(.id("page_title_ru"), .name("page_title_ru"), .type("text"), .lang("ru"))
            }
            Button(t("applications.builder.add_page"), style: .secondary)
        }
        h2 { t("applications.builder.json") }
        PostForm(action: "/office/forms/\(code)/import", novalidate: true) {
            div(.class(fieldClass("json"))) {
                label(.for("json")) { t("applications.builder.json_label") }
                problem("json")
                textarea(.id("json"), .name("json"), .rows(12), .custom("spellcheck", "false")) { json }
            }
            Button(t("applications.builder.import"), style: .secondary)
        }
    }

    /// A new field: page, id, kind, labels, hint, required, options, range, condition, prefill.
    @HTMLBuilder var addField: some HTMLContent {
        PostForm(action: "/office/forms/\(code)/fields", novalidate: true) {
            div(.class(fieldClass("page"))) {
                label(.for("page")) { t("applications.builder.page") }
                problem("page")
                select(.id("page"), .name("page")) { Options(pageOptions, selected: nil) }
            }
            div(.class(fieldClass("field_id"))) {
                label(.for("field_id")) { t("applications.builder.field_id") }
                p(.class("hint"), .id("field_id-hint")) { t("applications.builder.id_hint") }
                problem("field_id", id: "field_id-error")
                input(.id("field_id"), .name("field_id"), .type("text"), .class("input-medium"), .value(values["field_id"] ?? ""),
                      .ariaDescribedBy("field_id-hint"))
            }
            div(.class("field")) {
                label(.for("kind")) { t("applications.builder.kind") }
                select(.id("kind"), .name("kind")) { Options(kinds, selected: nil) }
            }
            div(.class(fieldClass("label_az"))) {
                label(.for("label_az")) { t("applications.builder.label").followed(by: " (az)") }
                problem("label_az")
                input(.id("label_az"), .name("label_az"), .type("text"), .value(values["label_az"] ?? ""), .lang("az"))
            }
            div(.class("field")) {
                label(.for("label_en")) { t("applications.builder.label").followed(by: " (en)") }
                input(.id("label_en"), .name("label_en"), .type("text"), .value(values["label_en"] ?? ""), .lang("en"))
            }
            div(.class("field")) {
                label(.for("label_ru")) { t("applications.builder.label").followed(by: " (ru)") }
                input(.id("label_ru"), .name("label_ru"), .type("text"), .value(values["label_ru"] ?? ""), .lang("ru"))
            }
            div(.class("field")) {
                label(.for("hint_az")) { t("applications.builder.hint").followed(by: " (az)") }
                input(.id("hint_az"), .name("hint_az"), .type("text"), .lang("az"))
            }
            Checkbox("required", value: "yes", label: t("applications.builder.required"), checked: true)
            div(.class("field")) {
                label(.for("options")) { t("applications.builder.options") }
                p(.class("hint"), .id("options-hint")) { t("applications.builder.options_hint") }
                textarea(.id("options"), .name("options"), .rows(3), .ariaDescribedBy("options-hint"))
            }
            short("min", t("applications.builder.min"), size: "input-short", .inputmode("decimal"))
            short("max", t("applications.builder.max"), size: "input-short", .inputmode("decimal"))
            short("show_if_field", t("applications.builder.show_if_field"), size: "input-medium")
            short("show_if_equals", t("applications.builder.show_if_equals"), size: "input-medium")
            div(.class("field")) {
                label(.for("prefill")) { t("applications.builder.prefill") }
                select(.id("prefill"), .name("prefill")) { option(.value("")) { "—" }; Options(prefills, selected: nil) }
            }
            div(.class("field")) {
                label(.for("when_missing")) { t("applications.builder.when_missing") }
                select(.id("when_missing"), .name("when_missing")) { Options(whenMissing, selected: nil) }
            }
            Button(t("applications.builder.add_field"))
        }
    }

    /// A short text input under its label (the field's rules: range, condition).
    @HTMLBuilder func short(_ id: String, _ title: Localized, size: String, _ extra: Attribute...) -> some HTMLContent {
        div(.class("field")) {
            label(.for(id)) { title }
            VoidElement("input", [.id(id), .name(id), .type("text"), .class(size)] + extra)
        }
    }

    func fieldClass(_ field: String) -> String { errors[field] == nil ? "field" : "field field-error" }

    /// The error beside a field as the office's forms show it: the message alone.
    @HTMLBuilder func problem(_ field: String, id: String? = nil) -> some HTMLContent {
        if let message = errors[field] { p(.class("error-message"), .id(id)) { message } }
    }
}

/// A page of the form in the builder: its fields with their rules, each with move up/down and delete.
struct BuilderPageTable: HTMLView {
    let code: String
    let page: FormBuilderPage.Page

    var body: some HTMLContent {
        h2 { page.title; " "; span(.class("muted")) { "("; page.id; ")" } }
        if page.fields.isEmpty {
            p { t("applications.builder.page_empty") }
        } else {
            table {
                caption(.class("visually-hidden")) { page.title }
                thead {
                    tr {
                        th(.scope("col")) { t("applications.builder.field_id") }
                        th(.scope("col")) { t("applications.builder.label") }
                        th(.scope("col")) { t("applications.builder.kind") }
                        th(.scope("col")) { t("applications.builder.rules") }
                        th(.scope("col")) { t("applications.builder.actions") }
                    }
                }
                tbody { for field in page.fields { BuilderFieldRow(code: code, field: field) } }
            }
        }
    }
}

/// One field's row in the builder.
struct BuilderFieldRow: HTMLView {
    let code: String
    let field: FormBuilderPage.Field

    var body: some HTMLContent {
        tr {
            td { field.id }
            td { field.label; if let children = field.children { " "; span(.class("muted")) { "("; children; ")" } } }
            td { field.kind }
            td {
                if field.required { t("applications.builder.required") } else { t("applications.question.optional") }
                if let condition = field.condition { " · "; t("applications.builder.shown_if", condition) }
                if let prefill = field.prefill { " · "; t("applications.builder.prefilled_from", prefill) }
            }
            td {
                PostForm(action: "/office/forms/\(code)/fields/\(field.id)/move", class: "inline-form") {
                    button(.type("submit"), .class("button-secondary"), .name("direction"), .value("up")) {
                        t("applications.builder.up"); span(.class("visually-hidden")) { " "; field.id }
                    }
                    button(.type("submit"), .class("button-secondary"), .name("direction"), .value("down")) {
                        t("applications.builder.down"); span(.class("visually-hidden")) { " "; field.id }
                    }
                }
                " "
                PostForm(action: "/office/forms/\(code)/fields/\(field.id)/delete", class: "inline-form") {
                    button(.type("submit"), .class("button-warning")) { t("applications.builder.delete"); span(.class("visually-hidden")) { " "; field.id } }
                }
            }
        }
    }
}
