import Foundation
import PortalCore
import Testing

@Suite("Money and time")
struct MoneyAndTimeTests {
    @Test("money is integer qəpik, formatted per language")
    func money() throws {
        let fee = Money.azn(manat: 10)
        #expect(fee.minorUnits == 1_000)
        #expect(fee.formatted(.az) == "10,00 ₼")
        #expect(fee.formatted(.en) == "AZN 10.00")
        #expect((fee + Money(minorUnits: 5)).formatted(.ru) == "10,05 ₼")
        #expect(try Money.parse("10,5").get().minorUnits == 1_050)
        #expect(try Money.parse("0.07").get().minorUnits == 7)
        if case .success = Money.parse("10.123") { Issue.record("three decimals accepted") }
        if case .success = Money.parse("-1") { Issue.record("negative accepted") }
    }

    @Test("times are shown in Baku (UTC+4)")
    func bakuTime() {
        let date = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 11:06:40 UTC
        #expect(BakuTime.display(date) == "18.11.2026 15:06")
        // 20:30 UTC is already the next day in Baku.
        let lateEvening = Date(timeIntervalSince1970: 1_795_000_000 + 9 * 3600 + 23 * 60 + 20)
        #expect(LocalDate(lateEvening) == LocalDate(year: 2026, month: 11, day: 19))
        #expect(LocalDate(lateEvening, in: TimeZone(identifier: "UTC")!) == LocalDate(year: 2026, month: 11, day: 18))
    }

    @Test("dates and percentages are written the way each language reads them")
    func languageFormats() {
        let seventhOfDecember = LocalDate(year: 2026, month: 12, day: 7)
        // A numeric day-first date reads as 12 July to many English readers: the month is a word.
        #expect(BakuTime.displayDate(seventhOfDecember, .en) == "7 Dec 2026")
        #expect(BakuTime.displayDate(seventhOfDecember, .az) == "07.12.2026")
        #expect(BakuTime.displayDate(seventhOfDecember, .ru) == "07.12.2026")
        let evening = Date(timeIntervalSince1970: 1_796_641_200) // 2026-12-07 11:00 UTC, 15:00 in Baku
        #expect(BakuTime.display(evening, .en) == "7 Dec 2026, 15:00")
        #expect(BakuTime.display(evening, .ru) == "07.12.2026 15:00")
        #expect(Language.ru.percent(50) == "50,0\u{00A0}%")
        #expect(Language.az.percent(66.666) == "66,7%")
        #expect(Language.en.percent(50) == "50.0%")
        #expect(Language.ru.percent(87.4, fractionDigits: 0) == "87\u{00A0}%")
    }

    @Test("local dates reject impossible days")
    func localDates() {
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29") != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-11-23")?.isoWeekday == 1)
        #expect(LocalDate(iso: "1990-04-12")!.age(on: LocalDate(iso: "2026-04-11")!) == 35)
        #expect(LocalDate(iso: "1900-02-29") == nil && LocalDate(iso: "2000-02-29") != nil && LocalDate(iso: "2026-04-31") == nil)
    }

    @Test("date arithmetic agrees with Foundation's calendar day by day over two centuries")
    func dateArithmetic() {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        var date = cal.date(from: DateComponents(year: 1920, month: 1, day: 1))!
        var local = LocalDate(year: 1920, month: 1, day: 1)
        for _ in 0..<(200 * 366) {
            let c = cal.dateComponents([.year, .month, .day, .weekday], from: date)
            guard local == LocalDate(year: c.year!, month: c.month!, day: c.day!), local.isoWeekday == (c.weekday! == 1 ? 7 : c.weekday! - 1),
                  LocalDate(iso: local.iso) == local else {
                Issue.record("differs at \(local) vs \(c)")
                return
            }
            date = cal.date(byAdding: .day, value: 1, to: date)!
            local = local.adding(days: 1)
        }
        #expect(local.adding(days: -200 * 366) == LocalDate(year: 1920, month: 1, day: 1))
    }

    static let calendar = WorkingDayCalendar(holidays: [LocalDate(iso: "2026-12-31")!, LocalDate(iso: "2027-01-01")!, LocalDate(iso: "2026-11-09")!])

    @Test("working days skip weekends and holidays",
          arguments: [("2026-11-20", 1, "2026-11-23"),   // Friday + 1 → Monday
                      ("2026-11-06", 1, "2026-11-10"),   // Friday, Monday 9 Nov is a holiday
                      ("2026-12-30", 1, "2027-01-04"),   // 31 Dec and 1 Jan are holidays, then the weekend
                      ("2026-11-23", 15, "2026-12-14"),  // the law's 15 working days
                      ("2026-11-23", 30, "2027-01-06"),  // extended to 30, across the new year
                      ("2026-11-21", 0, "2026-11-21")])
    func addWorkingDays(start: String, days: Int, expected: String) {
        #expect(Self.calendar.addWorkingDays(days, to: LocalDate(iso: start)!) == LocalDate(iso: expected)!)
    }

    @Test("counting working days is the inverse of adding them (property)")
    func countInverse() {
        var rng = SeededRandom(seed: 3)
        for _ in 0..<200 {
            let start = LocalDate(iso: "2026-01-01")!.adding(days: Int.random(in: 0...700, using: &rng))
            let n = Int.random(in: 0...40, using: &rng)
            let end = Self.calendar.addWorkingDays(n, to: start)
            #expect(Self.calendar.workingDays(from: start, to: end) == n)
            #expect(n == 0 || Self.calendar.isWorkingDay(end))
        }
    }

    @Test("a holiday transfer makes a Saturday a working day, and the calendar file loads")
    func transfersAndFile() throws {
        let saturday = LocalDate(iso: "2026-11-28")!
        var calendar = Self.calendar
        #expect(!calendar.isWorkingDay(saturday))
        calendar.extraWorkingDays.insert(saturday)
        #expect(calendar.isWorkingDay(saturday))
        let loaded = try WorkingDayCalendar.load(from: Data(#"{"holidays":["2026-05-28"],"extraWorkingDays":["2026-05-30"]}"#.utf8))
        #expect(!loaded.isWorkingDay(LocalDate(iso: "2026-05-28")!))
        #expect(loaded.isWorkingDay(LocalDate(iso: "2026-05-30")!))
        #expect(throws: ValidationIssue.self) { try WorkingDayCalendar.load(from: Data(#"{"holidays":["2026-02-30"]}"#.utf8)) }
    }

    @Test("Accept-Language negotiation")
    func negotiate() {
        #expect(Language.negotiate(acceptLanguage: "ru-RU,ru;q=0.9,en;q=0.8") == .ru)
        #expect(Language.negotiate(acceptLanguage: "de-DE,en;q=0.5") == .en)
        #expect(Language.negotiate(acceptLanguage: "fr") == nil)
        #expect(Language.negotiate(acceptLanguage: "az;q=0, en") == .en)
    }
}
