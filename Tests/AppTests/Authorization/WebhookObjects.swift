import Foundation
import PortalHTTP
import PortalTesting
import Testing

/// Agency Y's webhook endpoints (`WebhookProbe.insertEndpoint`: the matrix does not deliver) and a
/// dead-lettered delivery to one.
extension MatrixWorld {
    func webhookOfY(fresh: Bool) async throws -> String {
        try await object("agency Y's webhook endpoint", fresh: fresh) {
            let agency = try #require(UUID(uuidString: try await agencyYID))
            let id = try await WebhookProbe.insertEndpoint(app, agency: agency, createdBy: try await accountID(.adminR), url: "https://hooks.example.az/y",
                                                           events: "application.status_changed payment.succeeded", at: MatrixWorld.runsAt)
            return id.uuidString.lowercased()
        }
    }

    func deadWebhookDeliveryOfY(fresh: Bool) async throws -> (String, String) {
        try await object("a dead delivery to agency Y's endpoint", fresh: fresh) {
            let webhook = try await webhookOfY(fresh: fresh)
            let agency = try #require(UUID(uuidString: try await agencyYID))
            let key = "matrix:\(next())"
            let app = self.app
            try await app.db.writeTransaction { db in
                try await app.portal.publish(AgencyEvent(agencyID: agency, type: "payment.succeeded", dedupeKey: key,
                                                         occurredAt: app.portal.now(), data: [:]), on: db)
            }
            let row = try #require(try await sql.raw("""
                SELECT id FROM notifications_webhook_deliveries WHERE dedupe_key = \(bind: key) AND webhook_id = \(bind: UUID(uuidString: webhook)!)
                """).first())
            let delivery = try row.decode(column: "id", as: UUID.self)
            try await sql.raw("UPDATE notifications_webhook_deliveries SET status = 'dead', attempts = 8 WHERE id = \(bind: delivery)").run()
            return (webhook, delivery.uuidString.lowercased())
        }
    }
}
