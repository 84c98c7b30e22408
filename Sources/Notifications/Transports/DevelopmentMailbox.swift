import Foundation
import PortalHTTP

/// The development mailbox: e-mails and text messages kept in memory (the newest 500) instead of
/// going out, shown at `/dev/mail` on loopback so a newcomer sees every message the portal sends.
public actor DevelopmentMailbox: MailTransport, SMSTransport {
    public struct Entry: Sendable {
        public var number: Int
        public var at: Date
        public var mail: OutgoingMail?
        public var sms: OutgoingSMS?
    }

    private var entries: [Entry] = []
    private var counter = 0
    private let capacity = 500
    private let clock: any PortalClock

    public init(clock: any PortalClock = SystemClock()) { self.clock = clock }

    public func send(_ mail: OutgoingMail) async throws {
        append(Entry(number: 0, at: clock.now(), mail: mail, sms: nil))
    }

    public func send(_ sms: OutgoingSMS) async throws -> String {
        append(Entry(number: 0, at: clock.now(), mail: nil, sms: sms))
        return "devbox-\(counter)"
    }

    private func append(_ entry: Entry) {
        counter += 1
        var entry = entry
        entry.number = counter
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    /// Newest first.
    public func all() -> [Entry] { entries.reversed() }
    public func entry(_ number: Int) -> Entry? { entries.first { $0.number == number } }
    public var mails: [OutgoingMail] { entries.compactMap(\.mail) }
    public var texts: [OutgoingSMS] { entries.compactMap(\.sms) }
}
