import Foundation
import NIOConcurrencyHelpers
import PortalHTTP
import PortalTesting
import Reception
import Testing
import VaporTesting

/// Reception with agency Y's officials in region R (every weekday 10:00–18:00, 30-minute slots): A's
/// bookings, bookings of other residents of R the office works on today, a place offered to A from the
/// waitlist, follow-ups. The matrix's day is Monday 23 November 2026; it starts at 09:40 in Baku and
/// runs at 10:20, so the 10:00 bookings made before it are past their no-show grace.
extension MatrixWorld {
    static let day = LocalDate(year: 2026, month: 11, day: 23)
    static let start = day.startOfDay()!.addingTimeInterval(9 * 3600 + 40 * 60)
    static let runsAt = day.startOfDay()!.addingTimeInterval(10 * 3600 + 20 * 60)

    /// Y's reception officials in R: the desk's (capacity 5), the waitlist's (capacity 1), and one every
    /// actor books with.
    func createReceptionOfficials() async throws {
        let agency = try #require(try await app.portal.directory.agency(code: MatrixCast.agencyY))
        for (key, capacity) in [("desk", 5), ("waitlist", 1), ("booking", 5)] {
            let sessions = (1...5).map { WeeklySession(weekday: $0, startMinute: 600, endMinute: 1080, slotMinutes: 30, capacity: capacity) }
            let id = try await ReceptionAdmin.createOfficial(agencyID: agency.id, unitCode: MatrixCast.regionR, name: "Matrix \(key) official",
                                                             sessions: sessions, app: app)
            _ = try await shared("reception official \(key)") { id.uuidString }
        }
    }

    func receptionOfficial(_ key: String) async throws -> String { try await shared("reception official \(key)") { "" } }

    /// A new reception official of agency Y in R: a citizen books an official once a week (a unique
    /// index), so each booking of A, and each booking made over the API, gets an official of its own.
    func newOfficial(capacity: Int = 5) async throws -> String {
        let agency = try #require(try await app.portal.directory.agency(code: MatrixCast.agencyY))
        let sessions = (1...5).map { WeeklySession(weekday: $0, startMinute: 600, endMinute: 1080, slotMinutes: 30, capacity: capacity) }
        return try await ReceptionAdmin.createOfficial(agencyID: agency.id, unitCode: MatrixCast.regionR, name: "Matrix official \(next())",
                                                       sessions: sessions, app: app).uuidString
    }

    /// Unix seconds of a slot: `days` after the matrix's Monday, at 10:00 plus `index` half hours.
    static func slot(days: Int, index: Int) -> Int {
        Int(day.adding(days: days).startOfDay()!.timeIntervalSince1970) + 10 * 3600 + (index % 16) * 1800
    }

    /// The next free place of a day: slots fill in order (`perSlot` places each), from `first` (a half-hour index).
    func nextSlot(_ key: String, days: Int, perSlot: Int, first: Int = 0) async throws -> Int {
        let counter = try await shared("slots \(key)") { Counter() }
        let index = first + counter.take() / perSlot
        precondition(index < 16, "no more slots for \(key)")
        return Self.slot(days: days, index: index)
    }

    /// Books a slot on the official's page as `browser`'s person; the booking number.
    func book(_ browser: TestBrowser, official: String, start: Int) async throws -> String {
        let res = try await browser.post("/reception/officials/\(official)/book", [("start", String(start)), ("topic", "housing"), ("subject", "Matrix booking")])
        let location = try #require(res.headers.first(name: .location), "booking at \(start): \(res.status) \(MatrixRunner.detail(res) ?? "")")
        return String(location.dropFirst("/cabinet/receptions/".count))
    }

    /// A resident of R with a browser signed in.
    func resident() async throws -> (fin: String, browser: TestBrowser) {
        let fin = try await newcomer(account: true)
        let browser = portal.browser()
        try await browser.signIn(fin, MatrixCast.password)
        try await browser.get("/cabinet")
        return (fin, browser)
    }

    /// Today's bookings (10:30 onwards) of residents of R at the desk's official.
    func todayBooking(fresh: Bool) async throws -> String {
        try await object("a booking today", fresh: fresh) {
            try await book(try await resident().browser, official: try await receptionOfficial("desk"), start: try await nextSlot("today", days: 0, perSlot: 5, first: 1))
        }
    }

    /// A booking of today the desk checked in (R's operator).
    func checkedInBooking(fresh: Bool) async throws -> String {
        try await object("a checked-in booking", fresh: fresh) {
            let number = try await todayBooking(fresh: true)
            let res = try await browser(.operatorR).post("/office/reception/bookings/\(number)/check-in")
            #expect(res.status == .seeOther, "R's operator checks \(number) in: \(res.status)")
            return number
        }
    }

    /// 10:00 bookings made at 09:40, before the run: by 10:20 each may be marked a no-show.
    func makeLapsedBookings(_ count: Int) async throws {
        var numbers: [String] = []
        for _ in 0..<count {
            numbers.append(try await book(try await resident().browser, official: try await receptionOfficial("desk"), start: Self.slot(days: 0, index: 0)))
        }
        _ = try await shared("lapsed bookings") { numbers }
    }

    func lapsedBooking(fresh: Bool) async throws -> String {
        try await object("a lapsed booking", fresh: fresh) {
            let pool = try await shared("lapsed bookings") { [String]() }
            let used = try await shared("lapsed bookings used") { Counter() }
            let index = used.take()
            return try #require(index < pool.count ? pool[index] : nil, "the pool of lapsed bookings is too small")
        }
    }

    /// A's booking two days ahead (changeable: more than 24 hours before it).
    func bookingOfA(fresh: Bool) async throws -> String {
        try await object("A's booking", fresh: fresh) {
            try await book(try await browser(.citizenA), official: try await newOfficial(), start: Self.slot(days: 2, index: 0))
        }
    }

    /// A's booking of today, checked in and seen by R's operator (A may rate it).
    func seenBookingOfA(fresh: Bool) async throws -> String {
        try await object("A's seen booking", fresh: fresh) {
            let number = try await book(try await browser(.citizenA), official: try await newOfficial(), start: Self.slot(days: 0, index: 1))
            let desk = try await browser(.operatorR)
            var res = try await desk.post("/office/reception/bookings/\(number)/check-in")
            #expect(res.status == .seeOther, "check-in of A's \(number): \(res.status)")
            res = try await desk.post("/office/reception/bookings/\(number)/outcome", [("outcome", "resolved"), ("note", "Explained the procedure.")])
            #expect(res.status == .seeOther, "outcome of A's \(number): \(res.status)")
            return number
        }
    }

    /// A place offered to A from the waitlist: a resident's booking is cancelled while A waits.
    func heldBookingOfA(fresh: Bool) async throws -> String {
        try await object("A's held place", fresh: fresh) {
            let official = try await newOfficial(capacity: 1)
            let other = try await resident().browser
            let number = try await book(other, official: official, start: Self.slot(days: 3, index: 0))
            var res = try await browser(.citizenA).post("/reception/officials/\(official)/waitlist", [("topic", "housing"), ("subject", "Matrix waitlist")])
            #expect(res.status == .seeOther, "A joins the waitlist: \(res.status) \(MatrixRunner.detail(res) ?? "")")
            try await other.get("/cabinet/receptions/\(number)")
            res = try await other.post("/cabinet/receptions/\(number)/cancel")
            #expect(res.status == .seeOther, "the resident cancels \(number): \(res.status)")
            let row = try #require(try await sql.raw("""
                SELECT b.number FROM reception_bookings b JOIN identity_users u ON u.id = b.citizen_id
                WHERE u.fin = \(bind: MatrixCast.fins[.citizenA]!) AND b.status = 'held' ORDER BY b.starts_at DESC LIMIT 1
                """).first(), "no place was offered to A")
            return try row.decode(column: "number", as: String.self)
        }
    }

    /// A follow-up R's operator opened after a reception in R.
    func followUpInR(fresh: Bool) async throws -> String {
        try await object("a follow-up in R", fresh: fresh) {
            let number = try await checkedInBooking(fresh: true)
            let res = try await browser(.operatorR).post("/office/reception/bookings/\(number)/outcome",
                                                         [("outcome", "follow_up"), ("note", "The housing department answers."), ("unit", "Housing department")])
            #expect(res.status == .seeOther, "R's operator opens a follow-up: \(res.status)")
            return try await id("""
                SELECT f.id FROM reception_follow_ups f JOIN reception_bookings b ON b.id = f.booking_id WHERE b.number = \(bind: number)
                """)
        }
    }
}

/// A counter shared through the world's object store.
final class Counter: Sendable {
    private let value = NIOLockedValueBox(0)
    func take() -> Int { value.withLockedValue { current in defer { current += 1 }; return current } }
}
