import FluentKit
import PortalHTTP

/// What a receipt shows: a payment that went through, with its invoice.
struct PaymentReceipt: Sendable, Hashable {
    var payment: PaymentRecord
    var invoice: InvoiceInfo
}

/// The payer opens the receipt of a successful payment (a refunded one keeps its receipt). Only the person
/// who paid, or a representative of the company a company invoice is addressed to, may: to anyone else,
/// and for an attempt that did not go through, there is no receipt (not found). Reading it is a read of
/// the payer's personal data and is audited, in the same transaction as the read.
struct OpenPaymentReceipt {
    enum Outcome: Sendable {
        case receipt(PaymentReceipt)
        case notFound
    }

    let app: Application

    func run(paymentID: UUID, principal: Principal, ip: String?) async throws -> Outcome {
        try await app.db.writeTransaction { db in
            guard let payment = try await PaymentModel.find(paymentID, on: db), [.succeeded, .refunded].contains(payment.status),
                  let invoice = try await InvoiceModel.find(payment.invoiceID, on: db),
                  Self.mayOpen(payerUserID: payment.payerUserID, companyVOEN: invoice.payerVOEN, principal) else { return .notFound }
            let receipt = PaymentReceipt(payment: try payment.record, invoice: try invoice.info)
            try await app.portal.audit.record(AuditEvent(
                actor: principal.auditActor(ip: ip), action: "payments.receipt.read", subjectFIN: invoice.payerFIN, objectType: "payment",
                objectID: receipt.payment.id.uuidString, purpose: "payments.receipt", details: ["invoice": invoice.number],
                isPersonalDataRead: true), on: db)
            return .receipt(receipt)
        }
    }

    /// The payer, or a representative of the company a company invoice is addressed to.
    static func mayOpen(payerUserID: UUID, companyVOEN: String?, _ principal: Principal) -> Bool {
        if payerUserID == principal.userID { return true }
        guard let voen = companyVOEN else { return false }
        return principal.companies.contains { $0.voen == voen }
    }
}
