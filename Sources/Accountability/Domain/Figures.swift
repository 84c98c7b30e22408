import Foundation

/// A scope's figures over a period, derived from the summed daily rows (never from the cases).
public struct Figures: Sendable, Codable, Equatable {
    public var received: Int64 = 0
    public var closed: Int64 = 0
    public var onTime: Int64 = 0
    public var late: Int64 = 0
    /// Median and 90th percentile of processing time in working days (nearest rank), nil without closed cases.
    public var medianDays: Int?
    public var p90Days: Int?
    public var ratingSum: Int64 = 0
    public var ratingCount: Int64 = 0
    public var receptionsHeld: Int64 = 0
    public var noShows: Int64 = 0
    public var followUpsClosed: Int64 = 0
    public var followUpsOnTime: Int64 = 0
    public var receptionRatingSum: Int64 = 0
    public var receptionRatingCount: Int64 = 0
    public var servicesPublished: Int64 = 0
    public var servicesOnline: Int64 = 0
    public var paymentsCount: Int64 = 0
    /// In qəpik (AZN minor units).
    public var paymentsSum: Int64 = 0

    public init() {}

    /// From summed rows {metric: value} (histogram rows included) and the snapshot of the period's last day.
    public init(sums: [String: Int64], snapshot: [String: Int64]) {
        func v(_ m: Metric) -> Int64 { (m.isSnapshot ? snapshot : sums)[m.rawValue] ?? 0 }
        received = v(.received); closed = v(.closed); onTime = v(.onTime); late = v(.late)
        ratingSum = v(.ratingSum); ratingCount = v(.ratingCount)
        receptionsHeld = v(.held); noShows = v(.noShows); followUpsClosed = v(.followUpsClosed); followUpsOnTime = v(.followUpsOnTime)
        receptionRatingSum = v(.receptionRatingSum); receptionRatingCount = v(.receptionRatingCount)
        servicesPublished = v(.servicesPublished); servicesOnline = v(.servicesOnline)
        paymentsCount = v(.paymentsCount); paymentsSum = v(.paymentsSum)
        var histogram: [Int: Int64] = [:]
        for (metric, value) in sums { if let days = DurationHistogram.days(of: metric) { histogram[days, default: 0] += value } }
        medianDays = DurationHistogram.percentile(50, of: histogram)
        p90Days = DurationHistogram.percentile(90, of: histogram)
    }

    /// Share of closed cases closed on time, 0…1.
    public var onTimeShare: Double? { closed > 0 ? Double(onTime) / Double(closed) : nil }
    public var ratingAverage: Double? { ratingCount > 0 ? Double(ratingSum) / Double(ratingCount) : nil }
    public var receptionRatingAverage: Double? { receptionRatingCount > 0 ? Double(receptionRatingSum) / Double(receptionRatingCount) : nil }
    public var onlineShare: Double? { servicesPublished > 0 ? Double(servicesOnline) / Double(servicesPublished) : nil }
    public var followUpsOnTimeShare: Double? { followUpsClosed > 0 ? Double(followUpsOnTime) / Double(followUpsClosed) : nil }
}
