@testable import Accountability
import Foundation
import PortalHTTP
import PortalTesting
import Testing

/// Every figure against hand-computed expectations on `AccountabilityFixtures` (see the table there).
@Suite("Accountability figures")
struct AccountabilityFigureTests {
    typealias F = AccountabilityFixtures

    func seeded(_ body: (PortalHarness) async throws -> Void) async throws {
        try await withPortal { portal in
            let applicant = try await portal.account("7HK2M3P")
            try await F.seedCases(portal, applicant: applicant)
            try await F.seedReception(portal)
            try await body(portal)
        }
    }

    @Test("a day's rows: received, closed on time and late, processing days net of pauses, ratings, reception")
    func dayRows() async throws {
        try await seeded { portal in
            let job = ComputeFigures(app: portal.app)
            let en = Scope(.agency, "EN"), icra = Scope(.agency, "ICRA-QBA")
            let nov4 = try await job.rows(for: F.day(4))
            #expect(nov4.value(en, .received) == 2)
            #expect(nov4.value(Scope(.unit, "AZ-QBA"), .received) == 2)
            #expect(nov4.value(Scope(.service, "S1"), .received) == 2)
            // A: Thu 12, 4 working days (Thu 5, Fri 6, Wed 11, Thu 12; the weekend and 9–10 Nov are not counted).
            let nov12 = try await job.rows(for: F.day(12))
            #expect(nov12.value(en, .closed) == 1 && nov12.value(en, .onTime) == 1 && nov12.value(en, .late) == 0)
            #expect(nov12.values[en]?[DurationHistogram.metric(days: 4)] == 1)
            // D: 3 days, rated 2 the same day.
            let nov13 = try await job.rows(for: F.day(13))
            #expect(nov13.values[Scope(.unit, "AZ-MAS")]?[DurationHistogram.metric(days: 3)] == 1)
            #expect(nov13.value(en, .ratingSum) == 2 && nov13.value(en, .ratingCount) == 1)
            // B (5 days after 2 paused) and F (1 day) closed on time; B rated 4; two follow-ups closed, one late.
            let nov17 = try await job.rows(for: F.day(17))
            #expect(nov17.values[en]?[DurationHistogram.metric(days: 5)] == 1)
            #expect(nov17.values[icra]?[DurationHistogram.metric(days: 1)] == 1)
            #expect(nov17.value(.country, .closed) == 2 && nov17.value(.country, .onTime) == 2)
            #expect(nov17.value(en, .ratingSum) == 4 && nov17.value(en, .ratingCount) == 1)
            #expect(nov17.value(icra, .followUpsClosed) == 2 && nov17.value(icra, .followUpsOnTime) == 1)
            // C: due Tue 17 after the extension to 6 days, rejected Wed 18 after 7 working days: late.
            let nov18 = try await job.rows(for: F.day(18))
            #expect(nov18.value(en, .closed) == 1 && nov18.value(en, .late) == 1 && nov18.value(en, .onTime) == 0)
            #expect(nov18.values[Scope(.service, "S2")]?[DurationHistogram.metric(days: 7)] == 1)
            // Reception on Mon 16: the booked visitor and the walk-in held, one no-show, a rating of 5.
            let nov16 = try await job.rows(for: F.day(16))
            #expect(nov16.value(icra, .held) == 2 && nov16.value(Scope(.unit, "AZ-QBA"), .held) == 2)
            #expect(nov16.value(icra, .noShows) == 1)
            #expect(nov16.value(icra, .receptionRatingSum) == 5 && nov16.value(icra, .receptionRatingCount) == 1)
            #expect(nov16.value(icra, .received) == 1)
            // A weekend day has nothing.
            #expect(try await job.rows(for: F.day(14)).value(.country, .closed) == 0)
        }
    }

    @Test("the month's figures: shares, nearest-rank median and 90th percentile, averages, the ranking")
    func period() async throws {
        try await seeded { portal in
            try await ComputeFigures(app: portal.app).run(from: F.day(1), to: F.day(18))
            let en = try await AccountabilityProbe.figures(portal, .agency, "EN")
            #expect(en.received == 5 && en.closed == 4 && en.onTime == 3 && en.late == 1)
            // Durations 3, 4, 5, 7: median = 2nd (4), p90 = 4th (7).
            #expect(en.medianDays == 4 && en.p90Days == 7)
            #expect(en.ratingAverage == 3.0 && en.ratingCount == 2)
            #expect(en.onTimeShare == 0.75)
            let country = try await AccountabilityProbe.figures(portal, .all, "all")
            // Durations 1, 3, 4, 5, 7: median = 3rd (4), p90 = 5th (7).
            #expect(country.closed == 5 && country.onTime == 4 && country.medianDays == 4 && country.p90Days == 7)
            #expect(country.receptionsHeld == 3 && country.noShows == 1 && country.followUpsClosed == 2 && country.followUpsOnTime == 1)
            let mas = try await AccountabilityProbe.figures(portal, .unit, "AZ-MAS")
            #expect(mas.closed == 2 && mas.onTime == 1 && mas.medianDays == 3 && mas.p90Days == 7)
            let s1 = try await AccountabilityProbe.figures(portal, .service, "S1")
            #expect(s1.received == 4 && s1.closed == 3 && s1.medianDays == 4 && s1.p90Days == 5)
            #expect(try await AccountabilityProbe.ranking(portal) == ["ICRA-QBA", "EN"])
        }
    }

    @Test("re-running a day replaces its rows with the same rows; the catch-up resumes from the last day")
    func idempotent() async throws {
        try await seeded { portal in
            let job = ComputeFigures(app: portal.app)
            try await job.run(day: F.day(17))
            let first = try await AccountabilityProbe.rows(portal, F.day(17))
            #expect(!first.isEmpty)
            try await job.run(day: F.day(17))
            #expect(try await AccountabilityProbe.rows(portal, F.day(17)) == first)
            let outcome = try await job.catchUp()
            // From the last computed day (17) to today (18).
            #expect(outcome == .computed(days: 2, rows: (try await AccountabilityProbe.rows(portal, F.day(17))).count
                                          + (try await AccountabilityProbe.rows(portal, F.day(18))).count))
            #expect(try await AccountabilityProbe.rows(portal, F.day(17)) == first)
        }
    }

    @Test("percentiles by nearest rank on a histogram")
    func percentiles() {
        #expect(DurationHistogram.percentile(50, of: [:]) == nil)
        #expect(DurationHistogram.percentile(50, of: [3: 1]) == 3)
        #expect(DurationHistogram.percentile(50, of: [1: 1, 2: 1, 10: 2]) == 2)
        #expect(DurationHistogram.percentile(90, of: [1: 9, 20: 1]) == 1)
        #expect(DurationHistogram.percentile(90, of: [1: 8, 20: 2]) == 20)
        #expect(DurationHistogram.metric(days: 400) == "applications.days.250")
    }

    @Test("shares are printed with the language's percent format (`50,0 %` in Russian)")
    func sharesPerLanguage() {
        var f = Figures()
        f.closed = 2; f.onTime = 1; f.followUpsClosed = 3; f.followUpsOnTime = 2
        #expect(FigureText(f, .ru).onTimeShare == "50,0\u{00A0}%")
        #expect(FigureText(f, .az).onTimeShare == "50,0%")
        #expect(FigureText(f, .en).onTimeShare == "50.0%")
        #expect(FigureText(f, .ru).followUps == "2 / 3 (66,7\u{00A0}%)")
        #expect(FigureText(Figures(), .ru).onTimeShare == "—")
    }
}

/// Reads the materialised figures as the pages do.
enum AccountabilityProbe {
    static func figures(_ portal: PortalHarness, _ kind: Scope.Kind, _ code: String) async throws -> Figures {
        let report = AccountabilityReport(db: portal.app.db)
        let period = try #require(try await report.period())
        return try await report.figures(Scope(kind, code), in: period)
    }

    static func ranking(_ portal: PortalHarness) async throws -> [String] {
        let report = AccountabilityReport(db: portal.app.db)
        let period = try #require(try await report.period())
        return AccountabilityReport.ranked(try await report.all(.agency, in: period)).map(\.code)
    }

    static func rows(_ portal: PortalHarness, _ day: LocalDate) async throws -> [String] {
        try await AccountabilityQueries(db: portal.app.db).rows(day: day)
    }
}
