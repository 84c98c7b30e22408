import PortalHTTP

/// Marks a fine paid (or refunded) in the transaction that records its payment.
struct FineSettlement: PaymentSettlementHandler {
    /// The invoice subject type of fines.
    static let subjectType = "fine"

    let app: Application

    func invoicePaid(_ invoice: InvoiceInfo, on db: any Database) async throws {
        try await change(invoice, to: .paid, on: db)
    }

    func invoiceRefunded(_ invoice: InvoiceInfo, on db: any Database) async throws {
        try await change(invoice, to: .refunded, on: db)
    }

    func change(_ invoice: InvoiceInfo, to status: FineStatus, on db: any Database) async throws {
        guard let id = UUID(uuidString: invoice.subject.id), let fine = try await FineModel.find(id, on: db) else {
            throw Abort(.internalServerError, reason: "fine \(invoice.subject.id) of invoice \(invoice.number) not found")
        }
        fine.status = status
        if status == .paid { fine.paidAt = invoice.paidAt ?? app.portal.now() }
        try await fine.update(on: db)
        try await app.portal.audit.record(AuditEvent(
            actor: .system, action: "payments.fine.\(status.rawValue)", subjectFIN: fine.offenderFIN, objectType: "fine",
            objectID: fine.id!.uuidString, details: ["invoice": invoice.number]), on: db)
    }
}
