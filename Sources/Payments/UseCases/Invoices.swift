import FluentKit
import PortalHTTP

/// Invoices for other modules (the contract with Applications) and for fines.
public struct Invoices {
    static let encoder = CanonicalJSON.encoder()

    /// Creates an invoice. Runs in the caller's `writeTransaction` when there is one (so a case's state
    /// change and its invoice commit together), else in its own. Creating it again for the same subject
    /// with the same terms returns the existing invoice; other terms throw `subjectAlreadyInvoiced`.
    public static func create(_ draft: InvoiceDraft, on db: any Database, services app: Application,
                              actor: AuditActor = .system) async throws -> InvoiceInfo {
        guard draft.amount > 0 else { throw InvoiceError.amountNotPositive }
        guard case .success(let fin) = FIN.parse(draft.payer.fin) else { throw InvoiceError.invalidPayerFIN }
        let voen: String?
        if let raw = draft.payer.voen {
            guard case .success(let parsed) = VOEN.parse(raw) else { throw InvoiceError.invalidPayerVOEN }
            voen = parsed.value
        } else {
            voen = nil
        }
        guard !draft.subject.type.isEmpty, !draft.subject.id.isEmpty else { throw InvoiceError.emptySubject }
        let path = draft.returnPath
        guard LocalPath.isSafe(path) else {
            throw InvoiceError.returnPathNotLocal
        }
        let description = String(decoding: try encoder.encode(draft.description), as: UTF8.self)
        return try await db.writeTransaction { db in
            // The agency is read on this transaction's connection, not through the (cached) directory: the
            // directory may need to load on `app.db`, and a caller holding SQLite's only write connection of
            // this event loop would then wait for itself (seen as a pool timeout under load).
            guard let agency = try await app.portal.directory.agency(code: draft.agencyCode, on: db) else {
                throw InvoiceError.unknownAgency(draft.agencyCode)
            }
            if let existing = try await InvoiceModel.query(on: db).filter(\.$subjectType == draft.subject.type)
                .filter(\.$subjectID == draft.subject.id).first() {
                guard existing.payerFIN == fin.value, existing.payerVOEN == voen, existing.amount == draft.amount,
                      existing.purpose == draft.purpose, existing.agencyID == agency.id else {
                    throw InvoiceError.subjectAlreadyInvoiced(existing: existing.id!)
                }
                return try existing.info
            }
            let now = app.portal.now()
            let invoice = InvoiceModel()
            invoice.id = UUID()
            invoice.number = try await Counters.next("invoice", year: LocalDate(now).year, prefix: "INV", on: db)
            invoice.payerFIN = fin.value
            invoice.payerVOEN = voen
            invoice.amount = draft.amount
            invoice.currency = "AZN"
            invoice.purpose = draft.purpose
            invoice.subjectType = draft.subject.type
            invoice.subjectID = draft.subject.id
            invoice.descriptionJSON = description
            invoice.agencyID = agency.id
            invoice.agencyCode = agency.code
            invoice.returnPath = path
            invoice.unitCode = draft.unitCode
            invoice.status = .unpaid
            invoice.createdAt = now
            try await invoice.create(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "payments.invoice.created", subjectFIN: fin.value, objectType: "invoice", objectID: invoice.number,
                details: ["amount": String(draft.amount), "purpose": draft.purpose.rawValue, "subject": "\(draft.subject.type):\(draft.subject.id)",
                          "agency": agency.code]), on: db)
            return try invoice.info
        }
    }

    /// An invoice by id, whoever it belongs to (callers check access).
    public static func find(id: UUID, on db: any Database) async throws -> InvoiceInfo? {
        try await InvoiceModel.find(id, on: db)?.info
    }

    /// The invoice of a subject, if it has one.
    public static func find(subject: InvoiceSubject, on db: any Database) async throws -> InvoiceInfo? {
        try await InvoiceModel.query(on: db).filter(\.$subjectType == subject.type).filter(\.$subjectID == subject.id).first()?.info
    }

    /// Whether the signed-in person may see and pay this invoice: a person's invoice, its payer; a
    /// company's, a present representative of the company (the person who applied for it included only
    /// while they still represent it: a director the register no longer names loses it).
    static func canAccess(_ invoice: InvoiceModel, _ principal: Principal) -> Bool {
        guard let voen = invoice.payerVOEN else { return invoice.payerFIN == principal.fin.value }
        return principal.companies.contains { $0.voen == voen }
    }
}

/// Yearly counters for human-readable numbers (`INV-2026-000045`), incremented inside the caller's
/// write transaction so a rolled-back invoice gives its number back.
enum Counters {
    static func next(_ name: String, year: Int, prefix: String, on db: any Database) async throws -> String {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let key = "\(name)-\(year)"
        try await sql.raw("INSERT INTO payments_counters (name, value) VALUES (\(bind: key), 0) ON CONFLICT (name) DO NOTHING").run()
        guard let row = try await sql.raw("UPDATE payments_counters SET value = value + 1 WHERE name = \(bind: key) RETURNING value").first() else {
            throw Abort(.internalServerError)
        }
        let value = try row.decode(column: "value", as: Int64.self)
        return "\(prefix)-\(year)-" + String(format: "%06lld", value)
    }
}

extension InvoiceInfo {
    /// The description in `language`.
    func describe(_ language: Language, _ localizer: Localizer) -> String {
        description.render(language) { localizer.text($0, $1, $2) }
    }
}
