import Foundation
import PortalHTTP
import SQLKit

extension PortalHarness {
    /// The kinds of notice in an account's inbox (the outbox's inbox rows), for tests of modules that
    /// do not see Notifications' models.
    public func inboxKinds(of recipient: UUID) async throws -> [String] {
        let sql = app.db as! any SQLDatabase
        return try await sql.raw("""
            SELECT kind FROM notifications_outbox WHERE channel = 'inbox' AND recipient_id = \(bind: recipient) ORDER BY kind, dedupe_key
            """).all().map { try $0.decode(column: "kind", as: String.self) }
    }

    /// Every inbox row of one kind as (recipient, dedupe key), whoever it went to.
    public func inboxRows(kind: String) async throws -> [(recipient: UUID, key: String)] {
        let sql = app.db as! any SQLDatabase
        return try await sql.raw("""
            SELECT recipient_id, dedupe_key FROM notifications_outbox WHERE channel = 'inbox' AND kind = \(bind: kind) ORDER BY dedupe_key
            """).all().map { (try $0.decode(column: "recipient_id", as: UUID.self), try $0.decode(column: "dedupe_key", as: String.self)) }
    }
}
