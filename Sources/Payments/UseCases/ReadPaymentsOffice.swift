import FluentKit
import PortalHTTP

/// An official reads one invoice with its payments to review a refund, limited to the official's scope
/// (agency, and unit for a regional role): the read of the payer's data is recorded in the audit trail
/// and the payer's data-access log. Anything outside the scope is not found.
struct ReadPaymentsOffice {
    let app: Application

    /// The invoice with this number and its payments (newest first), when it is in scope.
    func invoice(number: String, in scope: OfficeScope, official: Principal, ip: String?) async throws -> (InvoiceInfo, [PaymentRecord])? {
        let queries = PaymentsQueries(db: app.db)
        guard let invoice = try await queries.invoice(number: number),
              scope.contains(agency: invoice.agencyID, unit: invoice.unitCode) else { return nil }
        try await app.db.writeTransaction { db in
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: invoice.agencyID, ip: ip), action: "payments.invoice.read",
                subjectFIN: invoice.payer.fin, objectType: "invoice", objectID: invoice.number, purpose: "payments.refund_review",
                isPersonalDataRead: true), on: db)
        }
        return (invoice, try await queries.attempts(invoice: invoice.id))
    }
}
