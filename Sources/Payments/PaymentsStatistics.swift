import FluentKit
import Foundation
import PortalHTTP

/// The figures Payments publishes on the operations page and `/metrics`.
public enum PaymentsStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "payments.invoices.paid", value: Int64(try await InvoiceModel.query(on: db).filter(\.$status == .paid).count())),
         Stat(key: "payments.invoices.unpaid", value: Int64(try await InvoiceModel.query(on: db).filter(\.$status == .unpaid).count())),
         Stat(key: "payments.fines.recorded", value: Int64(try await FineModel.query(on: db).count()))]
    }
}

extension PaymentsStatistics {
    /// An invoice paid through the portal: to whom, where, how much (refunded later or not).
    public struct Paid: Sendable {
        public var agencyCode: String
        public var unitCode: String?
        public var amount: Money
    }

    /// Invoices paid in [start, end): the payments volume of that time.
    public static func paid(from start: Date, to end: Date, on db: any Database) async throws -> [Paid] {
        try await InvoiceModel.query(on: db).filter(\.$status ~~ [InvoiceStatus.paid, .refunded]).filter(\.$paidAt >= start).filter(\.$paidAt < end)
            .all().map { Paid(agencyCode: $0.agencyCode, unitCode: $0.unitCode, amount: Money(minorUnits: $0.amount, currency: $0.currency)) }
    }
}
