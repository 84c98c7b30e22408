import PortalHTTP

/// `/office/payments`: fines recorded by an agency, an invoice looked up for a refund, refunds asked for
/// and decided (two people), and the daily reconciliation with the provider's settlement file
/// (the views: PaymentsOfficeViews.swift, ReconciliationPageView.swift).
struct PaymentsOfficePages {
    struct Hub: Sendable {
        var canRecordFines: Bool
        var canRequestRefunds: Bool
        var canApproveRefunds: Bool
        var canReconcile: Bool
    }

    struct FineRow: Sendable {
        var protocolNumber: String
        var fin: String
        var offence: String
        var date: String
        var amount: Int64
        var status: String
        var invoiceNumber: String?
    }

    struct FinesPage: Sendable {
        var values: [String: String]
        var errors: FormErrors
        /// The agencies the official records fines for (the chosen one is `values["agency"]`).
        var agencies: [Choice]
        var fines: [FineRow]
    }

    struct PaymentRow: Sendable {
        var id: String
        var status: String
        var statusCode: String
        var amount: Int64
        var created: String
        var finished: String?
        var providerID: String?
        var refundable: Bool
    }

    struct InvoiceLookup: Sendable {
        var query: String
        var searched: Bool
        var found: Bool
        var number: String
        var payer: String
        var description: String
        var amount: Int64
        var status: String
        var payments: [PaymentRow]
    }

    struct RefundRow: Sendable {
        var id: String
        var invoiceNumber: String
        var amount: Int64
        var reason: String
        var state: String
        var stateCode: String
        var requested: String
        var decidable: Bool
        var mine: Bool
    }

    struct RefundsPage: Sendable {
        var rows: [RefundRow]
    }

    func register(_ office: any RoutesBuilder) {
        let payments = office.grouped("payments")
        payments.get(use: hub)
        payments.get("fines", use: fines)
        payments.post("fines", use: recordFine)
        payments.get("invoices", use: lookup)
        payments.post("payments", ":id", "refunds", use: requestRefund)
        payments.get("refunds", use: refunds)
        payments.post("refunds", ":id", "approve", use: approve)
        payments.post("refunds", ":id", "reject", use: reject)
        ReconciliationPages().register(payments)
    }

    /// Where the signed-in official holds `permission`: agencies, and units for regional roles.
    static func scope(_ req: Request, _ permission: Permission) -> OfficeScope {
        guard let principal = req.principal else { return OfficeScope([]) }
        return OfficeScope(req.portal.permissions.assignments(of: principal, granting: permission))
    }

    static func has(_ req: Request, _ permission: Permission) -> Bool {
        guard let principal = req.principal else { return false }
        return !req.portal.permissions.assignments(of: principal, granting: permission).isEmpty
    }

    @Sendable func hub(req: Request) async throws -> Response {
        let page = Hub(canRecordFines: Self.has(req, PaymentsPermissions.recordFines), canRequestRefunds: Self.has(req, PaymentsPermissions.requestRefunds),
                       canApproveRefunds: Self.has(req, PaymentsPermissions.approveRefunds), canReconcile: Self.has(req, PaymentsPermissions.reconcile))
        guard page.canRecordFines || page.canRequestRefunds || page.canApproveRefunds || page.canReconcile else { throw Abort(.forbidden) }
        return try req.render(page, titleKey: "payments.office.title")
    }

    func finesPage(_ req: Request, values: [String: String], errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let scope = Self.scope(req, PaymentsPermissions.recordFines)
        var options: [Choice] = []
        for id in scope.agencies.sorted(by: { $0.uuidString < $1.uuidString }) {
            guard let agency = try await req.portal.directory.agency(id: id) else { continue }
            options.append(Choice(value: agency.code, label: agency.name.text(req.language)))
        }
        let rows = try await PaymentsQueries(db: req.db).fines(in: scope).map { fine in
            FineRow(protocolNumber: fine.protocolNumber, fin: fine.offenderFIN, offence: fine.offence, date: fine.offenceDate,
                    amount: fine.amount, status: req.portal.localizer.text("payments.fine.status.\(fine.status.rawValue)", req.language),
                    invoiceNumber: fine.invoiceNumber)
        }
        return try req.render(FinesPage(values: values, errors: errors, agencies: options, fines: rows), titleKey: "payments.office.fines.title",
                              status: status)
    }

    @Sendable func fines(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.recordFines)
        return try await finesPage(req, values: ["offence_date": LocalDate(req.portal.now()).iso], errors: FormErrors(), status: .ok)
    }

    struct FineForm: Content {
        var agency: String?
        var fin: String?
        var amount: String?
        var offence: String?
        var offence_date: String?
        var protocol_number: String?
    }

    @Sendable func recordFine(req: Request) async throws -> Response {
        let assignments = try req.require(PaymentsPermissions.recordFines)
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(FineForm.self)
        let values = ["agency": form.agency ?? "", "fin": form.fin ?? "", "amount": form.amount ?? "", "offence": form.offence ?? "",
                      "offence_date": form.offence_date ?? "", "protocol_number": form.protocol_number ?? ""]
        var errors = FormErrors()
        let agency = try await req.portal.directory.agency(code: form.agency ?? "")
        guard let agency, assignments.contains(where: { $0.agencyID == agency.id }) else {
            errors.add("agency", req.t("validation.payments.agency"))
            return try await finesPage(req, values: values, errors: errors, status: .unprocessableEntity)
        }
        // A regional official records fines only for people registered in their units (nil: the whole agency).
        let inAgency = assignments.filter { $0.agencyID == agency.id }
        let units: Set<String>? = inAgency.contains { $0.territorialUnitCode == nil } ? nil : Set(inAgency.compactMap(\.territorialUnitCode))
        let outcome = try await RecordFine(app: req.application).run(
            .init(fin: values["fin"]!, amount: values["amount"]!, offence: values["offence"]!, offenceDate: values["offence_date"]!,
                  protocolNumber: values["protocol_number"]!),
            agency: agency, recordedBy: principal.userID, actor: principal.officialActor(agencyID: agency.id, ip: req.clientIP), units: units)
        switch outcome {
        case .recorded:
            return req.redirect(to: "/office/payments/fines", flash: "flash.payments.fine_recorded")
        case .duplicateProtocol:
            errors.add("protocol_number", req.t("validation.payments.protocol_taken"))
        case .invalid(let issues):
            for issue in issues { errors.add(issue.field, req.portal.localizer.text(issue.issue.key, req.language)) }
        }
        return try await finesPage(req, values: values, errors: errors, status: .unprocessableEntity)
    }

    /// One invoice by number, in the official's scope. Not found and out of scope look the same (404).
    @Sendable func lookup(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.requestRefunds)
        let principal = try req.requirePrincipal()
        let query = (req.query[String.self, at: "number"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        var page = InvoiceLookup(query: query, searched: !query.isEmpty, found: false, number: "", payer: "", description: "", amount: 0,
                                 status: "", payments: [])
        if !query.isEmpty, let found = try await ReadPaymentsOffice(app: req.application)
            .invoice(number: query, in: Self.scope(req, PaymentsPermissions.requestRefunds), official: principal, ip: req.clientIP) {
            let (invoice, payments) = found
            page.found = true
            page.number = invoice.number
            page.payer = invoice.payer.fin
            page.description = invoice.describe(req.language, req.portal.localizer)
            page.amount = invoice.amount.minorUnits
            page.status = req.portal.localizer.text("payments.invoice.status.\(invoice.status.rawValue)", req.language)
            page.payments = payments.map {
                PaymentRow(id: $0.id.uuidString, status: req.portal.localizer.text("payments.payment.status.\($0.status.rawValue)", req.language),
                           statusCode: $0.status.rawValue, amount: $0.amount, created: req.displayTime($0.createdAt),
                           finished: $0.finishedAt.map(req.displayTime), providerID: $0.providerPaymentID,
                           refundable: $0.status == .succeeded)
            }
        }
        return try req.render(page, titleKey: "payments.office.invoice.title", status: page.searched && !page.found ? .notFound : .ok)
    }

    struct RefundForm: Content { var reason: String? }

    @Sendable func requestRefund(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.requestRefunds)
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        let form = try req.content.decode(RefundForm.self)
        let outcome = try await RequestRefund(app: req.application).run(paymentID: id, reason: form.reason ?? "", official: principal,
                                                                      scope: Self.scope(req, PaymentsPermissions.requestRefunds), ip: req.clientIP)
        let number = try await PaymentsQueries(db: req.db).invoiceNumber(ofPayment: id)
        let back = "/office/payments/invoices?number=" + (number ?? "")
        switch outcome {
        case .requested: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.refund_requested")
        case .notFound: throw Abort(.notFound)
        case .notRefundable: return req.redirect(to: back, flash: "flash.payments.not_refundable")
        case .alreadyRequested: return req.redirect(to: back, flash: "flash.payments.refund_exists")
        case .reasonRequired: return req.redirect(to: back, flash: "flash.payments.refund_reason")
        }
    }

    @Sendable func refunds(req: Request) async throws -> Response {
        let requesting = Self.scope(req, PaymentsPermissions.requestRefunds)
        let approving = Self.scope(req, PaymentsPermissions.approveRefunds)
        guard !requesting.isEmpty || !approving.isEmpty else { throw Abort(.forbidden) }
        let principal = try req.requirePrincipal()
        let refunds = try await PaymentsQueries(db: req.db).refunds(in: requesting.union(approving))
        let rows = refunds.map { refund -> RefundRow in
            RefundRow(id: refund.id.uuidString, invoiceNumber: refund.invoiceNumber, amount: refund.amount, reason: refund.reason,
                      state: req.portal.localizer.text("payments.refund.state.\(refund.state.rawValue)", req.language), stateCode: refund.state.rawValue,
                      requested: req.displayTime(refund.requestedAt),
                      decidable: approving.contains(agency: refund.agencyID, unit: refund.unitCode) && refund.requestedBy != principal.userID
                        && (refund.state == .requested || (refund.state == .approved && refund.providerRefundID == nil)),
                      mine: refund.requestedBy == principal.userID)
        }
        return try req.render(RefundsPage(rows: rows), titleKey: "payments.office.refunds.title")
    }

    func decide(_ req: Request, approve: Bool) async throws -> Response {
        _ = try req.require(PaymentsPermissions.approveRefunds)
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter()
        let outcome = try await DecideRefund(app: req.application).run(refundID: id, approve: approve, official: principal,
                                                                  scope: Self.scope(req, PaymentsPermissions.approveRefunds), ip: req.clientIP)
        switch outcome {
        case .approved: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.refund_approved")
        case .rejected: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.refund_rejected")
        case .notFound: throw Abort(.notFound)
        case .samePerson: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.refund_same_person")
        case .alreadyDecided: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.refund_decided")
        case .providerUnavailable: return req.redirect(to: "/office/payments/refunds", flash: "flash.payments.provider_unavailable")
        }
    }

    @Sendable func approve(req: Request) async throws -> Response { try await decide(req, approve: true) }
    @Sendable func reject(req: Request) async throws -> Response { try await decide(req, approve: false) }
}
