import PortalHTTP

/// `/office/payments`: a tile for each part of the payments office the official may use.
extension PaymentsOfficePages.Hub: HTMLView {
    var body: some HTMLContent {
        h1 { t("payments.office.heading") }
        ul(.class("tiles")) {
            if canRecordFines { tile("/office/payments/fines", t("payments.office.fines.title")) }
            if canRequestRefunds { tile("/office/payments/invoices", t("payments.office.invoice.title")) }
            if canRequestRefunds || canApproveRefunds { tile("/office/payments/refunds", t("payments.office.refunds.title")) }
            if canReconcile { tile("/office/payments/reconciliation", t("payments.reconciliation.title")) }
        }
    }

    @HTMLBuilder
    func tile(_ path: String, _ title: Localized) -> some HTMLContent {
        li(.class("tile")) { a(.href(path)) { span(.class("tile-title")) { title } } }
    }
}

/// `/office/payments/fines`: record a fine (the form, shown again with its errors) and the agency's recent fines.
extension PaymentsOfficePages.FinesPage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/payments")) { t("payments.office.back") } }
        h1 { t("payments.office.fines.heading") }
        ErrorSummary(errors)
        PostForm(action: "/office/payments/fines", novalidate: true) {
            FormField.select("agency", label: t("payments.office.fines.agency"), choices: agencies, selected: values["agency"], error: errors["agency"])
            FormField.text("fin", label: t("payments.office.fines.fin"), value: values["fin"], error: errors["fin"],
                           .autocomplete("off"), .custom("spellcheck", "false"))
            FormField.text("protocol_number", label: t("payments.office.fines.protocol"), value: values["protocol_number"],
                           error: errors["protocol_number"])
            FormField.text("offence", label: t("payments.office.fines.offence"), value: values["offence"], error: errors["offence"])
            FormField.date("offence_date", label: t("payments.office.fines.date"), value: values["offence_date"], error: errors["offence_date"])
            FormField.text("amount", label: t("payments.office.fines.amount"), hint: t("payments.office.fines.amount_hint"), value: values["amount"],
                           error: errors["amount"], .inputmode("decimal"))
            Button(t("payments.office.fines.record"))
        }
        h2 { t("payments.office.fines.recent") }
        if fines.isEmpty {
            p { t("payments.office.fines.none") }
        } else {
            Table(caption: t("payments.office.fines.recent"),
                  columns: [.init(t("payments.fine.protocol")), .init(t("profile.fin")), .init(t("payments.fine.offence")), .init(t("payments.fine.date")),
                            .init(t("payments.invoice.amount")), .init(t("payments.invoice.status")), .init(t("payments.invoice.number"))],
                  rows: fines) { fine in
                td { fine.protocolNumber }
                td { fine.fin }
                td { fine.offence }
                td { fine.date }
                td { MoneyText(fine.amount) }
                td { fine.status }
                td { fine.invoiceNumber ?? "—" }
            }
        }
    }
}

/// `/office/payments/invoices`: one invoice by number with its payments; a refund can be asked for a paid one.
extension PaymentsOfficePages.InvoiceLookup: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/payments")) { t("payments.office.back") } }
        h1 { t("payments.office.invoice.heading") }
        form(.method("get"), .action("/office/payments/invoices")) {
            FormField.text("number", label: t("payments.invoice.number"), value: query, .custom("spellcheck", "false"))
            Button(t("payments.office.invoice.find"))
        }
        if searched {
            if found {
                h2 { number }
                SummaryList {
                    SummaryRow(t("payments.invoice.payer")) { payer }
                    SummaryRow(t("payments.invoice.description")) { description }
                    SummaryRow(t("payments.invoice.amount")) { MoneyText(amount) }
                    SummaryRow(t("payments.invoice.status")) { status }
                }
                h3 { t("payments.invoice.attempts") }
                Table(caption: t("payments.invoice.attempts"),
                      columns: [.init(t("payments.payment.started")), .init(t("payments.invoice.status")), .init(t("payments.payment.provider_id")),
                                .init(t("table.actions"), hidden: true)],
                      rows: Array(payments.enumerated())) { item in
                    td { item.element.created }
                    td { item.element.status }
                    td { if let providerID = item.element.providerID { code { providerID } } else { "—" } }
                    td { if item.element.refundable { refundForm(item.element, index: item.offset) } }
                }
            } else {
                p { t("payments.office.invoice.not_found") }
            }
        }
    }

    @HTMLBuilder
    func refundForm(_ payment: PaymentsOfficePages.PaymentRow, index: Int) -> some HTMLContent {
        PostForm(action: "/office/payments/payments/\(payment.id)/refunds") {
            label(.for("reason-\(index)")) { t("payments.refund.reason") }
            " "
            input(.id("reason-\(index)"), .name("reason"), .type("text"), .required())
            " "
            Button(t("payments.refund.request"), style: .secondary)
        }
    }
}

/// `/office/payments/refunds`: refunds asked for in the official's scope; approve or reject another person's request.
extension PaymentsOfficePages.RefundsPage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/payments")) { t("payments.office.back") } }
        h1 { t("payments.office.refunds.heading") }
        p { t("payments.office.refunds.lead") }
        if rows.isEmpty {
            p { t("payments.office.refunds.none") }
        } else {
            Table(caption: t("payments.office.refunds.heading"),
                  columns: [.init(t("payments.invoice.number")), .init(t("payments.invoice.amount")), .init(t("payments.refund.reason")),
                            .init(t("payments.refund.requested")), .init(t("payments.invoice.status")), .init(t("table.actions"), hidden: true)],
                  rows: rows) { row in
                td { row.invoiceNumber }
                td { MoneyText(row.amount) }
                td { row.reason }
                td {
                    row.requested
                    if row.mine { " "; span(.class("muted")) { "("; t("payments.refund.mine"); ")" } }
                }
                td { row.state }
                td { if row.decidable { decision(row) } }
            }
        }
    }

    @HTMLBuilder
    func decision(_ row: PaymentsOfficePages.RefundRow) -> some HTMLContent {
        PostForm(action: "/office/payments/refunds/\(row.id)/approve", class: "inline-form") {
            button(.type("submit")) { t("payments.refund.approve"); span(.class("visually-hidden")) { " "; row.invoiceNumber } }
        }
        " "
        PostForm(action: "/office/payments/refunds/\(row.id)/reject", class: "inline-form") {
            button(.type("submit"), .class("button-secondary")) { t("payments.refund.reject"); span(.class("visually-hidden")) { " "; row.invoiceNumber } }
        }
    }
}
