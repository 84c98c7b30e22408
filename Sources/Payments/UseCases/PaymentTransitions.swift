import PortalHTTP

/// Applies a status change to a payment: checks it against `PaymentStatus.after(_:)`, saves it and
/// audits it, in the caller's transaction. The only code that writes a payment's status.
struct PaymentTransitions {
    let app: Application

    struct NotAllowed: Error, CustomStringConvertible {
        let from: PaymentStatus
        let event: PaymentStatus.Event
        var description: String { "a \(from.rawValue) payment cannot take \(event.rawValue)" }
    }

    @discardableResult
    func apply(_ event: PaymentStatus.Event, to payment: PaymentModel, actor: AuditActor, on db: any Database,
               details: [String: String] = [:]) async throws -> PaymentStatus {
        let from = payment.status
        guard let next = from.after(event) else { throw NotAllowed(from: from, event: event) }
        payment.status = next
        if [.succeeded, .failed, .cancelled, .expired].contains(next) { payment.finishedAt = app.portal.now() }
        try await payment.update(on: db)
        let invoice = try await InvoiceModel.find(payment.invoiceID, on: db)
        try await app.portal.audit.record(AuditEvent(
            actor: actor, action: "payments.payment.\(next.rawValue)", subjectFIN: invoice?.payerFIN, objectType: "payment",
            objectID: payment.id!.uuidString, details: details.merging(["from": from.rawValue]) { a, _ in a }), on: db)
        if next == .succeeded, let invoice {
            // The receipt, to the person who paid (in the same transaction as the payment's success).
            let description = try CanonicalJSON.decode(InvoiceDescription.self, from: invoice.descriptionJSON)
            let localizer = app.portal.localizer
            func text(_ language: Language) -> String { description.render(language) { localizer.text($0, $1, $2) } }
            try await app.portal.notify(OutgoingNotice(.paymentReceived(PaymentNotice(
                reference: invoice.number, amountMinor: payment.amount, purpose: LocalizedText(az: text(.az), en: text(.en), ru: text(.ru)),
                paidAt: payment.finishedAt ?? app.portal.now(), path: "/cabinet/payments/\(payment.id!.uuidString.lowercased())/receipt")),
                to: payment.payerUserID, dedupeKey: "payment.received:\(payment.id!)"), on: db)
            // The agency the money is for hears of it (its webhooks): the invoice, the amount, no payer.
            try await app.portal.publish(AgencyEvent(
                agencyID: invoice.agencyID, type: "payment.succeeded", dedupeKey: "payment.succeeded:\(payment.id!)",
                occurredAt: payment.finishedAt ?? app.portal.now(),
                data: ["paymentId": payment.id!.uuidString.lowercased(), "invoice": invoice.number, "amountMinor": String(payment.amount),
                       "currency": payment.currency, "subjectType": invoice.subjectType]), on: db)
        }
        return next
    }
}
