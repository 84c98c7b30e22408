import Foundation

/// Sign-in throttling: a few free failures, then a delay that doubles up to a ceiling. With 5 free
/// failures and a 60 s ceiling an account sees at most ~70 failed attempts per hour (≤ 100 required),
/// and a stranger can at worst make its owner wait a minute — never lock the account for good.
public struct ThrottlePolicy: Sendable {
    public var freeFailures: Int
    public var maximumDelay: TimeInterval
    public var window: TimeInterval

    public init(freeFailures: Int, maximumDelay: TimeInterval = 60, window: TimeInterval = 3600) {
        self.freeFailures = freeFailures
        self.maximumDelay = maximumDelay
        self.window = window
    }

    public static let account = ThrottlePolicy(freeFailures: 5)
    public static let clientIP = ThrottlePolicy(freeFailures: 20)

    /// Seconds to wait after the `failures`-th failure in the window.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let exponent = min(failures - freeFailures, 16)
        return min(pow(2, Double(exponent)), maximumDelay)
    }
}
