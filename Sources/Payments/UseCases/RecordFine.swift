import PortalHTTP

/// An agency records a fine against a person by FIN; it gets an invoice the person pays in the cabinet.
struct RecordFine {
    let app: Application

    struct Draft: Sendable {
        var fin: String
        var amount: String
        var offence: String
        var offenceDate: String
        var protocolNumber: String
    }

    enum Outcome {
        case recorded(FineRecord, InvoiceInfo)
        case invalid([(field: String, issue: ValidationIssue)])
        case duplicateProtocol
    }

    /// Records a fine for `agency` (the official's agency) and its invoice, in one transaction. The fine
    /// and its invoice belong to the offender's registered district; `units` (the official's units when
    /// every assignment of theirs in the agency is scoped to one) refuses an offender registered elsewhere,
    /// whose fine the official could then not see.
    func run(_ draft: Draft, agency: AgencySummary, recordedBy: UUID?, actor: AuditActor, units: Set<String>? = nil) async throws -> Outcome {
        var issues: [(field: String, issue: ValidationIssue)] = []
        var fin: FIN?
        switch FIN.parse(draft.fin) {
        case .success(let parsed): fin = parsed
        case .failure(let issue): issues.append((field: "fin", issue: issue))
        }
        var parsedAmount: Int64 = 0
        switch Money.parse(draft.amount) {
        case .success(let money) where money.minorUnits > 0 && money.minorUnits <= 10_000_000: parsedAmount = money.minorUnits
        case .success: issues.append((field: "amount", issue: ValidationIssue("validation.payments.amount_range")))
        case .failure(let issue): issues.append((field: "amount", issue: issue))
        }
        let amount = parsedAmount
        let offence = draft.offence.trimmingCharacters(in: .whitespacesAndNewlines)
        if offence.isEmpty || offence.count > 300 { issues.append((field: "offence", issue: ValidationIssue("validation.payments.offence"))) }
        let date = LocalDate(iso: draft.offenceDate.trimmingCharacters(in: .whitespaces))
        if date == nil || date! > LocalDate(app.portal.now()) {
            issues.append((field: "offence_date", issue: ValidationIssue("validation.payments.offence_date")))
        }
        let number = draft.protocolNumber.trimmingCharacters(in: .whitespaces).uppercased()
        if number.isEmpty || number.count > 40 || number.contains(",") {
            issues.append((field: "protocol_number", issue: ValidationIssue("validation.payments.protocol_number")))
        }
        guard issues.isEmpty, let fin, let date else { return .invalid(issues) }
        let unitCode = try await app.portal.registryLookup.person(fin: fin)?.territorialUnitCode
        if let units, !units.contains(unitCode ?? "") {
            return .invalid([(field: "fin", issue: ValidationIssue("validation.payments.outside_region"))])
        }
        if try await FineModel.query(on: app.db).filter(\.$agencyID == agency.id).filter(\.$protocolNumber == number).first() != nil {
            return .duplicateProtocol
        }
        do {
            return try await app.db.writeTransaction { db in
                let fine = FineModel()
                fine.id = UUID()
                fine.agencyID = agency.id
                fine.agencyCode = agency.code
                fine.protocolNumber = number
                fine.offenderFIN = fin.value
                fine.unitCode = unitCode
                fine.amount = amount
                fine.offence = offence
                fine.offenceDate = date.iso
                fine.status = .unpaid
                fine.recordedBy = recordedBy
                fine.createdAt = app.portal.now()
                try await fine.create(on: db)
                let invoice = try await Invoices.create(InvoiceDraft(
                    payer: InvoicePayer(fin: fin.value), amount: amount, purpose: .fine,
                    subject: InvoiceSubject(type: FineSettlement.subjectType, id: fine.id!.uuidString),
                    description: .key("payments.fine.description", arguments: [number, offence]),
                    agencyCode: agency.code, returnPath: "/cabinet/payments", unitCode: unitCode), on: db, services: app, actor: actor)
                fine.invoiceID = invoice.id
                try await fine.update(on: db)
                try await app.portal.notify(.fineIssued(FineNotice(
                    protocolNumber: number, amountMinor: amount, offence: offence, payBy: FineDeadline.payBy(recordedAt: fine.createdAt))),
                    toFIN: fin.value, dedupeKey: "payment.fine_issued:\(fine.id!)", on: db)
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: "payments.fine.recorded", subjectFIN: fin.value, objectType: "fine", objectID: fine.id!.uuidString,
                    details: ["protocol": number, "amount": String(amount), "invoice": invoice.number]), on: db)
                return .recorded(try fine.record(invoiceNumber: invoice.number), invoice)
            }
        } catch where error.isConstraintViolation {
            return .duplicateProtocol
        }
    }
}
