import Foundation
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing

@Suite("The delivery worker")
struct WorkerTests {
    typealias F = NotificationFixtures

    static func use(_ transport: RecordingTransport, _ portal: PortalHarness) {
        portal.app.notifications.transports = NoticeTransports(mail: transport, sms: transport)
        F.noJitter(portal)
    }

    @Test("a temporary failure is retried with exponential backoff, then dead-lettered; the office can retry it")
    func retryBackoffDeadLetter() async throws {
        try await withPortal(config: { $0.environment["ONEWINDOW_NOTIFY_MAX_ATTEMPTS"] = "3" }) { portal in
            let failing = RecordingTransport(mode: .temporary)
            Self.use(failing, portal)
            let a = try await F.account(portal, 10)
            try await F.notify(portal, F.tokenNotice(a))
            let worker = DeliverOutbox(app: portal.app)
            func email() async throws -> OutboxModel { try #require(try await F.rows(portal, recipient: a).first { $0.channel == .email }) }

            var report = try await worker.run()
            #expect(report.claimed == 1 && report.retried == 1)
            var row = try await email()
            #expect(row.status == .failed && row.attempts == 1 && row.lastError == "421 try again later")
            #expect(row.nextAttemptAt == portal.clock.now().addingTimeInterval(60))
            // Not due yet: nothing is claimed.
            #expect(try await worker.run().claimed == 0)
            portal.clock.advance(by: 60)
            report = try await worker.run()
            row = try await email()
            #expect(report.retried == 1 && row.attempts == 2 && row.nextAttemptAt == portal.clock.now().addingTimeInterval(120))
            portal.clock.advance(by: 120)
            report = try await worker.run()
            row = try await email()
            #expect(report.dead == 1 && row.status == .dead && row.attempts == 3)
            #expect(await failing.calls == 3)
            portal.clock.advance(by: 86_400)
            #expect(try await worker.run().claimed == 0)

            // The office sends it again once the server is back.
            await failing.setMode(.accept)
            let admin = Principal(userID: UUID(), fin: FIN(uncheckedValue: "ADMIN01"), firstName: "A", lastName: "B",
                                  roles: [], channel: .session(hash: "t"), secondFactorVerified: true, totpEnabled: true)
            #expect(try await RetryDelivery(app: portal.app).run(row.id!, by: admin, ip: "127.0.0.1") == .queued)
            #expect(try await worker.run().sent == 1)
            row = try await email()
            #expect(row.status == .sent && row.sentAt != nil)
            #expect(await failing.mails.map(\.messageID) == [row.reference])
            #expect(try await RetryDelivery(app: portal.app).run(row.id!, by: admin, ip: "127.0.0.1") == .notRetryable)
        }
    }

    @Test("the backoff has jitter: up to a quarter more, never less")
    func jitter() {
        let backoff = Backoff(base: 60, cap: 3600, maxAttempts: 8)
        #expect(backoff.delay(afterAttempt: 1, jitter: 0) == 60)
        #expect(backoff.delay(afterAttempt: 3, jitter: 0) == 240)
        #expect(backoff.delay(afterAttempt: 3, jitter: 1) == 300)
        #expect(backoff.delay(afterAttempt: 20, jitter: 0) == 3600)
        #expect(!backoff.isExhausted(7) && backoff.isExhausted(8))
    }

    @Test("a permanent refusal is a bounce, not retried")
    func bounce() async throws {
        try await withPortal { portal in
            let refusing = RecordingTransport(mode: .permanent)
            Self.use(refusing, portal)
            let a = try await F.account(portal, 11)
            try await F.notify(portal, F.tokenNotice(a))
            #expect(try await DeliverOutbox(app: portal.app).run().bounced == 1)
            let row = try #require(try await F.rows(portal, recipient: a).first { $0.channel == .email })
            #expect(row.status == .bounced && row.lastError == "550 no such mailbox")
            portal.clock.advance(by: 86_400)
            #expect(try await DeliverOutbox(app: portal.app).run().claimed == 0)
        }
    }

    @Test("two workers at once send every message exactly once")
    func concurrentWorkers() async throws {
        try await withPortal(config: { $0.environment["ONEWINDOW_NOTIFY_BATCH"] = "7" }) { portal in
            let transport = RecordingTransport(delay: .milliseconds(2))
            Self.use(transport, portal)
            var expected: Set<String> = []
            for n in 0..<6 {
                let a = try await F.account(portal, 20 + n)
                for k in 0..<5 { try await F.notify(portal, F.tokenNotice(a, key: "token:\(n):\(k)")) }
            }
            for row in try await F.rows(portal) where row.channel == .email { expected.insert(row.reference) }
            #expect(expected.count == 30)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        while try await DeliverOutbox(app: portal.app).run().claimed > 0 {}
                    }
                }
                try await group.waitForAll()
            }
            let sent = await transport.mails.map(\.messageID)
            #expect(sent.count == 30)
            #expect(Set(sent) == expected)
            #expect(try await F.rows(portal).filter { $0.channel == .email }.allSatisfy { $0.status == .sent && $0.attempts == 1 })
        }
    }

    @Test("after a crash mid-send the message goes again with the same Message-ID, once the lease has passed")
    func crashRecovery() async throws {
        try await withPortal { portal in
            let transport = RecordingTransport()
            Self.use(transport, portal)
            let a = try await F.account(portal, 12)
            try await F.notify(portal, F.tokenNotice(a))
            // A worker claims the row and dies before recording anything.
            let claimed = try await OutboxQueries(db: portal.app.db).claimDue(now: portal.clock.now(), limit: 10)
            #expect(claimed.count == 1)
            let reference = claimed[0].record.reference
            #expect(try await DeliverOutbox(app: portal.app).run().claimed == 0)  // still `sending`: nobody sends blindly
            portal.clock.advance(by: 301)
            let report = try await DeliverOutbox(app: portal.app).run()
            #expect(report.recovered == 1 && report.sent == 1)
            #expect(await transport.mails.map(\.messageID) == [reference])
            let row = try #require(try await F.rows(portal, recipient: a).first { $0.channel == .email })
            #expect(row.status == .sent && row.attempts == 2)
        }
    }

    @Test("the per-recipient limit postpones without spending attempts")
    func perRecipientLimit() async throws {
        try await withPortal(config: { $0.environment["ONEWINDOW_NOTIFY_PER_RECIPIENT_PER_HOUR"] = "2" }) { portal in
            let transport = RecordingTransport()
            Self.use(transport, portal)
            let a = try await F.account(portal, 13)
            for k in 0..<3 { try await F.notify(portal, F.tokenNotice(a, key: "token:\(k)")) }
            let report = try await DeliverOutbox(app: portal.app).run()
            #expect(report.sent == 2 && report.postponed == 1)
            let waiting = try #require(try await F.rows(portal, recipient: a).first { $0.channel == .email && $0.status == .queued })
            #expect(waiting.attempts == 0 && waiting.nextAttemptAt == portal.clock.now().addingTimeInterval(3600))
            portal.clock.advance(by: 3601)
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 1)
        }
    }

    @Test("the e-mail: text and HTML parts, List-Unsubscribe except for security, the reception's .ics attached")
    func mailShape() async throws {
        try await withPortal { portal in
            let transport = RecordingTransport()
            Self.use(transport, portal)
            let a = try await F.account(portal, 14)
            try await F.notify(portal, F.tokenNotice(a))
            try await F.notify(portal, F.receptionNotice(a, key: "booking:1", at: portal.clock.now()))
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 2)
            let mails = await transport.mails
            let security = try #require(mails.first { $0.subject == "Yeni giriş tokeni yaradıldı" })
            #expect(security.listUnsubscribe == nil && security.attachments.isEmpty)
            #expect(security.text.contains("«Test token»") && security.text.contains("https://portal.test/cabinet/tokens"))
            #expect(security.html?.contains("<a href=\"https://portal.test/cabinet/tokens\">") == true)
            let booking = try #require(mails.first { $0.subject.hasPrefix("Qəbula yazıldınız") })
            #expect(booking.listUnsubscribe == "https://portal.test/cabinet/notifications/settings")
            let ics = try #require(booking.attachments.first)
            #expect(ics.filename == "reception-R-TEST01.ics" && ics.contentType.hasPrefix("text/calendar"))
            #expect(String(decoding: ics.data, as: UTF8.self).contains("BEGIN:VEVENT"))
        }
    }
}
