import Foundation
import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Notifications: citizen A's inbox messages (a notice written for A through `app.portal.notify`, as any
/// capability writes one) and an e-mail to A that was dead-lettered, for the office's retry.
extension MatrixWorld {
    func accountID(_ actor: Actor) async throws -> UUID {
        try await shared("account \(actor)") {
            let row = try await sql.raw("SELECT id FROM identity_users WHERE fin = \(bind: MatrixCast.fins[actor]!)").first()
            return try #require(row).decode(column: "id", as: UUID.self)
        }
    }

    /// Writes a notice for A and answers the id of its inbox message (lowercased, as the pages link it).
    func noticeForA() async throws -> (inbox: String, email: String) {
        let a = try await accountID(.citizenA)
        let key = "matrix:\(next())"
        let app = self.app
        try await app.db.writeTransaction { db in
            try await app.portal.notify(OutgoingNotice(.tokenCreated(TokenNotice(name: "Matrix notice", at: app.portal.now())), to: a, dedupeKey: key), on: db)
        }
        let rows = try await sql.raw("SELECT id, channel FROM notifications_outbox WHERE dedupe_key = \(bind: key)").all()
        var ids: [String: String] = [:]
        for row in rows { ids[try row.decode(column: "channel", as: String.self)] = try row.decode(column: "id", as: UUID.self).uuidString.lowercased() }
        return (try #require(ids["inbox"]), try #require(ids["email"]))
    }

    /// A new message for A dated after every other (the matrix's clock stands still, so A's many messages
    /// share one time): it is first in A's lists, whatever else A has by now.
    func newestNoticeForA() async throws -> String {
        let id = try await noticeForA().inbox
        let at = MatrixWorld.runsAt.addingTimeInterval(86_400 + TimeInterval(next()))
        try await sql.raw("UPDATE notifications_outbox SET created_at = \(bind: at) WHERE id = \(bind: UUID(uuidString: id)!)").run()
        return id
    }

    func messageOfA(fresh: Bool) async throws -> String {
        try await object("A's inbox message", fresh: fresh) { try await noticeForA().inbox }
    }

    /// An e-mail to A delivered to the development mailbox: its number there.
    func devMailOfA() async throws -> Int {
        try await shared("A's e-mail in the development mailbox") {
            _ = try await noticeForA()
            _ = try await DeliverOutbox(app: app).run()
            return try #require(await app.notifications.mailbox.all().first).number
        }
    }

    /// An e-mail to A that exhausted its attempts (status `dead`).
    func deadMailOfA(fresh: Bool) async throws -> String {
        try await object("A's dead-lettered e-mail", fresh: fresh) {
            let id = try await noticeForA().email
            try await sql.raw("""
                UPDATE notifications_outbox SET status = 'dead', attempts = 8, last_error = 'matrix' WHERE id = \(bind: UUID(uuidString: id)!)
                """).run()
            return id
        }
    }
}
