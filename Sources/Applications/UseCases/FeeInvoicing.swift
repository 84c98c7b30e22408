import Catalog
import FluentKit
import Foundation
import Payments
import PortalHTTP

/// The payment side of an application: an invoice for the registry's state fee, created in the
/// submitting transaction, and the settlement that moves the case on when the fee is paid — called by
/// Payments inside the same transaction as the payment's state change.
enum FeeInvoicing {
    static let subjectType = "application"

    /// What the invoice needs from outside the database transaction (the directory and the catalog are
    /// read before it starts: no second connection is taken while the write lock is held).
    struct Terms: Sendable {
        let agencyCode: String
        let serviceName: LocalizedText?
    }

    static func terms(for model: CaseModel, app: Application) async throws -> Terms {
        guard let agency = try await app.portal.directory.agency(id: model.agencyID) else {
            throw Abort(.internalServerError, reason: "the case's agency is not in the directory")
        }
        return Terms(agencyCode: agency.code, serviceName: try await app.catalog.index(on: app).entry(code: model.serviceCode)?.definition.name)
    }

    static func create(for model: CaseModel, amount: Int64, terms: Terms, on db: any Database, app: Application) async throws -> UUID {
        guard let id = model.id, let number = model.number else {
            throw Abort(.internalServerError, reason: "a case without id or number cannot be invoiced")
        }
        let name = terms.serviceName
        let draft = InvoiceDraft(
            payer: InvoicePayer(fin: model.applicantFIN, voen: model.companyVOEN), amount: amount, purpose: .stateFee,
            subject: InvoiceSubject(type: subjectType, id: number),
            description: name.map { .text(LocalizedText(az: "\(number): \($0.az)", en: $0.en.map { "\(number): \($0)" }, ru: $0.ru.map { "\(number): \($0)" })) }
                ?? .key("applications.invoice.description", arguments: [number]),
            agencyCode: terms.agencyCode, returnPath: "/applications/\(id.uuidString)",
            // The fee belongs to the case's region, so the payments office shows it to the same officials as the case.
            unitCode: model.unitCode)
        return try await Invoices.create(draft, on: db, services: app).id
    }
}

/// Paid: the application waiting for its fee goes to the agency (received, legal clock starts).
/// Delivered at least once: a case already past the fee is left as it is.
struct ApplicationFeeSettlement: PaymentSettlementHandler {
    let app: Application

    func invoicePaid(_ invoice: InvoiceInfo, on db: any Database) async throws {
        guard invoice.subject.type == FeeInvoicing.subjectType,
              let model = try await CaseModel.query(on: db).filter(\.$number == invoice.subject.id).first(), let id = model.id else {
            throw Abort(.internalServerError, reason: "no application \(invoice.subject.id) for invoice \(invoice.number)")
        }
        try await db.lockRow(CaseModel.schema, id: id)
        guard let fresh = try await CaseModel.find(id, on: db), fresh.status == .awaitingPayment else { return }
        try await CaseLog(app: app, db: db).receive(fresh, calendar: app.portal.calendar)
        try await fresh.save(on: db)
        try await app.portal.audit.record(AuditEvent(actor: .system, action: "applications.case.fee_paid", subjectFIN: fresh.applicantFIN,
                                                     objectType: "application", objectID: fresh.number,
                                                     details: ["invoice": invoice.number]), on: db)
    }

    /// A refunded fee is written into the case's timeline; the case itself follows the agency's decision.
    func invoiceRefunded(_ invoice: InvoiceInfo, on db: any Database) async throws {
        guard let model = try await CaseModel.query(on: db).filter(\.$number == invoice.subject.id).first() else { return }
        try await CaseLog(app: app, db: db).event(model, kind: .refund, actor: .system, message: invoice.number)
        try await app.portal.audit.record(AuditEvent(actor: .system, action: "applications.case.fee_refunded", subjectFIN: model.applicantFIN,
                                                     objectType: "application", objectID: model.number,
                                                     details: ["invoice": invoice.number]), on: db)
    }
}
