import Foundation

/// The source of "now" for every rule that depends on time, so tests can move it.
public protocol PortalClock: Sendable {
    func now() -> Date
}

public struct SystemClock: PortalClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock tests set and advance by hand.
public final class ManualClock: PortalClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public func now() -> Date { lock.withLock { current } }
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
    public func set(_ date: Date) { lock.withLock { current = date } }
}
