import PortalHTTP

/// The cabinet overview's "to pay": unpaid invoices the person (or their company) owes, and unpaid
/// fines in their name that have no invoice among those (a fine's invoice is listed once).
struct PaymentsCabinetSummary: CabinetSummaryProvider {
    func cabinetSummary(req: Request) async throws -> [CabinetSummary] {
        let principal = try req.requirePrincipal()
        let queries = PaymentsQueries(db: req.db)
        let unpaid = try await queries.visibleInvoices(to: principal).filter { $0.status == .unpaid }
        var items = unpaid.prefix(5).map { invoice in
            CabinetSummaryItem(title: invoice.describe(req.language, req.portal.localizer), path: "/payments/invoices/\(invoice.id.uuidString)",
                               detail: invoice.number, nextStep: req.t("payments.cabinet.summary.pay"),
                               when: invoice.amount.formatted(req.language), needsAction: true)
        }
        let invoiced = Set(unpaid.map(\.id))
        let fines = try await queries.fines(of: principal.fin.value, limit: 50)
            .filter { $0.status == .unpaid && !($0.invoiceID.map(invoiced.contains) ?? false) }
        for fine in fines.prefix(max(0, 5 - items.count)) {
            items.append(CabinetSummaryItem(title: req.t("payments.fine.description", fine.protocolNumber, fine.offence), path: "/cabinet/payments",
                                            detail: fine.protocolNumber, nextStep: req.t("payments.cabinet.summary.pay"),
                                            when: Money(minorUnits: fine.amount).formatted(req.language), needsAction: true))
        }
        return [CabinetSummary(section: .payments, items: items, allPath: "/cabinet/payments")]
    }
}
