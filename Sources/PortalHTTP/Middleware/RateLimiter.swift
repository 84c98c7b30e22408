import Foundation
import NIOConcurrencyHelpers
import PortalCore
import Vapor

/// Fixed-window request counters per (bucket, key), in memory. Guards cheap-to-abuse endpoints
/// (registration look-ups, search). Per process: behind several instances, limits multiply —
/// sign-in throttling therefore lives in the database (Identity).
public final class RateLimiter: Sendable {
    private struct Window { var start: Date; var count: Int }
    private let windows = NIOLockedValueBox([String: Window]())
    private let clock: any PortalClock

    public init(clock: any PortalClock) { self.clock = clock }

    /// Counts one hit. Returns nil when allowed, or the seconds until the window reopens.
    public func hit(bucket: String, key: String, limit: Int, per window: TimeInterval) -> Int? {
        let now = clock.now()
        let id = bucket + "|" + key
        return windows.withLockedValue { windows -> Int? in
            if windows.count > 50_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < window } }
            var current = windows[id] ?? Window(start: now, count: 0)
            if now.timeIntervalSince(current.start) >= window { current = Window(start: now, count: 0) }
            current.count += 1
            windows[id] = current
            guard current.count > limit else { return nil }
            return max(1, Int((window - now.timeIntervalSince(current.start)).rounded(.up)))
        }
    }
}

/// Applies a per-client-IP limit to a route group; over the limit answers 429 with Retry-After.
public struct RateLimitMiddleware: AsyncMiddleware {
    let bucket: String
    let limit: Int
    let window: TimeInterval

    public init(bucket: String, limit: Int, per window: TimeInterval) {
        self.bucket = bucket
        self.limit = limit
        self.window = window
    }

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let retry = request.portal.rateLimiter.hit(bucket: bucket, key: request.clientIP, limit: limit, per: window) {
            throw TooManyRequests(retryAfter: retry)
        }
        return try await next.respond(to: request)
    }
}

/// 429 with the seconds to wait; rendered as a localised page or a problem document.
public struct TooManyRequests: AbortError {
    public let retryAfter: Int
    public init(retryAfter: Int) { self.retryAfter = retryAfter }
    public var status: HTTPResponseStatus { .tooManyRequests }
    public var reason: String { "Too many requests" }
    public var headers: HTTPHeaders { ["Retry-After": String(retryAfter)] }
}
