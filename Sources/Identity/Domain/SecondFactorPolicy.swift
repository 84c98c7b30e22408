import Foundation

/// How many wrong second-factor codes a key (an account, a client address) may send. A 6-digit code
/// has a million values, so the budget is far stricter than Keycloak's brute-force defaults (30
/// failures, +60 s each, at most 15 min), which it keeps as the shape of the progressive lock:
///
/// - at most `budget` wrong codes in any rolling `window` (10 an hour for an account): after the last
///   one the key waits until the oldest of them leaves the window;
/// - before that, from the `freeFailures`-th wrong code on, each wrong code adds `delayStep` more to
///   wait (60, 120, 180 s…), never more than `maximumDelay`.
///
/// Every wrong code counts (a right code or password does not wipe them), and the wait always ends:
/// nobody can lock an owner out for longer than the window.
public struct SecondFactorPolicy: Sendable, Equatable {
    public var budget: Int
    public var window: TimeInterval
    public var freeFailures: Int
    public var delayStep: TimeInterval
    public var maximumDelay: TimeInterval

    public init(budget: Int, window: TimeInterval = 3600, freeFailures: Int, delayStep: TimeInterval = 60, maximumDelay: TimeInterval = 900) {
        self.budget = budget
        self.window = window
        self.freeFailures = freeFailures
        self.delayStep = delayStep
        self.maximumDelay = maximumDelay
    }

    /// One account: 10 wrong codes an hour, a growing wait from the 3rd.
    public static let account = SecondFactorPolicy(budget: 10, freeFailures: 3)
    /// One client address (many accounts behind it): 30 wrong codes an hour, no progressive wait.
    public static let clientAddress = SecondFactorPolicy(budget: 30, freeFailures: 30)

    /// Seconds (rounded up) until the key may try again, given the times of its wrong codes; nil when it may try now.
    public func wait(failures: [Date], now: Date) -> Int? {
        let recent = failures.filter { now.timeIntervalSince($0) < window }.sorted()
        guard !recent.isEmpty else { return nil }
        var until = Date.distantPast
        if recent.count >= budget {
            until = recent[recent.count - budget].addingTimeInterval(window)
        }
        if recent.count >= freeFailures, let last = recent.last {
            let delay = min(delayStep * Double(recent.count - freeFailures + 1), maximumDelay)
            until = max(until, last.addingTimeInterval(delay))
        }
        let seconds = until.timeIntervalSince(now)
        return seconds > 0 ? Int(seconds.rounded(.up)) : nil
    }
}
