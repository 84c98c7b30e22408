import PortalCore

/// The legal clock of a case, in working days from the day the agency received it. A request for
/// more information pauses it (the days the citizen takes do not count); it may be extended once to
/// the maximum (30 working days by the law on citizens' appeals) with a recorded reason.
public struct CaseDeadline: Codable, Sendable, Equatable {
    public static let defaultDays = 15
    public static let maximumDays = 30

    public var received: LocalDate
    public var days: Int
    /// Working days the clock stood still while the citizen was asked for information.
    public var pausedDays: Int
    /// Set while paused: the day the request went out.
    public var pausedSince: LocalDate?

    public init(received: LocalDate, days: Int?) {
        self.received = received
        self.days = min(max(days ?? Self.defaultDays, 1), Self.maximumDays)
        self.pausedDays = 0
        self.pausedSince = nil
    }

    public func due(_ calendar: WorkingDayCalendar) -> LocalDate {
        calendar.addWorkingDays(days + pausedDays, to: received)
    }

    /// Overdue on `today`: past the due date and not paused.
    public func isOverdue(on today: LocalDate, _ calendar: WorkingDayCalendar) -> Bool {
        pausedSince == nil && today > due(calendar)
    }

    public mutating func pause(on day: LocalDate) {
        if pausedSince == nil { pausedSince = day }
    }

    /// The clock runs again; the working days between the request and the answer are added.
    public mutating func resume(on day: LocalDate, _ calendar: WorkingDayCalendar) {
        guard let since = pausedSince else { return }
        pausedDays += max(0, calendar.workingDays(from: since, to: day))
        pausedSince = nil
    }

    /// Extends to `newDays` (more than now, at most the maximum).
    public mutating func extend(to newDays: Int) -> Bool {
        guard newDays > days, newDays <= Self.maximumDays else { return false }
        days = newDays
        return true
    }
}
