import PortalHTTP

/// `/office/registry/new` and `/office/registry/services/:code`: a service definition's form, with the
/// submitted values kept and each problem beside its field.
struct ServiceFormPage: Sendable {
    /// Nil for a new service.
    var code: String?
    var form: ServiceForm
    var errors: FormErrors
    var agencies: [Choice]
    var units: [Choice]
    /// Why a registry editor returned the last version.
    var returnNote: String?
    var canSubmit: Bool
}

extension ServiceFormPage: HTMLView {
    var body: some HTMLContent {
        h1 { if let code { t("catalog.office.edit", code) } else { t("catalog.office.new") } }
        ErrorSummary(errors)
        if let returnNote { Notice { p { t("catalog.office.returned_because") }; p { returnNote } } }
        PostForm(action: code.map { "/office/registry/services/\($0)" } ?? "/office/registry/new", novalidate: true) {
            FormField.select("agency", label: t("office.agency"), choices: agencies, selected: form.agency, error: errors["agency"], wrapperID: "agency-field")
            Fieldset(legend: t("catalog.field.name")) {
                FormField.text("name_az", label: t("catalog.form.in_az"), value: form.name_az, error: errors["name_az"])
                FormField.text("name_en", label: t("catalog.form.in_en"), value: form.name_en, error: errors["name_en"])
                FormField.text("name_ru", label: t("catalog.form.in_ru"), value: form.name_ru, error: errors["name_ru"])
            }
            Fieldset(legend: t("catalog.field.description")) {
                FormField.textarea("description_az", label: t("catalog.form.in_az"), value: form.description_az, error: errors["description_az"])
                FormField.textarea("description_en", label: t("catalog.form.in_en"), value: form.description_en, error: errors["description_en"])
                FormField.textarea("description_ru", label: t("catalog.form.in_ru"), value: form.description_ru, error: errors["description_ru"])
            }
            FormField.checkboxes("audience", legend: t("catalog.field.audience"), choices: Choice.all(Audience.self, keyPrefix: "catalog.audience."),
                             selected: form.audience ?? [], error: errors["audience"])
            FormField.select("category", label: t("catalog.field.category"), choices: Choice.all(ServiceCategory.self, keyPrefix: "catalog.category."),
                         selected: form.category, placeholder: t("form.choose"), error: errors["category"], wrapperID: "category-field")
            FormField.checkboxes("life_events", legend: t("catalog.field.life_events"), choices: Choice.all(LifeEvent.self, keyPrefix: "catalog.event."),
                             selected: form.life_events ?? [], error: errors["life_events"], itemPrefix: "event-", columns: true)
            FormField.select("stage", label: t("catalog.field.stage"), choices: Choice.all(Stage.self, keyPrefix: "catalog.stage."),
                         selected: form.stage, placeholder: t("form.choose"), error: errors["stage"], wrapperID: "stage-field")
            FormField.checkboxes("channels", legend: t("catalog.field.channels"), choices: Choice.all(Channel.self, keyPrefix: "catalog.channel."),
                             selected: form.channels ?? [], error: errors["channels"], itemPrefix: "channel-")
            fee
            FormField.number("deadline_days", label: t("catalog.field.deadline_days"), hint: t("catalog.form.deadline_hint"),
                         value: form.deadline_days, error: errors["deadline_days"])
            FormField.textarea("documents", label: t("catalog.field.documents"), hint: t("catalog.form.documents_hint"), rows: 5,
                           value: form.documents, error: errors["documents"])
            FormField.textarea("legal_basis", label: t("catalog.field.legal_basis"), hint: t("catalog.form.legal_hint"),
                           value: form.legal_basis, error: errors["legal_basis"])
            FormField.select("result", label: t("catalog.field.result"), choices: Choice.all(ResultType.self, keyPrefix: "catalog.result."),
                         selected: form.result, placeholder: t("form.choose"), error: errors["result"], wrapperID: "result-field")
            FormField.text("processing_units", label: t("catalog.field.processing_units"), value: form.processing_units)
            scope
            Fieldset(legend: t("catalog.service.contact")) {
                FormField.text("contact_phone", label: t("profile.phone"), value: form.contact_phone, type: "tel", .class("input-medium"))
                FormField.text("contact_email", label: t("profile.email"), value: form.contact_email, error: errors["contact_email"], type: "email")
                FormField.text("contact_url", label: t("agency.website"), value: form.contact_url, error: errors["contact_url"], type: "url")
            }
            FormField.text("online_url", label: t("catalog.field.online_url"), value: form.online_url, error: errors["online_url"], type: "url")
            FormField.text("form_url", label: t("catalog.field.form_url"), value: form.form_url, error: errors["form_url"], type: "url")
            FormField.text("keywords", label: t("catalog.field.keywords"), hint: t("catalog.form.keywords_hint"), value: form.keywords,
                       error: errors["keywords"])
            FormField.select("status", label: t("catalog.field.status"), choices: Choice.all(ServiceStatus.self, keyPrefix: "catalog.status."),
                         selected: form.status ?? "active", wrapperID: "status-field")
            Button(t("catalog.office.save_draft"))
        }
        if canSubmit, let code {
            PostForm(action: "/office/registry/services/\(code)/submit") {
                p(.class("hint")) { t("catalog.office.submit_hint") }
                Button(t("catalog.office.submit"), style: .secondary)
            }
        }
    }

    /// Free, fixed (with the amount) or by formula (with the formula in three languages).
    var fee: some HTMLContent {
        FieldGroup(.radios("fee_amount", name: "fee_kind", legend: t("catalog.field.fee"), choices: Choice.all(Fee.Kind.self, keyPrefix: "catalog.fee."),
                           selected: form.fee_kind ?? "free", error: errors["fee_amount"], itemPrefix: "fee-")) {
            FormField.text("fee_amount_input", name: "fee_amount", label: t("catalog.form.fee_amount"), value: form.fee_amount,
                       .class("input-short"), .inputmode("decimal"))
            FormField.text("fee_formula_az", label: t("catalog.form.fee_formula"), value: form.fee_formula_az, error: errors["fee_formula_az"])
            FormField.text("fee_formula_en", label: t("catalog.form.fee_formula").followed(by: " (en)"), value: form.fee_formula_en)
            FormField.text("fee_formula_ru", label: t("catalog.form.fee_formula").followed(by: " (ru)"), value: form.fee_formula_ru)
        }
    }

    /// The whole country, or the territorial units chosen in the list.
    var scope: some HTMLContent {
        FieldGroup(.radios("scope", legend: t("catalog.field.scope"),
                           choices: [Choice(value: "national", label: t("catalog.scope.national")), Choice(value: "units", label: t("catalog.form.scope_units"))],
                           selected: form.scope == "units" ? "units" : "national", error: errors["scope"])) {
            label(.for("units"), .class("visually-hidden")) { t("catalog.form.scope_units") }
            select(.id("units"), .name("units[]"), .multiple(), .size(6)) { Options(units, selected: form.units ?? []) }
        }
    }
}
