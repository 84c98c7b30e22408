import PortalHTTP

/// `/cabinet/companies`: the companies the person represents; a director authorises and revokes
/// representatives and links further companies by VÖEN.
struct CompaniesPage: Sendable {
    struct Company: Sendable {
        var id: String
        var voen: String
        var name: String
        var role: String
        var isDirector: Bool
        var representatives: [Representative]
        /// The authorisation form's FIN shown again, and what was wrong with it.
        var finValue: String?
        var finError: String?
    }

    struct Representative: Sendable {
        var id: String
        var name: String
        var role: String
        var removable: Bool
    }

    var companies: [Company]
    var voen = ""
    var errors = FormErrors()
}

extension CompaniesPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("companies.heading") }
        ErrorSummary(errors)
        p { t("companies.lead") }
        for company in companies { CompanyCard(company: company) }
        h2 { t("companies.add.heading") }
        PostForm(action: "/cabinet/companies", novalidate: true) {
            FormField.text("voen", label: t("companies.voen"), hint: t("companies.add.hint"), value: voen, error: errors["voen"],
                           .inputmode("numeric"), .class("input-medium"))
            Button(t("companies.add.submit"))
        }
        BackToCabinet()
    }
}

/// One company: its VÖEN and the person's role; for its director, the representatives and the form
/// that authorises another.
struct CompanyCard: HTMLView {
    var company: CompaniesPage.Company

    var body: some HTMLContent {
        section(.class("card"), .ariaLabelledBy("company-\(company.id)")) {
            h2(.id("company-\(company.id)")) { company.name }
            SummaryList {
                SummaryRow(t("companies.voen")) { company.voen }
                SummaryRow(t("companies.your_role")) { company.role }
            }
            if company.isDirector { representatives }
        }
    }

    @HTMLBuilder var representatives: some HTMLContent {
        h3 { t("companies.representatives") }
        ul {
            for rep in company.representatives {
                li {
                    rep.name; " — "; rep.role
                    if rep.removable {
                        " "
                        PostForm(action: "/cabinet/companies/\(company.id)/representatives/\(rep.id)/revoke", class: "inline-form") {
                            Button(t("companies.revoke"), style: .secondary)
                        }
                    }
                }
            }
        }
        PostForm(action: "/cabinet/companies/\(company.id)/representatives", novalidate: true) {
            FormField.text("fin-\(company.id)", name: "fin", label: t("companies.authorise.label"), hint: t("companies.authorise.hint"),
                           value: company.finValue, error: company.finError, .class("input-short"))
            Button(t("companies.authorise.submit"))
        }
    }
}
