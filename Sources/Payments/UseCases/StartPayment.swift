import FluentKit
import PortalHTTP

/// Starting a payment of an invoice, shared by the web page and the API: record the attempt (or reuse
/// the one in progress), ask the provider for its hosted page, record that it started. The provider is
/// never called inside a database transaction; a crash between the steps leaves a `created` attempt that
/// a retry resumes (the provider answers the same payment for the same order id).
struct StartPayment {
    let app: Application

    enum Recorded {
        case recorded(PaymentModel, InvoiceModel)
        case notFound
        case notPayable(InvoiceStatus)
        /// Another attempt is in progress (from another request, another tab or another person).
        case inProgress(PaymentModel)
    }

    /// Which attempt in progress of the same person a new start may take over.
    enum Reuse {
        /// Any (the web page: the Pay button again continues the same payment).
        case any
        /// Only one the provider never answered (`created`: the provider was down when it was recorded).
        case unlaunched
    }

    /// Step 1, inside the caller's transaction: checks the invoice and records a `created` attempt, or
    /// returns the person's own attempt in progress that `reuse` allows instead of a new one.
    func record(invoiceID: UUID, principal: Principal, reuse: Reuse, ip: String?, on db: any Database) async throws -> Recorded {
        try await db.lockRow(InvoiceModel.schema, id: invoiceID)
        guard let invoice = try await InvoiceModel.find(invoiceID, on: db), Invoices.canAccess(invoice, principal) else { return .notFound }
        let status = invoice.status
        guard status == .unpaid else { return .notPayable(status) }
        let now = app.portal.now()
        if let active = try await PaymentModel.query(on: db).filter(\.$invoiceID == invoiceID)
            .filter(\.$status ~~ [.created, .started]).first() {
            if active.expiresAt <= now {
                try await PaymentTransitions(app: app).apply(.expired, to: active, actor: .system, on: db)
            } else if active.payerUserID == principal.userID, reuse == .any || active.status == .created {
                return .recorded(active, invoice)
            } else {
                return .inProgress(active)
            }
        }
        let payment = PaymentModel()
        payment.id = UUID()
        payment.invoiceID = invoiceID
        payment.payerUserID = principal.userID
        payment.amount = invoice.amount
        payment.currency = invoice.currency
        payment.status = .created
        payment.createdAt = now
        payment.expiresAt = now.addingTimeInterval(app.payments.config.expiry)
        try await payment.create(on: db)
        try await app.portal.audit.record(AuditEvent(
            actor: principal.auditActor(ip: ip), action: "payments.payment.created", subjectFIN: invoice.payerFIN,
            objectType: "payment", objectID: payment.id!.uuidString,
            details: ["invoice": invoice.number, "amount": String(invoice.amount)]), on: db)
        return .recorded(payment, invoice)
    }

    /// Steps 2 and 3: the provider's hosted page for a `created` attempt, recorded as `started`.
    /// An attempt already past `created` is returned as it is.
    func launch(_ payment: PaymentModel, invoice: InvoiceModel) async throws -> PaymentModel {
        guard payment.status == .created || payment.redirectURL == nil else { return payment }
        let config = app.payments.config
        let base = app.portal.config.publicBaseURL
        let info = try invoice.info
        let request = ProviderPaymentRequest(
            merchantId: config.merchantID, orderId: payment.id!.uuidString, amount: payment.amount, currency: payment.currency,
            description: "\(invoice.number) \(info.describe(.az, app.portal.localizer))",
            returnUrl: "\(base)/payments/return/\(payment.id!.uuidString)",
            callbackUrl: config.callbackURL ?? "\(base)/payments/provider/callback")
        let answer = try await app.payments.provider.createPayment(request)
        return try await app.db.writeTransaction { db in
            try await db.lockRow(PaymentModel.schema, id: payment.id!)
            guard let current = try await PaymentModel.find(payment.id!, on: db) else { throw Abort(.notFound) }
            if current.providerPaymentID == nil { current.providerPaymentID = answer.id }
            if current.redirectURL == nil { current.redirectURL = answer.paymentUrl }
            if current.status == .created {
                try await PaymentTransitions(app: app).apply(.providerAccepted, to: current, actor: .system, on: db,
                                                             details: ["provider_payment": answer.id])
            } else {
                try await current.update(on: db)
            }
            return current
        }
    }
}
