import PortalHTTP

/// `/office/payments/reconciliation`: the day's settlement file (fetch or upload), the mismatches and their CSV.
extension ReconciliationPages.Page: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/payments")) { t("payments.office.back") } }
        h1 { t("payments.reconciliation.heading", day) }
        form(.method("get"), .action("/office/payments/reconciliation"), .class("inline-form")) {
            label(.for("day")) { t("payments.reconciliation.day") }
            input(.id("day"), .name("day"), .type("date"), .value(day))
            Button(t("payments.reconciliation.show"), style: .secondary)
        }
        h2 { t("payments.reconciliation.file") }
        if let file {
            p { t("payments.reconciliation.file_stored", file.source, file.stored) }
        } else {
            p { t("payments.reconciliation.no_file") }
        }
        PostForm(action: "/office/payments/reconciliation") {
            HiddenField("day", day)
            Button(t("payments.reconciliation.fetch"), name: "action", value: "fetch")
        }
        PostForm(action: "/office/payments/reconciliation", multipart: true) {
            HiddenField("day", day)
            HiddenField("action", "upload")
            FormField.text("file", label: t("payments.reconciliation.upload_label"), value: nil, type: "file", .accept(".csv,text/csv"))
            Button(t("payments.reconciliation.upload"), style: .secondary)
        }
        if let problem { div(.class("error-summary"), .role("alert")) { p { problem } } }
        if file != nil {
            h2 { t("payments.reconciliation.result") }
            p(.id("summary")) { summary }
            if rows.isEmpty {
                p { t("payments.reconciliation.all_match") }
            } else {
                Table(caption: t("payments.reconciliation.result"),
                      columns: [.init(t("payments.reconciliation.kind")), .init(t("payments.invoice.number")), .init(t("payments.reconciliation.order")),
                                .init(t("payments.reconciliation.portal")), .init(t("payments.reconciliation.provider"))],
                      rows: rows) { row in
                    td { row.kind }
                    td { row.invoiceNumber ?? "—" }
                    td { code { row.orderID } }
                    td { side(row.portalAmount, row.portalStatus) }
                    td { side(row.providerAmount, row.providerStatus) }
                }
                p { a(.href("/office/payments/reconciliation.csv?day=\(day)")) { t("payments.reconciliation.export") } }
            }
        }
    }

    /// One side's amount and status, or a dash where that side has no such payment.
    @HTMLBuilder
    func side(_ amount: Int64?, _ status: String?) -> some HTMLContent {
        if let amount { MoneyText(amount); " "; status ?? "" } else { "—" }
    }
}
