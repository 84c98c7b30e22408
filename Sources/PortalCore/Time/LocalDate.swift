import Foundation

/// A calendar date in Baku (no time, no zone): birth dates, holidays, due dates.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` and rejects impossible dates (2025-02-30).
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let candidate = LocalDate(year: y, month: m, day: d)
        guard let date = candidate.startOfDay(in: BakuTime.timeZone), LocalDate(date, in: BakuTime.timeZone) == candidate
        else { return nil }
        self = candidate
    }

    public init(_ date: Date, in zone: TimeZone = BakuTime.timeZone) {
        let c = BakuTime.calendar(zone).dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)
    }

    public func startOfDay(in zone: TimeZone = BakuTime.timeZone) -> Date? {
        BakuTime.calendar(zone).date(from: DateComponents(year: year, month: month, day: day))
    }

    public func adding(days: Int) -> LocalDate {
        let cal = BakuTime.calendar(.gmt)
        let start = cal.date(from: DateComponents(year: year, month: month, day: day))!
        return LocalDate(cal.date(byAdding: .day, value: days, to: start)!, in: .gmt)
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let cal = BakuTime.calendar(.gmt)
        let weekday = cal.component(.weekday, from: cal.date(from: DateComponents(year: year, month: month, day: day))!)
        return weekday == 1 ? 7 : weekday - 1
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }

    public static func < (l: LocalDate, r: LocalDate) -> Bool { (l.year, l.month, l.day) < (r.year, r.month, r.day) }

    /// Whole years between a birth date and a day.
    public func age(on day: LocalDate) -> Int {
        var years = day.year - year
        if (day.month, day.day) < (month, self.day) { years -= 1 }
        return years
    }
}
