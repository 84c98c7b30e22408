import PortalHTTP

/// Invoices and fines get the territorial unit they belong to, so that region-scoped officials see only
/// their region's in the payments office (as in the case queue). Existing rows take the payer's
/// registered district from the population register as it stands when this migration runs (for a state
/// fee that is the applicant's district, which is what the case's region was set from when the case was
/// started; a person who moved since keeps the new district). A fine takes its invoice's unit.
struct AddPaymentRegions: PortalMigration {
    static let stableName = "payments.v2.regions"

    func prepare(on database: any Database) async throws {
        for table in [InvoiceModel.schema, FineModel.schema] {
            try await database.execute(sql: "ALTER TABLE \(table) ADD COLUMN unit_code TEXT REFERENCES reference_territorial_units (code)")
        }
        try await Self.backfill(on: database)
        try await database.execute(sql: "CREATE INDEX ix_payments_invoices_agency_unit ON payments_invoices (agency_id, unit_code)")
        try await database.execute(sql: "CREATE INDEX ix_payments_fines_agency_unit ON payments_fines (agency_id, unit_code)")
    }

    /// Fills the unit of rows that have none (existing rows when the migration runs).
    static func backfill(on database: any Database) async throws {
        try await database.execute(sql: """
            UPDATE payments_invoices SET unit_code = \
            (SELECT p.territorial_unit_code FROM population_persons p WHERE p.fin = payments_invoices.payer_fin) \
            WHERE unit_code IS NULL
            """)
        try await database.execute(sql: """
            UPDATE payments_fines SET unit_code = \
            (SELECT i.unit_code FROM payments_invoices i WHERE i.id = payments_fines.invoice_id) \
            WHERE unit_code IS NULL
            """)
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX ix_payments_fines_agency_unit")
        try await database.execute(sql: "DROP INDEX ix_payments_invoices_agency_unit")
        for table in [FineModel.schema, InvoiceModel.schema] {
            try await database.execute(sql: "ALTER TABLE \(table) DROP COLUMN unit_code")
        }
    }
}
