import Foundation
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing

@Suite("Notify: the outbox written in the caller's transaction")
struct NotifyTests {
    typealias F = NotificationFixtures

    @Test("a notice is one row per allowed channel; the same dedupe key again writes nothing (schema-enforced)")
    func dedupe() async throws {
        try await withPortal { portal in
            let a = try await F.account(portal, 1)
            try await F.notify(portal, F.tokenNotice(a, key: "token:42"))
            let first = try await F.rows(portal, recipient: a)
            #expect(first.map(\.channel) == [.email, .inbox])
            #expect(first.first { $0.channel == .inbox }?.status == .delivered)
            #expect(first.first { $0.channel == .email }?.status == .queued)
            #expect(first.first { $0.channel == .email }?.address == F.fin(1).lowercased() + "@example.az")
            let messageID = try #require(first.first { $0.channel == .email }?.reference)
            #expect(messageID.hasPrefix("<") && messageID.hasSuffix("@portal.test>"))
            // Again, and again concurrently: still two rows, the Message-ID unchanged.
            try await F.notify(portal, F.tokenNotice(a, key: "token:42", name: "Another name"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<5 { group.addTask { try await F.notify(portal, F.tokenNotice(a, key: "token:42")) } }
                try await group.waitForAll()
            }
            let after = try await F.rows(portal, recipient: a)
            #expect(after.count == 2)
            #expect(after.first { $0.channel == .email }?.reference == messageID)
            // Another key is another notice.
            try await F.notify(portal, F.tokenNotice(a, key: "token:43"))
            #expect(try await F.rows(portal, recipient: a).count == 4)
            // The schema itself refuses a second row for the same (key, channel, recipient).
            let copy = OutboxModel()
            let original = try #require(after.first { $0.channel == .inbox })
            copy.dedupeKey = original.dedupeKey; copy.channel = .inbox; copy.recipientID = a; copy.kind = original.kind
            copy.category = original.category; copy.payload = original.payload; copy.language = "az"; copy.reference = "inbox-copy"
            copy.status = .delivered; copy.attempts = 0; copy.nextAttemptAt = Date(); copy.createdAt = Date()
            await expectSchemaRefuses(.constraint) { try await copy.create(on: portal.app.db) }
        }
    }

    @Test("the outbox rows roll back with the caller's transaction")
    func rolledBack() async throws {
        struct Boom: Error {}
        try await withPortal { portal in
            let a = try await F.account(portal, 2)
            let app = portal.app
            await #expect(throws: Boom.self) {
                try await app.db.writeTransaction { db in
                    try await app.portal.notify(F.tokenNotice(a), on: db)
                    #expect(try await OutboxModel.query(on: db).filter(\.$recipientID == a).count() == 2)
                    throw Boom()
                }
            }
            #expect(try await F.rows(portal, recipient: a).isEmpty)
            // Committed, it is there.
            try await F.notify(portal, F.tokenNotice(a))
            #expect(try await F.rows(portal, recipient: a).count == 2)
        }
    }

    @Test("no account, no rows; a notice never fails the caller for it")
    func unknownRecipient() async throws {
        try await withPortal { portal in
            try await F.notify(portal, F.tokenNotice(UUID()))
            #expect(try await F.rows(portal).isEmpty)
        }
    }

    @Test("preferences choose the channels; security always goes by e-mail; the chosen language is stored")
    func preferences() async throws {
        try await withPortal { portal in
            let a = try await F.account(portal, 3)
            let principal = try #require(try await portal.app.portal.accountContacts?.contact(of: a, on: portal.app.db))
            #expect(principal.language == .az)
            try await PreferenceQueries(db: portal.app.db).save(NoticePreferences(email: [], sms: [], language: .en), of: a, now: Date())
            try await F.notify(portal, F.receptionNotice(a, key: "booking:1", at: portal.clock.now()))
            #expect(try await F.rows(portal, recipient: a).map(\.channel) == [.inbox])
            try await F.notify(portal, F.tokenNotice(a, key: "token:1"))
            let security = try await F.rows(portal, recipient: a).filter { $0.kind == "security.token_created" }
            #expect(security.map(\.channel) == [.email, .inbox])
            #expect(security.allSatisfy { $0.language == "en" })
        }
    }
}
