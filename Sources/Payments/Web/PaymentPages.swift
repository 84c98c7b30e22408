import PortalHTTP

/// The citizen's side: unpaid invoices and fines in the cabinet, an invoice with its Pay button, the
/// redirect to the provider's hosted page, and the page the provider sends the citizen back to
/// (the views: PaymentPageViews.swift).
struct PaymentPages {
    struct InvoiceRow: Sendable {
        var id: String
        var number: String
        var description: String
        var agency: String
        var amount: Int64
        var status: String
        var statusCode: String
        var created: String
        var paid: String?
        var payable: Bool
        /// The payment whose receipt can be opened (`/cabinet/payments/:id/receipt`), once paid.
        var receiptPaymentID: String?
    }

    struct FineRow: Sendable {
        var protocolNumber: String
        var offence: String
        var date: String
        var agency: String
        var amount: Int64
        var status: String
        var invoiceID: String?
    }

    struct Cabinet: Sendable {
        var unpaid: [InvoiceRow]
        var others: [InvoiceRow]
        var fines: [FineRow]
    }

    struct AttemptRow: Sendable {
        var id: String
        var status: String
        var statusCode: String
        var started: String
    }

    struct InvoicePage: Sendable {
        var invoice: InvoiceRow
        var payer: String
        var company: String?
        var attempts: [AttemptRow]
        var inProgressElsewhere: Bool
    }

    struct ReturnPage: Sendable {
        var paymentID: String
        var status: String
        var statusCode: String
        var message: String
        var invoiceNumber: String
        var invoiceID: String
        var amount: Int64
        var returnPath: String
        var waiting: Bool
    }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "payments", use: cabinet)
        signedIn.get("payments", "invoices", ":id", use: invoice)
        signedIn.post("payments", "invoices", ":id", "pay", use: pay)
        signedIn.get("payments", "go", ":id", use: go)
        signedIn.get("payments", "return", ":id", use: returned)
    }

    static func row(_ invoice: InvoiceInfo, _ req: Request) async throws -> InvoiceRow {
        let agency = try await req.portal.directory.agency(id: invoice.agencyID)
        return InvoiceRow(id: invoice.id.uuidString, number: invoice.number, description: invoice.describe(req.language, req.portal.localizer),
                          agency: agency?.name.text(req.language) ?? invoice.agencyCode, amount: invoice.amount.minorUnits,
                          status: req.portal.localizer.text("payments.invoice.status.\(invoice.status.rawValue)", req.language), statusCode: invoice.status.rawValue,
                          created: req.displayTime(invoice.createdAt), paid: invoice.paidAt.map(req.displayTime),
                          payable: invoice.status == .unpaid,
                          receiptPaymentID: [.paid, .refunded].contains(invoice.status) ? invoice.paidByPayment?.uuidString : nil)
    }

    @Sendable func cabinet(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let queries = PaymentsQueries(db: req.db)
        let invoices = try await queries.visibleInvoices(to: principal)
        var rows: [InvoiceRow] = []
        for invoice in invoices { rows.append(try await Self.row(invoice, req)) }
        let fines = try await queries.fines(of: principal.fin.value, limit: 200)
        var fineRows: [FineRow] = []
        for fine in fines {
            let agency = try await req.portal.directory.agency(id: fine.agencyID)
            fineRows.append(FineRow(protocolNumber: fine.protocolNumber, offence: fine.offence,
                                    date: LocalDate(iso: fine.offenceDate).map(req.displayDate) ?? fine.offenceDate,
                                    agency: agency?.name.text(req.language) ?? fine.agencyCode, amount: fine.amount,
                                    status: req.portal.localizer.text("payments.fine.status.\(fine.status.rawValue)", req.language), invoiceID: fine.invoiceID?.uuidString))
        }
        let unpaid = rows.filter(\.payable)
        let others = rows.filter { !$0.payable }
        let response = try req.render(Cabinet(unpaid: unpaid, others: others, fines: fineRows), titleKey: "payments.cabinet.title")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The invoice if the signed-in person may see it; 404 otherwise (someone else's invoice does not exist for them).
    static func visibleInvoice(_ req: Request) async throws -> (InvoiceInfo, Principal) {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        guard let invoice = try await PaymentsQueries(db: req.db).invoice(id, visibleTo: principal) else { throw Abort(.notFound) }
        return (invoice, principal)
    }

    @Sendable func invoice(req: Request) async throws -> Response {
        let (invoice, principal) = try await Self.visibleInvoice(req)
        let attempts = try await PaymentsQueries(db: req.db).attempts(invoice: invoice.id)
        let rows = attempts.map {
            AttemptRow(id: $0.id.uuidString, status: req.portal.localizer.text("payments.payment.status.\($0.status.rawValue)", req.language),
                       statusCode: $0.status.rawValue, started: req.displayTime($0.createdAt))
        }
        let now = req.portal.now()
        let elsewhere = attempts.contains { $0.status.isActive && $0.expiresAt > now && $0.payerUserID != principal.userID }
        let company = invoice.payer.voen.flatMap { voen in principal.companies.first { $0.voen == voen }?.name ?? voen }
        let page = InvoicePage(invoice: try await Self.row(invoice, req), payer: invoice.payer.fin, company: company, attempts: rows,
                               inProgressElsewhere: elsewhere)
        let response = try req.render(page, titleKey: "payments.invoice.title", titleArguments: [invoice.number])
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable func pay(req: Request) async throws -> Response {
        let (invoice, principal) = try await Self.visibleInvoice(req)
        try PaymentsAPI.limitCreation(req, principal)
        let start = StartPayment(app: req.application)
        let recorded = try await req.db.writeTransaction { db in
            try await start.record(invoiceID: invoice.id, principal: principal, reuse: .any, ip: req.clientIP, on: db)
        }
        let back = "/payments/invoices/\(invoice.id.uuidString)"
        switch recorded {
        case .notFound: throw Abort(.notFound)
        case .notPayable: return req.redirect(to: back, flash: "flash.payments.not_payable")
        case .inProgress: return req.redirect(to: back, flash: "flash.payments.in_progress")
        case .recorded(let payment, let invoice):
            do {
                let started = try await start.launch(payment, invoice: invoice)
                guard started.status == .started, started.redirectURL != nil else {
                    return req.redirect(to: "/payments/return/\(started.id!.uuidString)", redirectType: .normal)
                }
                // Not straight to the provider: the portal's CSP (form-action 'self') rightly stops a form
                // submission from being redirected to another site, so the person follows a link instead.
                return req.redirect(to: "/payments/go/\(started.id!.uuidString)", redirectType: .normal)
            } catch let error as ProviderUnavailable {
                req.logger.warning("payment provider unavailable: \(error.description)")
                return req.redirect(to: back, flash: "flash.payments.provider_unavailable")
            }
        }
    }

    struct GoPage: Sendable {
        var url: String
        var invoiceNumber: String
        var amount: Int64
    }

    /// The step between the Pay button and the provider's hosted page.
    @Sendable func go(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        guard let found = try await PaymentsQueries(db: req.db).payment(id, visibleTo: principal) else { throw Abort(.notFound) }
        let (payment, invoice) = found
        guard payment.status.isActive, payment.expiresAt > req.portal.now(), let url = payment.redirectURL,
              url.hasPrefix(req.application.payments.config.providerBaseURL + "/") else {
            return req.redirect(to: "/payments/return/\(id.uuidString)", redirectType: .normal)
        }
        let response = try req.render(GoPage(url: url, invoiceNumber: invoice.number, amount: invoice.amount.minorUnits), titleKey: "payments.go.title")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable func returned(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        guard let found = try await PaymentsQueries(db: req.db).payment(id, visibleTo: principal) else { throw Abort(.notFound) }
        let (payment, invoice) = found
        let status = payment.status
        let page = ReturnPage(paymentID: id.uuidString, status: req.portal.localizer.text("payments.payment.status.\(status.rawValue)", req.language),
                              statusCode: status.rawValue,
                              message: req.portal.localizer.text("payments.return.message.\(status.rawValue)", req.language),
                              invoiceNumber: invoice.number, invoiceID: invoice.id.uuidString, amount: invoice.amount.minorUnits,
                              returnPath: req.safeReturnPath(invoice.returnPath, fallback: "/cabinet/payments"), waiting: status.isActive)
        let response = try req.render(page, titleKey: "payments.return.title")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
