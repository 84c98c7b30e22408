import FluentKit
import PortalHTTP

/// Refunds: an official of the payee agency asks, the agency's head decides, and the two must be
/// different people (here and in the `ck_payments_refunds_two_person` constraint). An approved refund is
/// sent to the provider; its signed `payment.refunded` callback completes it.
struct Refunds {
    let app: Application

    static let request: Permission = "payments.refunds.request"
    static let approve: Permission = "payments.refunds.approve"

    enum RequestOutcome: Equatable {
        case requested(UUID)
        case notFound
        case notRefundable
        case alreadyRequested
        case reasonRequired
    }

    enum DecisionOutcome: Equatable {
        case approved
        case rejected
        case notFound
        /// The person who asked for the refund cannot decide it.
        case samePerson
        case alreadyDecided
        /// Approved, but the provider did not answer: deciding again retries it.
        case providerUnavailable
    }

    /// `scope`: where the official holds `payments.refunds.request` (agency, and unit for a regional role).
    func request(paymentID: UUID, reason: String, official: Principal, scope: OfficeScope, ip: String?) async throws -> RequestOutcome {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else { return .reasonRequired }
        do {
            return try await app.db.writeTransaction { db in
                try await Locks.row(PaymentModel.schema, paymentID, on: db)
                guard let payment = try await PaymentModel.find(paymentID, on: db),
                      let invoice = try await InvoiceModel.find(payment.invoiceID, on: db),
                      scope.contains(agency: invoice.agencyID, unit: invoice.unitCode) else { return .notFound }
                guard payment.paymentStatus == .succeeded else { return .notRefundable }
                if try await RefundModel.query(on: db).filter(\.$paymentID == paymentID)
                    .filter(\.$state ~~ [RefundModel.State.requested.rawValue, RefundModel.State.approved.rawValue, RefundModel.State.completed.rawValue])
                    .first() != nil { return .alreadyRequested }
                let refund = RefundModel()
                refund.id = UUID()
                refund.paymentID = paymentID
                refund.invoiceID = invoice.id!
                refund.agencyID = invoice.agencyID
                refund.amount = payment.amount
                refund.reason = reason
                refund.state = RefundModel.State.requested.rawValue
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

    /// `scope`: where the official holds `payments.refunds.approve` (agency, and unit for a regional role).
    func decide(refundID: UUID, approve: Bool, official: Principal, scope: OfficeScope, ip: String?) async throws -> DecisionOutcome {
        let decided: DecisionOutcome = try await app.db.writeTransaction { db in
            try await Locks.row(RefundModel.schema, refundID, on: db)
            guard let refund = try await RefundModel.find(refundID, on: db),
                  let invoice = try await InvoiceModel.find(refund.invoiceID, on: db),
                  scope.contains(agency: refund.agencyID, unit: invoice.unitCode) else { return .notFound }
            guard refund.requestedBy != official.userID else { return .samePerson }
            // An approved refund the provider has not confirmed may be sent again by its approver.
            if refund.state == RefundModel.State.approved.rawValue, approve, refund.providerRefundID == nil { return .approved }
            guard refund.state == RefundModel.State.requested.rawValue else { return .alreadyDecided }
            refund.state = (approve ? RefundModel.State.approved : .rejected).rawValue
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
    func send(_ refundID: UUID) async throws -> DecisionOutcome {
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
