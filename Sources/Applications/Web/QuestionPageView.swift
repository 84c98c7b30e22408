import PortalHTTP

/// `/applications/:id/pages/:page`: one page of questions, with each problem beside its field and
/// listed at the top; continue, or save and come back later.
struct QuestionPage: Sendable {
    var caseID: String
    var serviceName: String
    var pageID: String
    var pageTitle: String
    var step: Int
    var steps: Int
    var fields: [FieldView]
    var errors: FormErrors
    var backPath: String?

    var multipart: Bool { fields.contains(where: \.takesFile) }
}

extension QuestionPage: HTMLView {
    var body: some HTMLContent {
        if let backPath { p { a(.href(backPath)) { t("applications.question.back") } } }
        p(.class("muted")) { serviceName; " · "; t("applications.question.step", String(step), String(steps)) }
        ErrorSummary(errors)
        PostForm(action: "/applications/\(caseID)/pages/\(pageID)", multipart: multipart, novalidate: true) {
            h1 { pageTitle }
            for field in fields { QuestionField(field: field) }
            div(.class("actions")) {
                Button(t("applications.question.continue"))
                Button(t("applications.question.save_later"), style: .secondary, name: "later", value: "yes")
            }
        }
    }
}

/// `/applications/:id/check`: every answer with a link to change it, the fee, the declaration, submit
/// (and pay) or cancel; after a refused submit, the problems at the top, each linking to its question.
struct CheckPage: Sendable {
    struct Problem: Sendable {
        var message: String
        var path: String
    }

    var caseID: String
    var serviceName: String
    var rows: [CheckRow]
    /// The fee as the page's language writes an amount; nil when there is none to pay.
    var fee: String?
    var problems: [Problem]
}

extension CheckPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { serviceName }
        h1 { t("applications.check.heading") }
        if !problems.isEmpty {
            div(.class("error-summary"), .role("alert"), .ariaLabelledBy("error-summary-title"), .tabindex(-1)) {
                h2(.id("error-summary-title")) { t("applications.check.problems") }
                ul { for problem in problems { li { a(.href(problem.path)) { problem.message } } } }
            }
        }
        SummaryList {
            for row in rows {
                div {
                    dt { row.label }
                    dd {
                        row.value
                        if row.changeable {
                            " "
                            a(.href("/applications/\(caseID)/pages/\(row.pageID)#\(row.fieldID)")) {
                                t("applications.check.change")
                                span(.class("visually-hidden")) { " "; row.label }
                            }
                        }
                    }
                }
            }
        }
        if let fee { p { t("applications.check.fee", fee) } }
        h2 { t("applications.check.declaration") }
        p { t("applications.check.declaration_text") }
        PostForm(action: "/applications/\(caseID)/submit") {
            Button(fee == nil ? t("applications.check.submit") : t("applications.check.submit_and_pay"))
        }
        // Apart from the primary action, in a quieter style: cancelling is not the next step.
        div(.class("danger-zone")) {
            PostForm(action: "/applications/\(caseID)/cancel", class: "inline-form") {
                Button(t("applications.case.cancel"), style: .warning)
            }
        }
    }
}
