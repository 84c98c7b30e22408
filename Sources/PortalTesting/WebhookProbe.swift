import Foundation
import PortalHTTP
import SQLKit
import Vapor

/// An agency's webhook endpoint written as the registration writes it, and what was queued for it —
/// for tests that prove a capability publishes its agency events (the delivery itself: WebhookTests).
public enum WebhookProbe {
    public struct Body: Decodable, Sendable {
        public var type: String
        public var data: [String: String]
    }

    public static func register(_ portal: PortalHarness, agency code: String, events: String) async throws {
        guard let agency = try await portal.app.portal.directory.agency(code: code)?.id else { throw Abort(.notFound, reason: "no agency \(code)") }
        let creator = try await portal.account("9WHPRB1")
        _ = try await insertEndpoint(portal.app, agency: agency, createdBy: creator, url: "https://hooks.example.az/probe", events: events,
                                     at: portal.clock.now())
    }

    /// The row a registration writes, with a sealed secret that is never used (nothing is delivered).
    public static func insertEndpoint(_ app: Application, agency: UUID, createdBy: UUID, url: String, events: String, at: Date) async throws -> UUID {
        let id = UUID()
        try await (app.db as! any SQLDatabase).raw("""
            INSERT INTO notifications_webhooks (id, agency_id, url, events, description, secret_sealed, created_by, created_at)
            VALUES (\(bind: id), \(bind: agency), \(bind: url), \(bind: events), '', 'sealed', \(bind: createdBy), \(bind: at))
            """).run()
        return id
    }

    public static func rawBodies(_ portal: PortalHarness) async throws -> [String] {
        let sql = (portal.app.db as! any SQLDatabase)
        // In the order written: by time, then by the case event's sequence number ending the dedupe key.
        let rows = try await sql.raw("SELECT body, dedupe_key, created_at FROM notifications_webhook_deliveries").all().map {
            (try $0.decode(column: "created_at", as: Date.self), Int(try $0.decode(column: "dedupe_key", as: String.self).split(separator: ":").last ?? "") ?? 0,
             try $0.decode(column: "body", as: String.self))
        }
        return rows.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    public static func bodies(_ portal: PortalHarness) async throws -> [Body] {
        try await rawBodies(portal).map { try JSONDecoder().decode(Body.self, from: Data($0.utf8)) }
    }
}
