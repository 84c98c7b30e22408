import Foundation
import PortalHTTP

/// The figures of a period only change when the job computes a day, so a page's sums are kept in memory
/// under the time of the newest computation (read from the database on every request, so every
/// instance sees a new computation at once) and dropped when it changes.
final class FiguresCache: @unchecked Sendable {
    private let lock = NSLock()
    private var stamp: Date?
    private var entries: [String: [String: Figures]] = [:]
    /// A bound on memory: a period has four kinds of list and a few thousand scopes.
    static let limit = 4_096

    func figures(_ key: String, stamp: Date, compute: () async throws -> [String: Figures]) async throws -> [String: Figures] {
        if let hit = lock.withLock({ self.stamp == stamp ? entries[key] : nil }) { return hit }
        let value = try await compute()
        lock.withLock {
            if self.stamp != stamp { self.stamp = stamp; entries = [:] }
            if entries.count >= Self.limit { entries = [:] }
            entries[key] = value
        }
        return value
    }
}

struct FiguresCacheKey: StorageKey { typealias Value = FiguresCache }

extension Application {
    var accountabilityCache: FiguresCache {
        if let cache = storage[FiguresCacheKey.self] { return cache }
        let cache = FiguresCache()
        storage[FiguresCacheKey.self] = cache
        return cache
    }
}
