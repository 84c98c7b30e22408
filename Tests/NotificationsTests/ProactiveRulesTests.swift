import Foundation
@testable import Notifications
import PortalHTTP
import Testing

@Suite("Proactive rules: date arithmetic and settings")
struct ProactiveRulesTests {
    func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test("days before: the window is exact, across month and year ends")
    func daysBefore() {
        let thirty = NoticeOffset.days(30)
        #expect(thirty.noticeDate(forExpiry: d("2027-03-02")) == d("2027-01-31"))
        #expect(thirty.expiries(noticeDueFrom: d("2027-01-31"), through: d("2027-01-31")) == d("2027-03-02")...d("2027-03-02"))
        #expect(thirty.expiries(noticeDueFrom: d("2028-01-31"), through: d("2028-01-31")) == d("2028-03-01")...d("2028-03-01"))
        #expect(thirty.expiries(noticeDueFrom: d("2026-12-10"), through: d("2026-12-16")) == d("2027-01-09")...d("2027-01-15"))
        #expect(thirty.expiries(noticeDueFrom: d("2026-12-16"), through: d("2026-12-10")) == nil)
    }

    @Test("9 months before: month ends clamp, leap days count, some notice days have no expiry")
    func monthsBefore() {
        let nine = NoticeOffset.months(9)
        #expect(nine.noticeDate(forExpiry: d("2027-11-30")) == d("2027-02-28"))
        #expect(nine.noticeDate(forExpiry: d("2028-11-30")) == d("2028-02-29"))
        #expect(nine.noticeDate(forExpiry: d("2028-05-31")) == d("2027-08-31"))
        #expect(nine.noticeDate(forExpiry: d("2027-03-15")) == d("2026-06-15"))
        // Three expiries share 28 February 2027; in 2028 the 29th takes two of them.
        #expect(nine.expiries(noticeDueFrom: d("2027-02-28"), through: d("2027-02-28")) == d("2027-11-28")...d("2027-11-30"))
        #expect(nine.expiries(noticeDueFrom: d("2028-02-28"), through: d("2028-02-28")) == d("2028-11-28")...d("2028-11-28"))
        #expect(nine.expiries(noticeDueFrom: d("2028-02-29"), through: d("2028-02-29")) == d("2028-11-29")...d("2028-11-30"))
        // An expiry on 29 February 2028 is due on 29 May 2027; nothing is due on the 30th and 31st.
        #expect(nine.expiries(noticeDueFrom: d("2027-05-29"), through: d("2027-05-29")) == d("2028-02-29")...d("2028-02-29"))
        #expect(nine.expiries(noticeDueFrom: d("2027-05-30"), through: d("2027-05-31")) == nil)
        #expect(NoticeOffset.adding(months: -9, to: d("2027-01-31")) == d("2026-04-30"))
        #expect(NoticeOffset.adding(months: 14, to: d("2026-12-31")) == d("2028-02-29"))
    }

    @Test("daily windows cover every expiry exactly once (three years of scans, days and months)")
    func everyExpiryOnce() {
        for offset in [NoticeOffset.months(9), .days(30), .months(1)] {
            var seen: [LocalDate: Int] = [:]
            var day = d("2026-01-01")
            while day <= d("2030-12-31") {
                if let range = offset.expiries(noticeDueFrom: day, through: day) {
                    var e = range.lowerBound
                    while e <= range.upperBound { seen[e, default: 0] += 1; e = e.adding(days: 1) }
                }
                day = day.adding(days: 1)
            }
            var e = d("2027-06-01")
            while e <= d("2030-01-31") {
                #expect(seen[e] == 1, "\(offset) expiry \(e.iso) seen \(seen[e] ?? 0) times")
                e = e.adding(days: 1)
            }
        }
    }

    @Test("a rule's window: catch-up days back, never expired, never inside a nearer rule's window")
    func windows() {
        let day = d("2027-01-10")
        let rules = ProactiveRules(catchUpDays: 7)
        let thirty = ExpiryRule(.idCard, .days(30)), seven = ExpiryRule(.idCard, .days(7))
        #expect(rules.window(thirty, on: day) == d("2027-02-03")...d("2027-02-09"))
        #expect(rules.window(seven, on: day) == d("2027-01-11")...d("2027-01-17"))
        #expect(rules.window(ExpiryRule(.passport, .months(9)), on: day) == d("2027-10-04")...d("2027-10-10"))
        let long = ProactiveRules(catchUpDays: 31)
        #expect(long.window(thirty, on: day) == d("2027-01-18")...d("2027-02-09"), "the 7-day rule owns the last week")
        #expect(long.window(seven, on: day) == d("2027-01-11")...d("2027-01-17"))
        #expect(ProactiveRules(catchUpDays: 1).window(thirty, on: day) == d("2027-02-09")...d("2027-02-09"))
    }

    @Test("settings: documented defaults, per kind lists, empty turns a rule off, nonsense refused")
    func settings() throws {
        let defaults = try ProactiveSettings.fromEnvironment([:])
        #expect(defaults.rules.expiry == ProactiveRules.defaultExpiry)
        #expect(defaults.rules.fineReminderDays == 7 && defaults.rules.fineAtOnce && defaults.rules.birthOffer)
        #expect(defaults.rules.catchUpDays == 7 && defaults.scanAtMinute == 360 && defaults.pageSize == 1_000)
        let custom = try ProactiveSettings.fromEnvironment([
            "ONEWINDOW_PROACTIVE_ID_CARD_DAYS": "14, 60", "ONEWINDOW_PROACTIVE_PASSPORT_MONTHS": "", "ONEWINDOW_PROACTIVE_FINE_REMINDER_DAYS": "",
            "ONEWINDOW_PROACTIVE_BIRTH_OFFER": "off", "ONEWINDOW_PROACTIVE_SCAN_AT": "off", "ONEWINDOW_PROACTIVE_CATCH_UP_DAYS": "3"])
        #expect(custom.rules.expiry == [ExpiryRule(.idCard, .days(60)), ExpiryRule(.idCard, .days(14)), ExpiryRule(.drivingLicence, .days(60))])
        #expect(custom.rules.fineReminderDays == nil && !custom.rules.birthOffer && custom.scanAtMinute == nil && custom.rules.catchUpDays == 3)
        #expect(try ProactiveSettings.fromEnvironment(["ONEWINDOW_PROACTIVE_SCAN_AT": "05:30"]).scanAtMinute == 330)
        for (name, value) in [("ID_CARD_DAYS", "thirty"), ("PASSPORT_MONTHS", "0"), ("FINE_REMINDER_DAYS", "30"), ("SCAN_AT", "25:00"),
                              ("CATCH_UP_DAYS", "0"), ("PAGE", "5"), ("FINE_AT_ONCE", "maybe")] {
            #expect(throws: NotificationsSettings.Problem.self) { try ProactiveSettings.fromEnvironment(["ONEWINDOW_PROACTIVE_" + name: value]) }
        }
    }

    @Test("the new kinds render in az, en and ru with their data and links (every sample: DomainTests)")
    func templates() throws {
        let templates = NoticeTemplates(localizer: NotificationDomainTests.localizer)
        let notice = NoticeEvent.documentExpiring(DocumentExpiryNotice(document: .idCard, number: "AA1234567", expiresOn: d("2027-01-08"),
                                                                        servicePath: "/services/DIN-0001"))
        let az = templates.render(notice, in: .az), en = templates.render(notice, in: .en), ru = templates.render(notice, in: .ru)
        #expect(az.subject == "Xatırlatma: şəxsiyyət vəsiqənizin müddəti 08.01.2027 tarixində bitir")
        #expect(az.paragraphs.first == "AA1234567 nömrəli şəxsiyyət vəsiqənizin etibarlılıq müddəti 08.01.2027 tarixinədək davam edir.")
        #expect(en.subject == "Your ID card expires on 2027-01-08" && en.path == "/services/DIN-0001")
        #expect(ru.subject == "Срок действия удостоверения личности истекает 08.01.2027")
        let hold = templates.render(.waitlistHoldOffered(HoldOfferNotice(number: "R-000002", official: "Elçin Məmmədov",
            startsAt: Date(timeIntervalSince1970: 1_795_000_000), holdEndsAt: Date(timeIntervalSince1970: 1_795_001_800))), in: .en)
        #expect(hold.subject.hasPrefix("A place freed up: confirm by ") && hold.paragraphs[1].contains("waiting list"))
    }
}
