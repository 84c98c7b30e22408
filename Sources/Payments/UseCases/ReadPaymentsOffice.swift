import FluentKit
import PortalHTTP

/// What the payments office reads, limited to the official's scope (agency, and unit for a regional
/// role): the fines recorded, one invoice with its payments (a read of the payer's data, audited), the
/// refunds asked for. Anything outside the scope is not found.
struct ReadPaymentsOffice {
    let app: Application

    struct FineLine: Sendable {
        let fine: FineModel
        let invoiceNumber: String?
    }

    struct RefundLine: Sendable {
        let refund: RefundModel
        let invoiceNumber: String
        let unitCode: String?
    }

    func fines(in scope: OfficeScope, limit: Int = 50) async throws -> [FineLine] {
        guard !scope.isEmpty else { return [] }
        let fines = try await FineModel.query(on: app.db).group(.or) { any in
            for part in scope.parts {
                any.group(.and) { one in
                    one.filter(\.$agencyID == part.agency)
                    if let unit = part.unit { one.filter(\.$unitCode == unit) }
                }
            }
        }.sort(\.$createdAt, .descending).limit(limit).all()
        let numbers = try await invoiceNumbers(fines.compactMap(\.invoiceID))
        return fines.map { FineLine(fine: $0, invoiceNumber: $0.invoiceID.flatMap { numbers[$0] }) }
    }

    /// The invoice with this number and its payments, when it is in scope; the read is recorded in the
    /// audit trail and the payer's data-access log.
    func invoice(number: String, in scope: OfficeScope, official: Principal, ip: String?) async throws -> (InvoiceModel, [PaymentModel])? {
        guard let invoice = try await InvoiceModel.query(on: app.db).filter(\.$number == number).first(),
              scope.contains(agency: invoice.agencyID, unit: invoice.unitCode) else { return nil }
        try await app.db.writeTransaction { db in
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: invoice.agencyID, ip: ip), action: "payments.invoice.read",
                subjectFIN: invoice.payerFIN, objectType: "invoice", objectID: invoice.number, purpose: "payments.refund_review",
                isPersonalDataRead: true), on: db)
        }
        let payments = try await PaymentModel.query(on: app.db).filter(\.$invoiceID == invoice.id!).sort(\.$createdAt, .descending).all()
        return (invoice, payments)
    }

    /// The invoice a payment belongs to, for going back to it after a refund request.
    func invoiceNumber(ofPayment id: UUID) async throws -> String? {
        guard let payment = try await PaymentModel.find(id, on: app.db) else { return nil }
        return try await InvoiceModel.find(payment.invoiceID, on: app.db)?.number
    }

    func refunds(in scope: OfficeScope, limit: Int = 100) async throws -> [RefundLine] {
        guard !scope.isEmpty else { return [] }
        let rows = try await RefundModel.query(on: app.db).join(InvoiceModel.self, on: \RefundModel.$invoiceID == \InvoiceModel.$id)
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
            return RefundLine(refund: $0, invoiceNumber: invoice.number, unitCode: invoice.unitCode)
        }
    }

    func invoiceNumbers(_ ids: [UUID]) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await InvoiceModel.query(on: app.db).filter(\.$id ~~ ids).all().map { ($0.id!, $0.number) })
    }
}
