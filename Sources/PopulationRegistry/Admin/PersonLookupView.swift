import PortalHTTP

/// `/office/people`: the look-up form (FIN, purpose with its legal basis, reference, the agency when
/// there is a choice) and the register's answer below it.
extension PersonLookupPages.FormPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("office.people.heading") }
        ErrorSummary(errors)
        p { t("office.people.lead") }
        PostForm(action: "/office/people", novalidate: true) {
            FormField.text("fin", label: t("profile.fin"), value: values["fin"], error: errors["fin"], .class("input-short"), .autocomplete("off"))
            FormField.select("purpose", label: t("office.people.purpose"), choices: purposes, selected: values["purpose"],
                             placeholder: t("form.choose"), error: errors["purpose"])
            details {
                summary { t("office.people.legal_basis") }
                dl(.class("summary-list")) {
                    for basis in legalBases { div { dt { basis.purpose }; dd { basis.text } } }
                }
            }
            FormField.text("reference", label: t("office.people.reference"), hint: t("office.people.reference.hint"), value: values["reference"],
                           .class("input-medium"))
            if !agencies.isEmpty {
                FormField.select("agency", label: t("office.people.acting_for"), choices: agencies, selected: values["agency"], error: errors["agency"])
            }
            p(.class("hint")) { t("office.people.recorded") }
            Button(t("office.people.submit"))
        }
        if let result {
            section(.ariaLabelledBy("result-heading"), .class("card")) {
                h2(.id("result-heading")) { t("office.people.result") }
                if result.found {
                    SummaryList {
                        SummaryRow(t("profile.name")) { result.fullName }
                        SummaryRow(t("profile.fin")) { result.fin }
                        SummaryRow(t("profile.birth_date")) { result.birthDate }
                        if let address = result.address { SummaryRow(t("profile.address")) { address } }
                    }
                    ul {
                        for document in result.documents {
                            li {
                                document.kind
                                ": "
                                document.number
                                if let expires = document.expires { " — "; expires }
                                if document.expired { " "; StatusTag(t("document.status.expired"), tone: .warning) }
                            }
                        }
                    }
                } else {
                    p { t("office.people.not_found") }
                }
            }
        }
    }
}
