import FluentKit
import PortalHTTP

/// The agency's head approves or rejects a refund someone else asked for (the two-person rule, here and in
/// the `ck_payments_refunds_two_person` constraint). An approved refund is sent to the provider; its signed
/// `payment.refunded` callback completes it.
struct DecideRefund {
    let app: Application

    enum Outcome: Equatable {
        case approved
        case rejected
        case notFound
        /// The person who asked for the refund cannot decide it.
        case samePerson
        case alreadyDecided
        /// Approved, but the provider did not answer: deciding again retries it.
        case providerUnavailable
    }

    /// `scope`: where the official holds `payments.refunds.approve` (agency, and unit for a regional role).
    func run(refundID: UUID, approve: Bool, official: Principal, scope: OfficeScope, ip: String?) async throws -> Outcome {
        let decided: Outcome = try await app.db.writeTransaction { db in
            try await db.lockRow(RefundModel.schema, id: refundID)
            guard let refund = try await RefundModel.find(refundID, on: db),
                  let invoice = try await InvoiceModel.find(refund.invoiceID, on: db),
                  scope.contains(agency: refund.agencyID, unit: invoice.unitCode) else { return .notFound }
            guard refund.requestedBy != official.userID else { return .samePerson }
            // An approved refund the provider has not confirmed may be sent again by its approver.
            if refund.state == .approved, approve, refund.providerRefundID == nil { return .approved }
            guard refund.state == .requested else { return .alreadyDecided }
            refund.state = approve ? .approved : .rejected
            refund.decidedBy = official.userID
            refund.decidedAt = app.portal.now()
            try await refund.update(on: db)
            let fin = invoice.payerFIN
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: refund.agencyID, ip: ip), action: approve ? "payments.refund.approved" : "payments.refund.rejected",
                subjectFIN: fin, objectType: "refund", objectID: refundID.uuidString, details: ["payment": refund.paymentID.uuidString]), on: db)
            return approve ? .approved : .rejected
        }
        guard decided == .approved else { return decided }
        return try await send(refundID)
    }

    /// Asks the provider to return the money of an approved refund (idempotent at the provider by refund id).
    func send(_ refundID: UUID) async throws -> Outcome {
        guard let refund = try await RefundModel.find(refundID, on: app.db),
              let payment = try await PaymentModel.find(refund.paymentID, on: app.db), let providerID = payment.providerPaymentID else {
            return .providerUnavailable
        }
        do {
            let answer = try await app.payments.provider.refund(providerPaymentID: providerID, amount: refund.amount, reference: refundID.uuidString)
            try await app.db.writeTransaction { db in
                guard let current = try await RefundModel.find(refundID, on: db) else { return }
                current.providerRefundID = answer.id
                try await current.update(on: db)
            }
            return .approved
        } catch is ProviderUnavailable {
            return .providerUnavailable
        }
    }
}
