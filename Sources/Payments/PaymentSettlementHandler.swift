import PortalHTTP

/// What the module owning an invoice's subject does when it is paid or refunded. Called inside the
/// database transaction that records the payment: throw and nothing is committed (the provider retries).
public protocol PaymentSettlementHandler: Sendable {
    func invoicePaid(_ invoice: InvoiceInfo, on db: any Database) async throws
    func invoiceRefunded(_ invoice: InvoiceInfo, on db: any Database) async throws
}
