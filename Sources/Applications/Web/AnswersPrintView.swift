import PortalHTTP

/// `/applications/:id/answers`: the applicant's copy of what they submitted — case number, service,
/// submission date and every answer — laid out to print (the print style sheet hides the site's
/// navigation: `@media print` in portal.css). Only the applicant, or a representative of the
/// company a company's case is for, opens it (`Applicant.visibleCase`).
struct AnswersPrintPage: Sendable {
    var caseID: String
    var number: String
    var serviceName: String
    var agency: String?
    var submitted: String?
    var applicant: String?
    var company: String?
    var rows: [CheckRow]
}

extension AnswersPrintPage: HTMLView {
    var body: some HTMLContent {
        p(.class("no-print")) { a(.href("/applications/\(caseID)")) { t("applications.print.back") } }
        h1 { t("applications.print.heading", number) }
        p(.class("hint no-print")) { t("applications.print.hint") }
        SummaryList {
            SummaryRow(t("applications.list.number")) { number }
            SummaryRow(t("applications.list.service")) { serviceName }
            if let agency { SummaryRow(t("applications.print.agency")) { agency } }
            if let submitted { SummaryRow(t("applications.print.submitted")) { submitted } }
            if let applicant { SummaryRow(t("applications.office.applicant")) { applicant } }
            if let company { SummaryRow(t("applications.print.company")) { company } }
        }
        h2 { t("applications.print.answers") }
        SummaryList {
            for row in rows {
                div { dt { row.label }; dd { row.value } }
            }
        }
    }
}
