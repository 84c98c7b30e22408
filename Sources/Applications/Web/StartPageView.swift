import PortalHTTP

/// `/services/:code/apply`: what applying takes (fee, deadline, documents), a draft to continue, and
/// for a service that businesses use, whether the person applies for themselves or their company.
struct StartPage: Sendable {
    var code: String
    var name: String
    var agency: String
    /// A fixed fee in qəpik; nil when the service is free.
    var fee: Int64?
    var deadlineDays: Int
    var documents: [String]
    var heldByState: [String]
    /// The company the person acts for, when the service is for businesses.
    var company: String?
    var draftPath: String?
}

extension StartPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { agency; " · "; code }
        h1 { name }
        p(.class("lead")) { t("applications.start.lead") }
        SummaryList {
            SummaryRow(t("applications.start.fee")) { if let fee, fee != 0 { MoneyText(fee) } else { t("applications.start.free") } }
            SummaryRow(t("applications.start.deadline")) { t("applications.start.deadline_days", String(deadlineDays)) }
        }
        if !heldByState.isEmpty {
            h2 { t("applications.start.state_holds") }
            p(.class("hint")) { t("applications.start.state_holds_hint") }
            ul { for document in heldByState { li { document } } }
        }
        if !documents.isEmpty {
            h2 { t("applications.start.have_ready") }
            ul { for document in documents { li { document } } }
        }
        if let draftPath {
            Notice { p { t("applications.start.draft_exists"); " "; a(.href(draftPath)) { t("applications.start.continue_draft") } } }
        }
        PostForm(action: "/services/\(code)/apply") {
            if let company {
                Fieldset(legend: t("applications.start.who")) {
                    div(.class("checkbox")) {
                        input(.type("radio"), .id("for-self"), .name("forCompany"), .value("no"), .checked())
                        label(.for("for-self")) { t("applications.start.for_self") }
                    }
                    div(.class("checkbox")) {
                        input(.type("radio"), .id("for-company"), .name("forCompany"), .value("yes"))
                        label(.for("for-company")) { t("applications.start.for_company", company) }
                    }
                }
            }
            Button(t("applications.start.button"))
        }
    }
}
