import Foundation
import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing

/// Accounts, notices and fake transports for the notification tests.
enum NotificationFixtures {
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    static func fin(_ n: Int) -> String {
        var x = n
        var out = ""
        for _ in 0..<6 { out.append(alphabet[x % alphabet.count]); x /= alphabet.count }
        return "N" + out
    }

    /// An account (register entry, e-mail `<fin>@example.az`) and its id.
    static func account(_ portal: PortalHarness, _ n: Int) async throws -> UUID {
        try await portal.account(fin(n))
    }

    static func signIn(_ portal: PortalHarness, _ n: Int) async throws -> TestBrowser {
        let browser = portal.browser()
        try await browser.signIn(fin(n), "correct horse battery")
        return browser
    }

    static func tokenNotice(_ recipient: UUID, key: String = "test:1", name: String = "Test token", at: Date = Date()) -> OutgoingNotice {
        OutgoingNotice(.tokenCreated(TokenNotice(name: name, at: at)), to: recipient, dedupeKey: key)
    }

    static func receptionNotice(_ recipient: UUID, key: String, at: Date) -> OutgoingNotice {
        OutgoingNotice(.receptionBooked(ReceptionNotice(bookingID: UUID(), number: "R-TEST01", official: "Test Official", startsAt: at.addingTimeInterval(86_400),
                                                        minutes: 30, location: "№ 7, Test")), to: recipient, dedupeKey: key)
    }

    /// Writes the notice in a write transaction of its own, as a use case would.
    static func notify(_ portal: PortalHarness, _ notice: OutgoingNotice) async throws {
        let app = portal.app
        try await app.db.writeTransaction { db in try await app.portal.notify(notice, on: db) }
    }

    static func rows(_ portal: PortalHarness, recipient: UUID? = nil) async throws -> [OutboxModel] {
        var query = OutboxModel.query(on: portal.app.db)
        if let recipient { query = query.filter(\.$recipientID == recipient) }
        return try await query.sort(\.$channel).all()
    }

    /// Fixed jitter so backoff times are exact in tests.
    static func noJitter(_ portal: PortalHarness) { portal.app.notifications.jitter = { 0 } }
}

/// A mail transport that records every message and fails the way it is told to.
actor RecordingTransport: MailTransport, SMSTransport {
    enum Mode: Sendable { case accept, temporary, permanent }

    var mode: Mode
    private(set) var mails: [OutgoingMail] = []
    private(set) var texts: [OutgoingSMS] = []
    private(set) var calls = 0
    let delay: Duration

    init(mode: Mode = .accept, delay: Duration = .zero) {
        self.mode = mode
        self.delay = delay
    }

    func setMode(_ mode: Mode) { self.mode = mode }

    func send(_ mail: OutgoingMail) async throws {
        calls += 1
        if delay > .zero { try await Task.sleep(for: delay) }
        switch mode {
        case .accept: mails.append(mail)
        case .temporary: throw MessageSendError.temporary("421 try again later")
        case .permanent: throw MessageSendError.permanent("550 no such mailbox")
        }
    }

    func send(_ sms: OutgoingSMS) async throws -> String {
        calls += 1
        texts.append(sms)
        return "gw-\(texts.count)"
    }
}
