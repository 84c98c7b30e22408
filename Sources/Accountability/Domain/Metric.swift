/// The figures stored per day and scope. Counts and sums add up over any period; the two catalog
/// figures are a snapshot of the registry at the end of the day (a period shows its last day's).
public enum Metric: String, Sendable, CaseIterable {
    case received = "applications.received"
    case closed = "applications.closed"
    case onTime = "applications.on_time"
    case late = "applications.late"
    case ratingSum = "applications.rating_sum"
    case ratingCount = "applications.rating_count"
    case held = "reception.held"
    case noShows = "reception.no_shows"
    case followUpsClosed = "reception.follow_ups_closed"
    case followUpsOnTime = "reception.follow_ups_on_time"
    case receptionRatingSum = "reception.rating_sum"
    case receptionRatingCount = "reception.rating_count"
    case servicesPublished = "catalog.services"
    case servicesOnline = "catalog.online"
    case paymentsCount = "payments.count"
    case paymentsSum = "payments.sum_qepik"

    public var isSnapshot: Bool { self == .servicesPublished || self == .servicesOnline }

    public static let snapshotNames: [String] = allCases.filter(\.isSnapshot).map(\.rawValue)
}

/// Processing times are whole working days, so a day's distribution is exact as a histogram: one row
/// `applications.days.<n>` per duration that occurred, its value the number of cases. A period's
/// histogram is the sum of its days' rows, and any percentile of it is exact (docs/adr/0009).
public enum DurationHistogram {
    public static let prefix = "applications.days."
    /// Longer durations are counted in this last bucket (shown as "250 or more").
    public static let cap = 250

    public static func metric(days: Int) -> String { prefix + String(min(max(days, 0), cap)) }

    public static func days(of metric: String) -> Int? {
        guard metric.hasPrefix(prefix) else { return nil }
        return Int(metric.dropFirst(prefix.count))
    }

    /// The nearest-rank percentile (`p` in 1…100) of a histogram {days: cases}: the smallest duration
    /// with at least ⌈p/100 · N⌉ cases at or below it. Nil without cases.
    public static func percentile(_ p: Int, of histogram: [Int: Int64]) -> Int? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let rank = (Int64(p) * total + 99) / 100
        var seen: Int64 = 0
        for days in histogram.keys.sorted() {
            seen += histogram[days] ?? 0
            if seen >= max(rank, 1) { return days }
        }
        return histogram.keys.max()
    }
}
