import Foundation
import PortalCore
@testable import Reception
import Testing

@Suite("Reception slots")
struct SlotCalculatorTests {
    let monday = LocalDate(year: 2026, month: 11, day: 23)
    let mondaySession = WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 2)

    func times(_ slots: [SlotTime]) -> [String] {
        slots.map { BakuTime.display($0.start) }
    }

    @Test("a weekly session becomes slots of its length on its weekday only, in Baku time")
    func weekly() {
        let calc = SlotCalculator(sessions: [mondaySession], exceptions: [], calendar: WorkingDayCalendar())
        let slots = calc.slots(from: monday, to: monday.adding(days: 6))
        #expect(times(slots) == ["23.11.2026 10:00", "23.11.2026 10:30", "23.11.2026 11:00", "23.11.2026 11:30"])
        #expect(slots.allSatisfy { $0.capacity == 2 && $0.minutes == 30 })
        // 10:00 in Baku is 06:00 UTC.
        #expect(ISO8601DateFormatter().string(from: slots[0].start) == "2026-11-23T06:00:00Z")
    }

    @Test("a slot that would run past the session's end is not offered")
    func partialSlot() {
        let session = WeeklySession(weekday: 1, startMinute: 600, endMinute: 700, slotMinutes: 30, capacity: 1)
        let calc = SlotCalculator(sessions: [session], exceptions: [], calendar: WorkingDayCalendar())
        #expect(times(calc.slots(on: monday)) == ["23.11.2026 10:00", "23.11.2026 10:30", "23.11.2026 11:00"])
    }

    @Test("no slots on a public holiday; a transferred working day gets its weekday's template")
    func holidays() {
        let holidayCalendar = WorkingDayCalendar(holidays: [monday])
        #expect(SlotCalculator(sessions: [mondaySession], exceptions: [], calendar: holidayCalendar).slots(on: monday).isEmpty)
        let saturday = LocalDate(year: 2026, month: 11, day: 28)
        let saturdaySession = WeeklySession(weekday: 6, startMinute: 600, endMinute: 660, slotMinutes: 30, capacity: 1)
        #expect(SlotCalculator(sessions: [saturdaySession], exceptions: [], calendar: WorkingDayCalendar()).slots(on: saturday).isEmpty)
        let transferred = WorkingDayCalendar(extraWorkingDays: [saturday])
        #expect(SlotCalculator(sessions: [saturdaySession], exceptions: [], calendar: transferred).slots(on: saturday).count == 2)
    }

    @Test("leave closes a day; a one-off extra session adds slots, even on a holiday")
    func exceptions() {
        let leave = ScheduleException(day: monday, kind: .closed)
        #expect(SlotCalculator(sessions: [mondaySession], exceptions: [leave], calendar: WorkingDayCalendar()).slots(on: monday).isEmpty)
        let friday = monday.adding(days: 4)
        let extra = ScheduleException(day: friday, kind: .extra, session: WeeklySession(weekday: 5, startMinute: 900, endMinute: 960, slotMinutes: 20, capacity: 3))
        let calc = SlotCalculator(sessions: [mondaySession], exceptions: [extra], calendar: WorkingDayCalendar(holidays: [friday]))
        #expect(times(calc.slots(on: friday)) == ["27.11.2026 15:00", "27.11.2026 15:20", "27.11.2026 15:40"])
        #expect(calc.slots(from: monday, to: friday).count == 7)
        // The extra session is on top of the template; closing the day removes both.
        let both = SlotCalculator(sessions: [mondaySession], exceptions: [extra, ScheduleException(day: friday, kind: .closed)], calendar: WorkingDayCalendar())
        #expect(both.slots(on: friday).isEmpty)
    }

    @Test("overlapping sessions do not produce two slots with one start; invalid sessions are ignored")
    func overlaps() {
        let other = WeeklySession(weekday: 1, startMinute: 660, endMinute: 780, slotMinutes: 30, capacity: 1)
        let broken = WeeklySession(weekday: 1, startMinute: 800, endMinute: 700, slotMinutes: 30, capacity: 1)
        #expect(broken.problem == "reception.validation.hours")
        let calc = SlotCalculator(sessions: [mondaySession, other, broken], exceptions: [], calendar: WorkingDayCalendar())
        #expect(times(calc.slots(on: monday)) == ["23.11.2026 10:00", "23.11.2026 10:30", "23.11.2026 11:00", "23.11.2026 11:30", "23.11.2026 12:00", "23.11.2026 12:30"])
    }

    @Test("the booking window opens the next day at the fixed hour, not at midnight")
    func window() {
        let window = BookingWindow(windowDays: 14, openHour: 9)
        let wednesday = LocalDate(year: 2026, month: 11, day: 18)
        let before = wednesday.startOfDay()!.addingTimeInterval(8 * 3600 + 59 * 60)
        let after = wednesday.startOfDay()!.addingTimeInterval(9 * 3600)
        #expect(window.lastBookableDay(now: before) == LocalDate(year: 2026, month: 12, day: 1))
        #expect(window.lastBookableDay(now: after) == LocalDate(year: 2026, month: 12, day: 2))
        let slot = SlotTime(start: LocalDate(year: 2026, month: 12, day: 2).startOfDay()!.addingTimeInterval(10 * 3600), minutes: 30, capacity: 1)
        #expect(!window.contains(slot, now: before))
        #expect(window.contains(slot, now: after))
        #expect(!window.contains(slot, now: slot.start))
    }

    @Test("ISO weeks and booking numbers")
    func weeksAndNumbers() {
        #expect(ISOWeek.key(monday) == "2026-W48")
        #expect(ISOWeek.key(monday.adding(days: 6)) == "2026-W48")
        #expect(ISOWeek.key(LocalDate(year: 2027, month: 1, day: 1)) == "2026-W53")
        let number = BookingNumber.make()
        #expect(number.count == 10 && number.hasPrefix("R-"))
        #expect(!number.dropFirst(2).contains { "01IO".contains($0) })
        #expect(BookingNumber.normalise(" r-abc2 3456 ") == "R-ABC23456")
        #expect(BookingNumber.normalise("https://portal.test/office/reception/check-in/R-ABC23456") == "R-ABC23456")
    }

    @Test("the QR code encodes the check-in link and is drawn as SVG")
    func qrCode() throws {
        let modules = try #require(QRCodeSVG.modules(for: "https://portal.test/office/reception/check-in/R-ABC23456"))
        #expect(modules.count >= 21 && modules.count % 4 == 1)
        // The three finder patterns: dark 7×7 corners.
        #expect(modules[0][0] && modules[0][6] && modules[6][0] && modules[0][modules.count - 1] && modules[modules.count - 1][0])
        let svg = try #require(QRCodeSVG.svg(for: "x", label: "a \"b\" <c>"))
        #expect(svg.hasPrefix("<svg") && svg.contains("aria-label=\"a &quot;b&quot; &lt;c>\"") && svg.contains("<path"))
    }
}
