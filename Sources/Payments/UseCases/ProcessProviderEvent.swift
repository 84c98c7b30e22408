import FluentKit
import PortalHTTP

/// A verified provider callback, applied once: the event id is the primary key of
/// `payments_provider_events`, written in the same transaction as the payment's change, the invoice's
/// change and the owning module's settlement. If any of them throws, nothing is committed and the
/// provider delivers the event again.
struct ProcessProviderEvent {
    let app: Application

    enum Outcome: Equatable {
        case applied(PaymentStatus)
        /// Already processed (a redelivery).
        case duplicate
        /// Valid but not a change this payment can take (e.g. a failure after a success); recorded, not applied.
        case ignored(String)
        case unknownPayment
    }

    func run(_ event: ProviderEvent) async throws -> Outcome {
        guard let paymentID = UUID(uuidString: event.orderId) else { return .unknownPayment }
        do {
            return try await app.db.writeTransaction { db in
                try await db.lockRow(PaymentModel.schema, id: paymentID)
                // Checked after taking the payment's lock: a concurrent delivery of the same event has committed by now.
                if try await ProviderEventModel.find(event.eventId, on: db) != nil { return .duplicate }
                guard let payment = try await PaymentModel.find(paymentID, on: db) else { return .unknownPayment }
                let outcome = try await apply(event, to: payment, on: db)
                let row = ProviderEventModel()
                row.id = event.eventId
                row.paymentID = paymentID
                row.type = event.type.rawValue
                row.receivedAt = app.portal.now()
                switch outcome {
                case .applied(let status): row.outcome = "applied:" + status.rawValue
                case .ignored(let reason): row.outcome = "ignored:" + reason
                case .duplicate, .unknownPayment: row.outcome = "none"
                }
                try await row.create(on: db)
                return outcome
            }
        } catch where error.isConstraintViolation {
            if try await ProviderEventModel.find(event.eventId, on: app.db) != nil { return .duplicate }
            throw error
        }
    }

    func apply(_ event: ProviderEvent, to payment: PaymentModel, on db: any Database) async throws -> Outcome {
        let actor = AuditActor.system
        guard event.amount == payment.amount, event.currency == payment.currency else {
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "payments.callback.mismatch", objectType: "payment", objectID: payment.id!.uuidString,
                details: ["event": event.eventId, "provider_amount": String(event.amount), "amount": String(payment.amount)]), on: db)
            return .ignored("amount")
        }
        if let known = payment.providerPaymentID, known != event.paymentId { return .ignored("provider_payment") }
        if payment.providerPaymentID == nil { payment.providerPaymentID = event.paymentId }
        let transition: PaymentStatus.Event
        switch event.type {
        case .succeeded: transition = .succeeded
        case .failed: transition = .failed
        case .cancelled: transition = .cancelled
        case .refunded: transition = .refunded
        }
        let from = payment.status
        guard from.after(transition) != nil else {
            try await payment.update(on: db)
            return .ignored("\(from.rawValue)->\(transition.rawValue)")
        }
        let next = try await PaymentTransitions(app: app).apply(transition, to: payment, actor: actor, on: db,
                                                                details: ["event": event.eventId, "provider_payment": event.paymentId])
        try await db.lockRow(InvoiceModel.schema, id: payment.invoiceID)
        guard let invoice = try await InvoiceModel.find(payment.invoiceID, on: db) else { return .applied(next) }
        switch next {
        case .succeeded:
            guard invoice.status == .unpaid else {
                // Paid twice through two attempts: the second charge is kept visible for a refund.
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: "payments.payment.duplicate_charge", subjectFIN: invoice.payerFIN, objectType: "payment",
                    objectID: payment.id!.uuidString, details: ["invoice": invoice.number]), on: db)
                return .applied(next)
            }
            invoice.status = .paid
            invoice.paidPaymentID = payment.id
            invoice.paidAt = app.portal.now()
            try await invoice.update(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "payments.invoice.paid", subjectFIN: invoice.payerFIN, objectType: "invoice",
                objectID: invoice.number, details: ["payment": payment.id!.uuidString, "amount": String(invoice.amount)]), on: db)
            guard let handler = app.payments.handler(for: invoice.subjectType) else { throw NoSettlementHandler(subjectType: invoice.subjectType) }
            try await handler.invoicePaid(try invoice.info, on: db)
        case .refunded:
            if let refund = try await RefundModel.query(on: db).filter(\.$paymentID == payment.id!)
                .filter(\.$state == .approved).first() {
                refund.state = .completed
                try await refund.update(on: db)
                try await app.portal.notify(OutgoingNotice(.refundCompleted(RefundNotice(
                    reference: invoice.number, amountMinor: refund.amount, at: app.portal.now(), path: "/cabinet/payments")),
                    to: payment.payerUserID, dedupeKey: "payment.refunded:\(refund.id!)"), on: db)
            }
            guard invoice.paidPaymentID == payment.id, invoice.status == .paid else { return .applied(next) }
            invoice.status = .refunded
            try await invoice.update(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "payments.invoice.refunded", subjectFIN: invoice.payerFIN, objectType: "invoice",
                objectID: invoice.number, details: ["payment": payment.id!.uuidString]), on: db)
            guard let handler = app.payments.handler(for: invoice.subjectType) else { throw NoSettlementHandler(subjectType: invoice.subjectType) }
            try await handler.invoiceRefunded(try invoice.info, on: db)
        default:
            break
        }
        return .applied(next)
    }
}

/// Expires attempts older than the expiry window (a background job every minute).
struct ExpirePayments {
    let app: Application

    @discardableResult
    func run(limit: Int = 200) async throws -> Int {
        let now = app.portal.now()
        let due = try await PaymentModel.query(on: app.db)
            .filter(\.$status ~~ [.created, .started])
            .filter(\.$expiresAt <= now).limit(limit).all()
        var expired = 0
        for candidate in due {
            let done = try await app.db.writeTransaction { db -> Bool in
                try await db.lockRow(PaymentModel.schema, id: candidate.id!)
                guard let payment = try await PaymentModel.find(candidate.id!, on: db), payment.status.isActive,
                      payment.expiresAt <= now else { return false }
                try await PaymentTransitions(app: app).apply(.expired, to: payment, actor: .system, on: db)
                return true
            }
            if done { expired += 1 }
        }
        return expired
    }
}
