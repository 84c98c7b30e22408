import FluentKit
import PortalHTTP

/// An official of the payee agency asks for a payment's money back, giving a reason; the agency's head
/// decides (`DecideRefund`). One open or completed refund per payment.
struct RequestRefund {
    let app: Application

    enum Outcome: Equatable {
        case requested(UUID)
        case notFound
        case notRefundable
        case alreadyRequested
        case reasonRequired
    }

    /// `scope`: where the official holds `payments.refunds.request` (agency, and unit for a regional role).
    func run(paymentID: UUID, reason: String, official: Principal, scope: OfficeScope, ip: String?) async throws -> Outcome {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else { return .reasonRequired }
        do {
            return try await app.db.writeTransaction { db in
                try await db.lockRow(PaymentModel.schema, id: paymentID)
                guard let payment = try await PaymentModel.find(paymentID, on: db),
                      let invoice = try await InvoiceModel.find(payment.invoiceID, on: db),
                      scope.contains(agency: invoice.agencyID, unit: invoice.unitCode) else { return .notFound }
                guard payment.status == .succeeded else { return .notRefundable }
                if try await RefundModel.query(on: db).filter(\.$paymentID == paymentID)
                    .filter(\.$state ~~ [.requested, .approved, .completed])
                    .first() != nil { return .alreadyRequested }
                let refund = RefundModel()
                refund.id = UUID()
                refund.paymentID = paymentID
                refund.invoiceID = invoice.id!
                refund.agencyID = invoice.agencyID
                refund.amount = payment.amount
                refund.reason = reason
                refund.state = .requested
                refund.requestedBy = official.userID
                refund.requestedAt = app.portal.now()
                try await refund.create(on: db)
                try await app.portal.audit.record(AuditEvent(
                    actor: official.officialActor(agencyID: invoice.agencyID, ip: ip), action: "payments.refund.requested",
                    subjectFIN: invoice.payerFIN, objectType: "refund", objectID: refund.id!.uuidString,
                    details: ["payment": paymentID.uuidString, "invoice": invoice.number, "amount": String(payment.amount)]), on: db)
                return .requested(refund.id!)
            }
        } catch where error.isConstraintViolation {
            return .alreadyRequested
        }
    }
}
