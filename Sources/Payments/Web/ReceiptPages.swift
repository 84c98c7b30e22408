import PortalHTTP

/// `/cabinet/payments/:id/receipt`: the receipt of a successful payment, for the payer (or the company's
/// representative), from the invoice page. `?print=1` is the same receipt as a page of its own, without
/// the site's header and footer, to print with the browser (no script needed); the usual page prints
/// cleanly too (the print style sheet hides the navigation).
struct ReceiptPages {
    struct Receipt: Sendable {
        var paymentID: String
        var payer: String
        var company: String?
        var invoiceNumber: String
        var invoiceID: String
        var purpose: String
        var description: String
        var agency: String
        var amount: Int64
        var paidAt: String
        var paidISO: String
        var providerReference: String
        var refunded: Bool
    }

    struct ReceiptPage: Sendable {
        var receipt: Receipt
    }

    struct PrintableReceipt: Sendable {
        var lang: String
        var receipt: Receipt
    }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "payments", ":id", "receipt", use: receipt)
    }

    @Sendable func receipt(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        guard case .receipt(let found) = try await OpenPaymentReceipt(app: req.application).run(paymentID: id, principal: principal, ip: req.clientIP)
        else { throw Abort(.notFound) }
        let invoice = found.invoice
        let agency = try await req.portal.directory.agency(id: invoice.agencyID)
        let paidAt = found.payment.finishedAt ?? invoice.paidAt ?? found.payment.createdAt
        let company = invoice.payer.voen.flatMap { voen in principal.companies.first { $0.voen == voen }?.name ?? voen }
        let payer = invoice.payer.fin == principal.fin.value ? "\(principal.displayName) (\(invoice.payer.fin))" : invoice.payer.fin
        let receipt = Receipt(
            paymentID: found.payment.id.uuidString, payer: payer, company: company, invoiceNumber: invoice.number, invoiceID: invoice.id.uuidString,
            purpose: req.t("payments.receipt.purpose.\(invoice.purpose.rawValue)"),
            description: invoice.describe(req.language, req.portal.localizer), agency: agency?.name.text(req.language) ?? invoice.agencyCode,
            amount: invoice.amount.minorUnits, paidAt: req.displayTime(paidAt), paidISO: BakuTime.iso8601(paidAt),
            providerReference: found.payment.providerPaymentID ?? "—", refunded: found.payment.status == .refunded)
        let response: Response
        if req.query[String.self, at: "print"] == "1" {
            response = try req.renderDocument(PrintableReceipt(lang: req.language.rawValue, receipt: receipt))
        } else {
            response = try req.render(ReceiptPage(receipt: receipt), titleKey: "payments.receipt.title", titleArguments: [invoice.number])
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// The receipt's facts, the same on the page and on its printable copy.
struct ReceiptDetails: HTMLView {
    let receipt: ReceiptPages.Receipt

    var body: some HTMLContent {
        SummaryList {
            SummaryRow(t("payments.invoice.payer")) { receipt.payer; if let company = receipt.company { " — "; company } }
            SummaryRow(t("payments.invoice.number")) { receipt.invoiceNumber }
            SummaryRow(t("payments.receipt.purpose")) { receipt.purpose }
            SummaryRow(t("payments.invoice.description")) { receipt.description }
            SummaryRow(t("payments.invoice.agency")) { receipt.agency }
            SummaryRow(t("payments.invoice.amount")) { strong(.id("receipt-amount")) { MoneyText(receipt.amount) } }
            SummaryRow(t("payments.receipt.paid_at")) { time(.datetime(receipt.paidISO), .id("receipt-paid-at")) { receipt.paidAt } }
            SummaryRow(t("payments.payment.provider_id")) { code(.id("receipt-reference")) { receipt.providerReference } }
            SummaryRow(t("payments.receipt.payment_id")) { code { receipt.paymentID } }
        }
        if receipt.refunded { p(.id("receipt-refunded")) { strong { t("payments.receipt.refunded") } } }
    }
}

extension ReceiptPages.ReceiptPage: HTMLView {
    var body: some HTMLContent {
        p(.class("no-print")) { a(.href("/payments/invoices/\(receipt.invoiceID)")) { t("payments.receipt.back", receipt.invoiceNumber) } }
        h1 { t("payments.receipt.heading", receipt.invoiceNumber) }
        ReceiptDetails(receipt: receipt)
        p(.class("no-print")) {
            a(.href("/cabinet/payments/\(receipt.paymentID)/receipt?print=1"), .id("print-receipt"), .class("button")) { t("payments.receipt.print") }
        }
        p(.class("hint no-print")) { t("payments.receipt.print_hint") }
    }
}

/// The printable copy: a page of its own (no header, menu or footer), with the portal's style sheet.
extension ReceiptPages.PrintableReceipt: HTMLView {
    var body: some HTMLContent {
        DocumentType()
        html(.lang(lang)) {
            head {
                meta(.charset("utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title { t("payments.receipt.title", receipt.invoiceNumber) }
                link(.rel("stylesheet"), .href("/css/portal.css"))
            }
            body(.class("printable")) {
                main(.id("main"), .class("container")) {
                    p { strong { t("site.name") } }
                    h1 { t("payments.receipt.heading", receipt.invoiceNumber) }
                    ReceiptDetails(receipt: receipt)
                    p(.class("hint no-print")) { t("payments.receipt.print_hint") }
                    p(.class("no-print")) { a(.href("/cabinet/payments/\(receipt.paymentID)/receipt")) { t("payments.receipt.back_to_receipt") } }
                }
            }
        }
    }
}
