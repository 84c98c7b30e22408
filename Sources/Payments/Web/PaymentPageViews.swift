import PortalHTTP

/// `/cabinet/payments`: what the person owes (invoices, fines) and what they paid before.
extension PaymentPages.Cabinet: HTMLView {
    var body: some HTMLContent {
        h1 { t("payments.cabinet.heading") }
        p { t("payments.cabinet.lead") }
        h2(.id("unpaid")) { t("payments.cabinet.unpaid") }
        if unpaid.isEmpty {
            p { t("payments.cabinet.nothing_unpaid") }
        } else {
            Table(caption: t("payments.cabinet.unpaid"),
                  columns: [.init(t("payments.invoice.number")), .init(t("payments.invoice.description")), .init(t("payments.invoice.agency")),
                            .init(t("payments.invoice.amount")), .init(t("table.actions"), hidden: true)],
                  rows: unpaid) { row in
                td { row.number }
                td { row.description }
                td { row.agency }
                td { MoneyText(row.amount) }
                td { a(.href("/payments/invoices/\(row.id)")) { t("payments.invoice.open_and_pay"); span(.class("visually-hidden")) { " "; row.number } } }
            }
        }
        h2(.id("fines")) { t("payments.cabinet.fines") }
        if fines.isEmpty {
            p { t("payments.cabinet.no_fines") }
        } else {
            Table(caption: t("payments.cabinet.fines"),
                  columns: [.init(t("payments.fine.protocol")), .init(t("payments.fine.offence")), .init(t("payments.fine.date")),
                            .init(t("payments.invoice.agency")), .init(t("payments.invoice.amount")), .init(t("payments.invoice.status"))],
                  rows: fines) { fine in
                td { if let invoiceID = fine.invoiceID { a(.href("/payments/invoices/\(invoiceID)")) { fine.protocolNumber } } else { fine.protocolNumber } }
                td { fine.offence }
                td { fine.date }
                td { fine.agency }
                td { MoneyText(fine.amount) }
                td { fine.status }
            }
        }
        if !others.isEmpty {
            h2(.id("history")) { t("payments.cabinet.history") }
            Table(caption: t("payments.cabinet.history"),
                  columns: [.init(t("payments.invoice.number")), .init(t("payments.invoice.description")), .init(t("payments.invoice.amount")),
                            .init(t("payments.invoice.status")), .init(t("payments.invoice.paid_at"))],
                  rows: others) { row in
                td { a(.href("/payments/invoices/\(row.id)")) { row.number } }
                td { row.description }
                td { MoneyText(row.amount) }
                td { StatusTag(row.status, tone: .emphasis) }
                td {
                    row.paid ?? "—"
                    if let payment = row.receiptPaymentID {
                        " · "
                        a(.href("/cabinet/payments/\(payment)/receipt")) { t("payments.receipt.open"); span(.class("visually-hidden")) { " "; row.number } }
                    }
                }
            }
        }
    }
}

/// `/payments/invoices/:id`: the invoice, its Pay button while it is unpaid, and the attempts so far.
extension PaymentPages.InvoicePage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/cabinet/payments")) { t("payments.back_to_cabinet") } }
        h1 { t("payments.invoice.heading", invoice.number) }
        SummaryList {
            SummaryRow(t("payments.invoice.description")) { invoice.description }
            SummaryRow(t("payments.invoice.agency")) { invoice.agency }
            SummaryRow(t("payments.invoice.payer")) { payer; if let company { " — "; company } }
            SummaryRow(t("payments.invoice.amount")) { strong(.id("amount")) { MoneyText(invoice.amount) } }
            SummaryRow(t("payments.invoice.status")) { strong(.class("tag"), .id("invoice-status")) { invoice.status } }
            SummaryRow(t("payments.invoice.created")) { invoice.created }
            if let paid = invoice.paid { SummaryRow(t("payments.invoice.paid_at")) { paid } }
        }
        if let payment = invoice.receiptPaymentID {
            p { a(.href("/cabinet/payments/\(payment)/receipt"), .id("open-receipt"), .class("button button-secondary")) { t("payments.receipt.open_button") } }
        }
        if invoice.payable {
            if inProgressElsewhere {
                Notice { p { t("payments.invoice.in_progress_elsewhere") } }
            } else {
                PostForm(action: "/payments/invoices/\(invoice.id)/pay") {
                    p(.class("hint")) { t("payments.invoice.pay_hint") }
                    button(.type("submit"), .id("pay")) { t("payments.invoice.pay", invoice.number) }
                }
            }
        }
        if !attempts.isEmpty {
            h2 { t("payments.invoice.attempts") }
            Table(caption: t("payments.invoice.attempts"), columns: [.init(t("payments.payment.started")), .init(t("payments.invoice.status"))],
                  rows: attempts) { attempt in
                td { a(.href("/payments/return/\(attempt.id)")) { attempt.started } }
                td { attempt.status }
            }
        }
    }
}

/// `/payments/go/:id`: the link on to the provider's hosted page (a form may not be redirected off the site).
extension PaymentPages.GoPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("payments.go.heading") }
        p { t("payments.go.lead", invoiceNumber) }
        p { strong { MoneyText(amount) } }
        p { a(.href(url), .id("continue-to-provider"), .class("button")) { t("payments.go.continue") } }
        p(.class("hint")) { t("payments.go.hint") }
    }
}

/// `/payments/return/:id`: where the provider sends the person back; the attempt's state so far.
extension PaymentPages.ReturnPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("payments.return.heading") }
        Notice {
            p { strong(.id("payment-status")) { status } }
            p { message }
        }
        SummaryList {
            SummaryRow(t("payments.invoice.number")) { a(.href("/payments/invoices/\(invoiceID)")) { invoiceNumber } }
            SummaryRow(t("payments.invoice.amount")) { MoneyText(amount) }
        }
        if waiting { p { a(.href("/payments/return/\(paymentID)"), .id("refresh")) { t("payments.return.refresh") } } }
        p { a(.href(returnPath), .id("continue"), .class("button")) { t("payments.return.continue") } }
    }
}
