import PortalHTTP

/// The figures Payments publishes on the operations page and `/metrics`.
enum PaymentsStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "payments.invoices.paid", value: Int64(try await InvoiceModel.query(on: db).filter(\.$status == .paid).count())),
         Stat(key: "payments.invoices.unpaid", value: Int64(try await InvoiceModel.query(on: db).filter(\.$status == .unpaid).count())),
         Stat(key: "payments.fines.recorded", value: Int64(try await FineModel.query(on: db).count()))]
    }
}
