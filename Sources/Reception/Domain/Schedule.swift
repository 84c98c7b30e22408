import Foundation
import PortalCore

/// One recurring reception session in an official's week: weekday, hours (minutes after midnight,
/// Baku time), slot length and how many citizens each slot takes.
public struct WeeklySession: Sendable, Hashable, Codable {
    public var weekday: Int
    public var startMinute: Int
    public var endMinute: Int
    public var slotMinutes: Int
    public var capacity: Int

    public init(weekday: Int, startMinute: Int, endMinute: Int, slotMinutes: Int, capacity: Int) {
        self.weekday = weekday
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.slotMinutes = slotMinutes
        self.capacity = capacity
    }

    /// Why this session cannot be saved, or nil.
    public var problem: String? {
        guard (1...7).contains(weekday) else { return "reception.validation.weekday" }
        guard startMinute >= 0, endMinute <= 24 * 60, startMinute < endMinute else { return "reception.validation.hours" }
        guard (5...240).contains(slotMinutes), slotMinutes <= endMinute - startMinute else { return "reception.validation.slot_length" }
        guard (1...50).contains(capacity) else { return "reception.validation.capacity" }
        return nil
    }
}

/// A change to the weekly template on one day: the official is away (leave, trip), or holds a
/// one-off extra session (which may fall on a holiday or weekend).
public struct ScheduleException: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case closed, extra }
    public var day: LocalDate
    public var kind: Kind
    public var session: WeeklySession?

    public init(day: LocalDate, kind: Kind, session: WeeklySession? = nil) {
        self.day = day
        self.kind = kind
        self.session = session
    }
}

/// A bookable time: start (UTC instant), length and places.
public struct SlotTime: Sendable, Hashable, Codable, Comparable {
    public var start: Date
    public var minutes: Int
    public var capacity: Int

    public init(start: Date, minutes: Int, capacity: Int) {
        self.start = start
        self.minutes = minutes
        self.capacity = capacity
    }

    public var end: Date { start.addingTimeInterval(TimeInterval(minutes * 60)) }
    public var day: LocalDate { LocalDate(start) }
    public static func < (l: SlotTime, r: SlotTime) -> Bool { l.start < r.start }
}

/// Computes an official's slots from the weekly template, the day exceptions and the working-day
/// calendar. Pure: the same inputs give the same slots, so tests cover holidays and exceptions directly.
public struct SlotCalculator: Sendable {
    public var sessions: [WeeklySession]
    public var exceptions: [ScheduleException]
    public var calendar: WorkingDayCalendar

    public init(sessions: [WeeklySession], exceptions: [ScheduleException], calendar: WorkingDayCalendar) {
        self.sessions = sessions
        self.exceptions = exceptions
        self.calendar = calendar
    }

    /// Slots on the days `from` … `to` (inclusive), in time order.
    public func slots(from: LocalDate, to: LocalDate) -> [SlotTime] {
        var result: [SlotTime] = []
        var day = from
        while day <= to {
            result += slots(on: day)
            day = day.adding(days: 1)
        }
        return result
    }

    /// A closed exception wins over everything; a holiday or weekend removes the template sessions
    /// (a transferred working day gets the template of its weekday); extra sessions are added.
    public func slots(on day: LocalDate) -> [SlotTime] {
        let todays = exceptions.filter { $0.day == day }
        if todays.contains(where: { $0.kind == .closed }) { return [] }
        var daySessions = calendar.isWorkingDay(day) ? sessions.filter { $0.weekday == day.isoWeekday } : []
        daySessions += todays.compactMap { $0.kind == .extra ? $0.session : nil }
        guard let midnight = day.startOfDay() else { return [] }
        var seen = Set<Date>()
        var result: [SlotTime] = []
        for session in daySessions where session.problem == nil {
            var minute = session.startMinute
            while minute + session.slotMinutes <= session.endMinute {
                let start = midnight.addingTimeInterval(TimeInterval(minute * 60))
                // Overlapping sessions on one day must not make two slots with the same start.
                if seen.insert(start).inserted { result.append(SlotTime(start: start, minutes: session.slotMinutes, capacity: session.capacity)) }
                minute += session.slotMinutes
            }
        }
        return result.sorted()
    }

    /// The slot starting exactly at `start`, if the schedule has one.
    public func slot(startingAt start: Date) -> SlotTime? {
        slots(on: LocalDate(start)).first { $0.start == start }
    }
}

/// The booking window: which days may be booked now. The day `windowDays` ahead opens at
/// `openHour` (Baku), so releases happen at a known time of day, not at midnight.
public struct BookingWindow: Sendable {
    public var windowDays: Int
    public var openHour: Int

    public init(windowDays: Int, openHour: Int) {
        self.windowDays = windowDays
        self.openHour = openHour
    }

    public func lastBookableDay(now: Date) -> LocalDate {
        let today = LocalDate(now)
        let hour = BakuTime.calendar().component(.hour, from: now)
        return today.adding(days: hour >= openHour ? windowDays : windowDays - 1)
    }

    public func contains(_ slot: SlotTime, now: Date) -> Bool {
        slot.start > now && slot.day <= lastBookableDay(now: now)
    }
}

/// The ISO week a date falls in (`2026-W49`), for the one-booking-per-official-per-week rule.
public enum ISOWeek {
    public static func key(_ day: LocalDate) -> String {
        var cal = Calendar(identifier: .iso8601)
        cal.timeZone = .gmt
        let date = cal.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        let c = cal.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", c.yearForWeekOfYear!, c.weekOfYear!)
    }
}
