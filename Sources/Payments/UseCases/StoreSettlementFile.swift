import FluentKit
import PortalHTTP

/// The platform's administrator keeps the provider's settlement file for a day (fetched from the provider
/// or uploaded) as the day's latest, for the reconciliation report.
struct StoreSettlementFile {
    let app: Application

    func run(day: String, content: String, source: String, by official: Principal, ip: String?) async throws {
        try await app.db.writeTransaction { db in
            let file = SettlementFileModel()
            file.day = day
            file.source = source
            file.content = content
            file.storedBy = official.userID
            file.storedAt = app.portal.now()
            try await file.create(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: nil, ip: ip), action: "payments.reconciliation.file_stored",
                objectType: "settlement_file", objectID: day, details: ["source": source, "bytes": String(content.utf8.count)]), on: db)
        }
    }
}
