import Foundation

/// Working days for legal deadlines: weekends and public holidays are not counted.
/// Holidays (and moved working days) are data, loaded from a file that an operator can correct.
public struct WorkingDayCalendar: Sendable {
    /// ISO weekdays that are rest days (6 = Saturday, 7 = Sunday).
    public var weekendDays: Set<Int>
    public var holidays: Set<LocalDate>
    /// Weekend days declared working days by a holiday transfer decree.
    public var extraWorkingDays: Set<LocalDate>

    public init(weekendDays: Set<Int> = [6, 7], holidays: Set<LocalDate> = [], extraWorkingDays: Set<LocalDate> = []) {
        self.weekendDays = weekendDays
        self.holidays = holidays
        self.extraWorkingDays = extraWorkingDays
    }

    public func isWorkingDay(_ day: LocalDate) -> Bool {
        if extraWorkingDays.contains(day) { return true }
        return !weekendDays.contains(day.isoWeekday) && !holidays.contains(day)
    }

    /// The day on which a deadline of `count` working days falls, counting from the day after `start`
    /// (the law counts from the day following the appeal's registration).
    public func addWorkingDays(_ count: Int, to start: LocalDate) -> LocalDate {
        precondition(count >= 0, "a deadline cannot be negative")
        var day = start
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days strictly after `from` up to and including `to` (0 when `to` is not later).
    public func workingDays(from: LocalDate, to: LocalDate) -> Int {
        var count = 0
        var day = from
        while day < to {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// The calendar file format: `{"holidays": ["2026-01-01", …], "extraWorkingDays": […]}`.
    public struct File: Codable, Sendable {
        public var holidays: [String]
        public var extraWorkingDays: [String]?
        public var source: String?
    }

    public static func load(from data: Data) throws -> WorkingDayCalendar {
        let file = try JSONDecoder().decode(File.self, from: data)
        func dates(_ list: [String]) throws -> Set<LocalDate> {
            Set(try list.map { text in
                guard let d = LocalDate(iso: text) else { throw ValidationIssue("validation.date.format") }
                return d
            })
        }
        return WorkingDayCalendar(holidays: try dates(file.holidays), extraWorkingDays: try dates(file.extraWorkingDays ?? []))
    }
}
