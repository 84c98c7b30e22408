import Foundation
import PortalHTTP

/// What the pages and the API show, read from the materialised figures only: the period (the twelve
/// months up to the newest computed day), a kind of scope ranked or listed, one scope with its months.
struct AccountabilityReport {
    struct Period: Sendable, Equatable {
        var from: LocalDate
        var to: LocalDate
        /// `YYYY-MM`, oldest first.
        var months: [String]
        /// When the newest day was computed.
        var computedAt: Date

        /// The twelve calendar months ending with `to`'s month.
        init(to: LocalDate, computedAt: Date) {
            var (year, month) = (to.year, to.month - 11)
            if month < 1 { month += 12; year -= 1 }
            from = LocalDate(year: year, month: month, day: 1)
            self.to = to
            self.computedAt = computedAt
            months = (0..<12).map { i in
                let m = (month - 1 + i) % 12 + 1
                let y = year + (month - 1 + i) / 12
                return String(format: "%04d-%02d", y, m)
            }
        }
    }

    struct Entry: Sendable {
        var code: String
        var figures: Figures
    }

    struct Month: Sendable {
        var month: String
        var figures: Figures
    }

    let db: any Database
    /// Pages and the API pass the application's cache; tests read the tables directly.
    var cache: FiguresCache? = nil

    var queries: AccountabilityQueries { AccountabilityQueries(db: db) }

    /// Nil until the job has computed a day.
    func period() async throws -> Period? {
        guard let last = try await queries.lastComputation() else { return nil }
        return Period(to: last.day, computedAt: last.at)
    }

    func all(_ kind: Scope.Kind, in period: Period) async throws -> [Entry] {
        try await cached("\(kind.rawValue)|*|\(period.to.iso)", period) { try await queries.figures(kind, from: period.from, to: period.to) }
            .map { Entry(code: $0.key, figures: $0.value) }.sorted { $0.code < $1.code }
    }

    private func cached(_ key: String, _ period: Period, _ compute: () async throws -> [String: Figures]) async throws -> [String: Figures] {
        guard let cache else { return try await compute() }
        return try await cache.figures(key, stamp: period.computedAt, compute: compute)
    }

    /// The ranking (the method is written on the overview page): authorities that closed at least one
    /// application in the period, by share closed on time, then average satisfaction (unrated last),
    /// then the number closed, then code.
    static func ranked(_ entries: [Entry]) -> [Entry] {
        entries.filter { $0.figures.closed > 0 }.sorted { l, r in
            let (a, b) = (l.figures, r.figures)
            if a.onTimeShare != b.onTimeShare { return (a.onTimeShare ?? 0) > (b.onTimeShare ?? 0) }
            if a.ratingAverage != b.ratingAverage { return (a.ratingAverage ?? -1) > (b.ratingAverage ?? -1) }
            if a.closed != b.closed { return a.closed > b.closed }
            return l.code < r.code
        }
    }

    func figures(_ scope: Scope, in period: Period) async throws -> Figures {
        try await cached("\(scope.kind.rawValue)|\(scope.code)|\(period.to.iso)", period) {
            try await queries.figures(scope.kind, code: scope.code, from: period.from, to: period.to)
        }[scope.code] ?? Figures()
    }

    func months(_ scope: Scope, in period: Period) async throws -> [Month] {
        let sums = try await queries.monthly(scope, from: period.from, to: period.to)
        return period.months.map { Month(month: $0, figures: Figures(sums: sums[$0] ?? [:], snapshot: [:])) }
    }
}
