import Fluent
import Foundation
import PortalHTTP

/// Payments' answer to the proactive scan: unpaid fines recorded in a time range, keyset-paged on
/// (created_at, id) over `ix_payments_fines_unpaid`.
struct DatabaseUnpaidFines: UnpaidFineSource {
    func unpaid(recordedFrom from: Date, to: Date, after cursor: UnpaidFine?, limit: Int, on db: any Database) async throws -> [UnpaidFine] {
        var query = FineModel.query(on: db).filter(\.$status == .unpaid)
            .filter(\.$createdAt >= from).filter(\.$createdAt < to)
        if let cursor {
            query = query.group(.or) { or in
                or.filter(\.$createdAt > cursor.recordedAt)
                or.group(.and) { and in and.filter(\.$createdAt == cursor.recordedAt).filter(\.$id > cursor.id) }
            }
        }
        return try await query.sort(\.$createdAt).sort(\.$id).limit(limit).all().compactMap { fine in
            guard let id = fine.id else { return nil }
            return UnpaidFine(id: id, fin: fine.offenderFIN, protocolNumber: fine.protocolNumber, amountMinor: fine.amount,
                              offence: fine.offence, recordedAt: fine.createdAt)
        }
    }
}

/// The proactive scan's range over unpaid fines by recording time.
struct AddUnpaidFinesIndex: PortalMigration {
    static let stableName = "payments.v3.unpaid-fines-index"

    func prepare(on database: any Database) async throws {
        try await database.execute(sql: "CREATE INDEX ix_payments_fines_unpaid ON payments_fines (status, created_at, id)")
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX ix_payments_fines_unpaid")
    }
}
