import FluentKit
import PortalHTTP

/// `/office/payments`: fines recorded by an agency, an invoice looked up for a refund, refunds asked for
/// and decided (two people), and the daily reconciliation with the provider's settlement file.
struct PaymentsOfficePages {
    static let recordFines: Permission = "payments.fines.record"

    struct Hub: Encodable, Sendable {
        var canRecordFines: Bool
        var canRequestRefunds: Bool
        var canApproveRefunds: Bool
        var canReconcile: Bool
    }

    struct FineRow: Encodable, Sendable {
        var protocolNumber: String
        var fin: String
        var offence: String
        var date: String
        var amount: Int64
        var status: String
        var invoiceNumber: String?
    }

    struct FinesPage: Encodable, Sendable {
        var agencies: [Option]
        var fines: [FineRow]
        var hasFines: Bool
    }

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct PaymentRow: Encodable, Sendable {
        var id: String
        var status: String
        var statusCode: String
        var amount: Int64
        var created: String
        var finished: String?
        var providerID: String?
        var refundable: Bool
    }

    struct InvoiceLookup: Encodable, Sendable {
        var query: String
        var searched: Bool
        var found: Bool
        var number: String
        var payer: String
        var description: String
        var amount: Int64
        var status: String
        var payments: [PaymentRow]
        var canRequest: Bool
    }

    struct RefundRow: Encodable, Sendable {
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

    struct RefundsPage: Encodable, Sendable {
        var rows: [RefundRow]
        var hasRows: Bool
        var canApprove: Bool
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

    static func agencies(_ req: Request, _ permission: Permission) -> Set<UUID> {
        guard let principal = req.principal else { return [] }
        return Set(req.portal.permissions.assignments(of: principal, granting: permission).compactMap(\.agencyID))
    }

    static func has(_ req: Request, _ permission: Permission) -> Bool {
        guard let principal = req.principal else { return false }
        return !req.portal.permissions.assignments(of: principal, granting: permission).isEmpty
    }

    @Sendable func hub(req: Request) async throws -> Response {
        let page = Hub(canRecordFines: Self.has(req, Self.recordFines), canRequestRefunds: Self.has(req, Refunds.request),
                       canApproveRefunds: Self.has(req, Refunds.approve), canReconcile: Self.has(req, Reconciliation.permission))
        guard page.canRecordFines || page.canRequestRefunds || page.canApproveRefunds || page.canReconcile else { throw Abort(.forbidden) }
        return try await req.renderPage("Payments/office", titleKey: "payments.office.title", page)
    }

    func finesPage(_ req: Request, values: [String: String], errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let agencyIDs = Self.agencies(req, Self.recordFines)
        var options: [Option] = []
        for id in agencyIDs.sorted(by: { $0.uuidString < $1.uuidString }) {
            guard let agency = try await req.portal.directory.agency(id: id) else { continue }
            options.append(Option(value: agency.code, label: agency.name.text(req.language), selected: values["agency"] == agency.code))
        }
        let fines = agencyIDs.isEmpty ? [] : try await FineModel.query(on: req.db).filter(\.$agencyID ~~ Array(agencyIDs))
            .sort(\.$createdAt, .descending).limit(50).all()
        let invoiceIDs = fines.compactMap(\.invoiceID)
        let numbers = invoiceIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await InvoiceModel.query(on: req.db)
            .filter(\.$id ~~ invoiceIDs).all().map { ($0.id!, $0.number) })
        let rows = fines.map {
            FineRow(protocolNumber: $0.protocolNumber, fin: $0.offenderFIN, offence: $0.offence, date: $0.offenceDate, amount: $0.amount,
                    status: req.portal.localizer.text("payments.fine.status.\($0.status)", req.language), invoiceNumber: $0.invoiceID.flatMap { numbers[$0] })
        }
        return try await req.renderPage("Payments/office-fines", titleKey: "payments.office.fines.title",
                                        FormPage(values: values, errors: errors, extra: FinesPage(agencies: options, fines: rows, hasFines: !rows.isEmpty)),
                                        status: status)
    }

    @Sendable func fines(req: Request) async throws -> Response {
        _ = try req.require(Self.recordFines)
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
        let assignments = try req.require(Self.recordFines)
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
        let outcome = try await Fines(app: req.application).record(
            .init(fin: values["fin"]!, amount: values["amount"]!, offence: values["offence"]!, offenceDate: values["offence_date"]!,
                  protocolNumber: values["protocol_number"]!),
            agency: agency, recordedBy: principal.userID, actor: principal.officialActor(agencyID: agency.id, ip: req.clientIP))
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

    @Sendable func lookup(req: Request) async throws -> Response {
        _ = try req.require(Refunds.request)
        let principal = try req.requirePrincipal()
        let query = (req.query[String.self, at: "number"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        var page = InvoiceLookup(query: query, searched: !query.isEmpty, found: false, number: "", payer: "", description: "", amount: 0,
                                 status: "", payments: [], canRequest: true)
        let agencies = Self.agencies(req, Refunds.request)
        if !query.isEmpty, let invoice = try await InvoiceModel.query(on: req.db).filter(\.$number == query).first(),
           agencies.contains(invoice.agencyID) {
            // Reading a citizen's invoice is a read of their data: they see it in "who looked at my data".
            try await req.db.writeTransaction { db in
                try await req.portal.audit.record(AuditEvent(
                    actor: principal.officialActor(agencyID: invoice.agencyID, ip: req.clientIP), action: "payments.invoice.read",
                    subjectFIN: invoice.payerFIN, objectType: "invoice", objectID: invoice.number, purpose: "payments.refund_review",
                    isPersonalDataRead: true), on: db)
            }
            let payments = try await PaymentModel.query(on: req.db).filter(\.$invoiceID == invoice.id!).sort(\.$createdAt, .descending).all()
            page.found = true
            page.number = invoice.number
            page.payer = invoice.payerFIN
            page.description = try invoice.info.describe(req.language, req.portal.localizer)
            page.amount = invoice.amount
            page.status = req.portal.localizer.text("payments.invoice.status.\(invoice.status)", req.language)
            page.payments = payments.map {
                PaymentRow(id: $0.id!.uuidString, status: req.portal.localizer.text("payments.payment.status.\($0.status)", req.language),
                           statusCode: $0.status, amount: $0.amount, created: BakuTime.display($0.createdAt),
                           finished: $0.finishedAt.map(BakuTime.display), providerID: $0.providerPaymentID,
                           refundable: $0.paymentStatus == .succeeded)
            }
        }
        return try await req.renderPage("Payments/office-invoice", titleKey: "payments.office.invoice.title", page)
    }

    struct RefundForm: Content { var reason: String? }

    @Sendable func requestRefund(req: Request) async throws -> Response {
        _ = try req.require(Refunds.request)
        let principal = try req.requirePrincipal()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let form = try req.content.decode(RefundForm.self)
        let outcome = try await Refunds(app: req.application).request(paymentID: id, reason: form.reason ?? "", official: principal,
                                                                      agencies: Self.agencies(req, Refunds.request), ip: req.clientIP)
        let number = try await PaymentModel.find(id, on: req.db).asyncMap { try await InvoiceModel.find($0.invoiceID, on: req.db)?.number } ?? nil
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
        let requesting = Self.agencies(req, Refunds.request)
        let approving = Self.agencies(req, Refunds.approve)
        guard !requesting.isEmpty || !approving.isEmpty else { throw Abort(.forbidden) }
        let principal = try req.requirePrincipal()
        let scope = Array(requesting.union(approving))
        let refunds = try await RefundModel.query(on: req.db).filter(\.$agencyID ~~ scope).sort(\.$requestedAt, .descending).limit(100).all()
        let invoiceIDs = refunds.map(\.invoiceID)
        let numbers = invoiceIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await InvoiceModel.query(on: req.db)
            .filter(\.$id ~~ invoiceIDs).all().map { ($0.id!, $0.number) })
        let rows = refunds.map {
            RefundRow(id: $0.id!.uuidString, invoiceNumber: numbers[$0.invoiceID] ?? "", amount: $0.amount, reason: $0.reason,
                      state: req.portal.localizer.text("payments.refund.state.\($0.state)", req.language), stateCode: $0.state,
                      requested: BakuTime.display($0.requestedAt),
                      decidable: approving.contains($0.agencyID) && $0.requestedBy != principal.userID
                        && ($0.state == "requested" || ($0.state == "approved" && $0.providerRefundID == nil)),
                      mine: $0.requestedBy == principal.userID)
        }
        return try await req.renderPage("Payments/office-refunds", titleKey: "payments.office.refunds.title",
                                        RefundsPage(rows: rows, hasRows: !rows.isEmpty, canApprove: !approving.isEmpty))
    }

    func decide(_ req: Request, approve: Bool) async throws -> Response {
        _ = try req.require(Refunds.approve)
        let principal = try req.requirePrincipal()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let outcome = try await Refunds(app: req.application).decide(refundID: id, approve: approve, official: principal,
                                                                     agencies: Self.agencies(req, Refunds.approve), ip: req.clientIP)
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
