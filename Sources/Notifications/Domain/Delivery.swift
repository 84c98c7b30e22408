import Foundation

/// Where a notice goes. The inbox is always written; e-mail and SMS as the person's preferences allow.
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    case inbox, email, sms
}

/// A delivery's state. `sending` is set (and committed) before the transport is called, so a restart
/// finds the row it may have sent (docs/adr/0012-notification-outbox.md); `dead` is the dead letter.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    case queued, sending, sent, delivered, failed, bounced, dead

    /// Still to be attempted by the worker.
    public var isDue: Bool { self == .queued || self == .failed }
    /// Shown to the office as needing attention.
    public var isProblem: Bool { self == .bounced || self == .dead }
}

/// When to try again after a temporary failure: `base · 2^(attempt-1)`, capped, with up to a quarter
/// of random jitter added so a burst of failures does not come back as one burst.
public struct Backoff: Sendable, Equatable {
    public var base: TimeInterval
    public var cap: TimeInterval
    public var maxAttempts: Int

    public init(base: TimeInterval = 60, cap: TimeInterval = 6 * 3600, maxAttempts: Int = 8) {
        self.base = base
        self.cap = cap
        self.maxAttempts = maxAttempts
    }

    /// The delay before attempt `attempt + 1`, after `attempt` failed ones; `jitter` in 0...1.
    public func delay(afterAttempt attempt: Int, jitter: Double) -> TimeInterval {
        let exponent = Double(max(0, min(attempt - 1, 30)))
        let plain = min(cap, base * pow(2, exponent))
        return plain + plain * 0.25 * min(1, max(0, jitter))
    }

    /// After `attempt` failed attempts the message is dead-lettered.
    public func isExhausted(_ attempt: Int) -> Bool { attempt >= maxAttempts }
}

/// SMS quiet hours: no SMS between 22:00 and 08:00 in Baku, except security notices.
public enum QuietHours {
    public static let startHour = 22
    public static let endHour = 8

    /// The first moment at or after `date` when an SMS may go out (`date` itself outside quiet hours).
    public static func nextAllowed(after date: Date, calendar: Calendar) -> Date {
        let hour = calendar.component(.hour, from: date)
        guard hour >= startHour || hour < endHour else { return date }
        var day = calendar.startOfDay(for: date)
        if hour >= startHour { day = calendar.date(byAdding: .day, value: 1, to: day)! }
        return calendar.date(byAdding: .hour, value: endHour, to: day)!
    }
}
