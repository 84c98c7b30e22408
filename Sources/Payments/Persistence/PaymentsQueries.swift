import FluentKit
import PortalHTTP

/// A payment attempt as pages and the API read it.
struct PaymentRecord: Sendable, Hashable {
    var id: UUID
    var invoiceID: UUID
    var payerUserID: UUID
    var amount: Int64
    var currency: String
    var status: PaymentStatus
    var providerPaymentID: String?
    var redirectURL: String?
    var createdAt: Date
    var expiresAt: Date
    var finishedAt: Date?
}

/// A fine as pages and the API read it.
struct FineRecord: Sendable, Hashable {
    var id: UUID
    var agencyID: UUID
    var agencyCode: String
    var protocolNumber: String
    var offenderFIN: String
    var amount: Int64
    var offence: String
    /// ISO date (`2026-11-20`).
    var offenceDate: String
    var status: FineStatus
    var invoiceID: UUID?
    /// Its invoice's number, where the query asked for it.
    var invoiceNumber: String?
}

/// A refund with its invoice's number and unit, as the refunds page reads it.
struct RefundRecord: Sendable, Hashable {
    var id: UUID
    var paymentID: UUID
    var agencyID: UUID
    var amount: Int64
    var reason: String
    var state: RefundModel.State
    var requestedBy: UUID
    var requestedAt: Date
    var providerRefundID: String?
    var invoiceNumber: String
    var unitCode: String?
}

/// A stored settlement file.
struct SettlementFile: Sendable, Hashable {
    var day: String
    /// `upload` or `provider`.
    var source: String
    var content: String
    var storedAt: Date
}

extension PaymentModel {
    var record: PaymentRecord {
        get throws {
            PaymentRecord(id: try requireID(), invoiceID: invoiceID, payerUserID: payerUserID, amount: amount, currency: currency,
                          status: status, providerPaymentID: providerPaymentID, redirectURL: redirectURL, createdAt: createdAt,
                          expiresAt: expiresAt, finishedAt: finishedAt)
        }
    }
}

extension FineModel {
    func record(invoiceNumber: String? = nil) throws -> FineRecord {
        FineRecord(id: try requireID(), agencyID: agencyID, agencyCode: agencyCode, protocolNumber: protocolNumber, offenderFIN: offenderFIN,
                   amount: amount, offence: offence, offenceDate: offenceDate, status: status, invoiceID: invoiceID, invoiceNumber: invoiceNumber)
    }
}

/// What the citizen's pages, the office's pages and the API read of payments, as read models: one
/// function per question, used by pages and API alike. Access rules are applied here (an invoice
/// someone may not see is not found), so callers cannot forget them.
struct PaymentsQueries {
    let db: any Database

    /// The invoices the signed-in person may see (their own and their companies'), newest first.
    func visibleInvoices(to principal: Principal, limit: Int = 200) async throws -> [InvoiceInfo] {
        let voens: [String?] = principal.companies.map(\.voen)
        return try await InvoiceModel.query(on: db).group(.or) { group in
            group.group(.and) { own in own.filter(\.$payerFIN == principal.fin.value).filter(\.$payerVOEN == nil) }
            if !voens.isEmpty { group.filter(\.$payerVOEN ~~ voens) }
        }.sort(\.$createdAt, .descending).limit(limit).all().map { try $0.info }
    }

    /// An invoice the person may see; nil when there is none or it is someone else's.
    func invoice(_ id: UUID, visibleTo principal: Principal) async throws -> InvoiceInfo? {
        guard let invoice = try await InvoiceModel.find(id, on: db), Invoices.canAccess(invoice, principal) else { return nil }
        return try invoice.info
    }

    /// A payment with its invoice, when the person may see the invoice or (`orPayer`) made the payment.
    func payment(_ id: UUID, visibleTo principal: Principal, orPayer: Bool = false) async throws -> (payment: PaymentRecord, invoice: InvoiceInfo)? {
        guard let payment = try await PaymentModel.find(id, on: db), let invoice = try await InvoiceModel.find(payment.invoiceID, on: db),
              (orPayer && payment.payerUserID == principal.userID) || Invoices.canAccess(invoice, principal) else { return nil }
        return (try payment.record, try invoice.info)
    }

    /// The attempts to pay an invoice, newest first.
    func attempts(invoice id: UUID) async throws -> [PaymentRecord] {
        try await PaymentModel.query(on: db).filter(\.$invoiceID == id).sort(\.$createdAt, .descending).all().map { try $0.record }
    }

    /// One page of the payments a person started, newest first, with each one's invoice number.
    func payments(of userID: UUID, paging: Paging) async throws -> ListPage<(payment: PaymentRecord, invoiceNumber: String)> {
        let query = PaymentModel.query(on: db).filter(\.$payerUserID == userID)
        let total = try await query.count()
        let payments = try await query.sort(\.$createdAt, .descending).offset(paging.offset).limit(paging.limit).all()
        let numbers = try await invoiceNumbers(Array(Set(payments.map(\.invoiceID))))
        return ListPage(items: try payments.map { (payment: try $0.record, invoiceNumber: numbers[$0.invoiceID] ?? "") }, total: total, paging: paging)
    }

    /// One page of the fines recorded against a person, newest first.
    func fines(of fin: String, paging: Paging) async throws -> ListPage<FineRecord> {
        let query = FineModel.query(on: db).filter(\.$offenderFIN == fin)
        let total = try await query.count()
        let fines = try await query.sort(\.$createdAt, .descending).offset(paging.offset).limit(paging.limit).all()
        return ListPage(items: try fines.map { try $0.record() }, total: total, paging: paging)
    }

    /// The latest fines recorded against a person, newest first.
    func fines(of fin: String, limit: Int) async throws -> [FineRecord] {
        try await FineModel.query(on: db).filter(\.$offenderFIN == fin).sort(\.$createdAt, .descending).limit(limit).all().map { try $0.record() }
    }

    /// The latest fines recorded within an office scope (agency, and unit for a regional role), with their invoices' numbers.
    func fines(in scope: OfficeScope, limit: Int = 50) async throws -> [FineRecord] {
        guard !scope.isEmpty else { return [] }
        let fines = try await FineModel.query(on: db).group(.or) { any in
            for part in scope.parts {
                any.group(.and) { one in
                    one.filter(\.$agencyID == part.agency)
                    if let unit = part.unit { one.filter(\.$unitCode == unit) }
                }
            }
        }.sort(\.$createdAt, .descending).limit(limit).all()
        let numbers = try await invoiceNumbers(fines.compactMap(\.invoiceID))
        return try fines.map { try $0.record(invoiceNumber: $0.invoiceID.flatMap { numbers[$0] }) }
    }

    /// The latest refunds of invoices within an office scope.
    func refunds(in scope: OfficeScope, limit: Int = 100) async throws -> [RefundRecord] {
        guard !scope.isEmpty else { return [] }
        let rows = try await RefundModel.query(on: db).join(InvoiceModel.self, on: \RefundModel.$invoiceID == \InvoiceModel.$id)
            .group(.or) { any in
                for part in scope.parts {
                    any.group(.and) { one in
                        one.filter(InvoiceModel.self, \.$agencyID == part.agency)
                        if let unit = part.unit { one.filter(InvoiceModel.self, \.$unitCode == unit) }
                    }
                }
            }
            .sort(\.$requestedAt, .descending).limit(limit).all()
        return try rows.map {
            let invoice = try $0.joined(InvoiceModel.self)
            return RefundRecord(id: try $0.requireID(), paymentID: $0.paymentID, agencyID: $0.agencyID, amount: $0.amount, reason: $0.reason,
                                state: $0.state, requestedBy: $0.requestedBy, requestedAt: $0.requestedAt, providerRefundID: $0.providerRefundID,
                                invoiceNumber: invoice.number, unitCode: invoice.unitCode)
        }
    }

    /// The number of the invoice a payment belongs to.
    func invoiceNumber(ofPayment id: UUID) async throws -> String? {
        guard let payment = try await PaymentModel.find(id, on: db) else { return nil }
        return try await InvoiceModel.find(payment.invoiceID, on: db)?.number
    }

    /// The invoice with this number, whoever it belongs to (callers check the scope).
    func invoice(number: String) async throws -> InvoiceInfo? {
        try await InvoiceModel.query(on: db).filter(\.$number == number).first()?.info
    }

    /// The latest settlement file stored for a UTC day.
    func latestSettlementFile(day: String) async throws -> SettlementFile? {
        try await SettlementFileModel.query(on: db).filter(\.$day == day).sort(\.$storedAt, .descending).first()
            .map { SettlementFile(day: $0.day, source: $0.source, content: $0.content, storedAt: $0.storedAt) }
    }

    func invoiceNumbers(_ ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await InvoiceModel.query(on: db).filter(\.$id ~~ ids).all().map { ($0.id!, $0.number) })
    }
}
