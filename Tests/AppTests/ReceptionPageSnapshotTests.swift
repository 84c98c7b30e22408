import Foundation
import Identity
import PortalCore
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

/// Reception's pages as the portal serves them (docs/views.md, "Snapshots"): the search, an official's
/// slots, booking (with errors, refused), the cabinet (list, a booking in each state, reschedule), the
/// office's day, a booking at the desk, follow-ups and the queue board. Booking numbers are random, so
/// the test gives each booking a fixed one (and with it a fixed QR code) right after it is made.
/// References in __Snapshots__/ReceptionPageSnapshotTests/.
@Suite("Reception page snapshots")
struct ReceptionPageSnapshotTests {
    static let password = "correct horse battery"
    /// Monday 23 November 2026, the first reception day after the harness's start (Wednesday 18th).
    static let monday = LocalDate(year: 2026, month: 11, day: 23)

    static func at(_ day: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date {
        day.startOfDay()!.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    static func seconds(_ date: Date) -> String { String(Int(date.timeIntervalSince1970)) }

    /// Two officials of Quba's executive authority: one receiving in person on Mondays 10:00–12:00 (one
    /// place a slot), one by video without a schedule yet.
    static func officials(_ portal: PortalHarness) async throws -> (inPerson: UUID, video: UUID) {
        let quba = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA"))
        let inPerson = try await ReceptionAdmin.createOfficial(
            agencyID: quba.id, unitCode: "AZ-QBA", name: "Səidə Qasımova", room: "7", address: "Quba, Heydər Əliyev prospekti 1",
            sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 1)], app: portal.app)
        let video = try await ReceptionAdmin.createOfficial(agencyID: quba.id, unitCode: "AZ-QBA", name: "Elçin Məmmədov", position: "head",
                                                            topics: [.land, .roads], mode: .video, sessions: [], app: portal.app)
        return (inPerson, video)
    }

    /// A citizen of Quba with an account, signed in.
    static func citizen(_ portal: PortalHarness, _ fin: String, _ first: String, _ last: String) async throws -> TestBrowser {
        try await portal.person(fin, first: first, last: last, idCard: PortalHarness.idCardNumber(for: fin), unit: "AZ-QBA")
        try await portal.account(fin)
        let browser = portal.browser()
        try await browser.signIn(fin, password)
        return browser
    }

    /// Quba's operator at the desk (second factor verified).
    static func operatorBrowser(_ portal: PortalHarness) async throws -> TestBrowser {
        let secret = TOTP.generateSecret()
        try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")], totpSecret: secret)
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn("7QBA8E5", password, code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }

    /// Books `start` as `browser`'s citizen and renames the booking `number`.
    @discardableResult
    static func book(_ portal: PortalHarness, _ browser: TestBrowser, official: UUID, at start: Date, number: String) async throws -> String {
        try await browser.get("/reception/officials/\(official.uuidString)/book?start=\(seconds(start))")
        let res = try await browser.post("/reception/officials/\(official.uuidString)/book",
                                         [("start", seconds(start)), ("topic", "housing"), ("subject", "Evimin təmiri haqqında")])
        let location = try #require(res.headers.first(name: .location), "booking answered \(res.status)")
        return try await rename(portal, String(location.dropFirst("/cabinet/receptions/".count)), to: number)
    }

    static func rename(_ portal: PortalHarness, _ number: String, to fixed: String) async throws -> String {
        let booking = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
        booking.number = fixed
        try await booking.save(on: portal.app.db)
        return fixed
    }

    @Test("reception: search, an official (visitor, signed in, no slots, waitlist errors), booking (form, errors, refused)")
    func searchAndBooking() async throws {
        try await withPortal { portal in
            let (official, video) = try await Self.officials(portal)
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/reception", named: "index")
            try await assertPageSnapshot(visitor, "/reception?unit=AZ-QBA", named: "index-officials")
            try await assertPageSnapshot(visitor, "/reception?unit=AZ-MAS&topic=land", named: "index-nobody")
            try await assertPageSnapshot(visitor, "/reception/officials/\(official.uuidString)", named: "official-visitor")
            try await assertPageSnapshot(visitor, "/reception/officials/\(video.uuidString)", named: "official-no-slots")

            let aygun = try await Self.citizen(portal, "5VBK5VR", "Aygün", "Həsənova")
            try await assertPageSnapshot(aygun, "/reception/officials/\(official.uuidString)", named: "official")
            let waitlist = try await aygun.post("/reception/officials/\(official.uuidString)/waitlist", [("topic", "housing"), ("subject", "")])
            #expect(waitlist.status == .unprocessableEntity)
            assertHTMLSnapshot(waitlist.body.string, named: "official-waitlist-errors")

            let ten = Self.at(Self.monday, 10)
            let book = "/reception/officials/\(official.uuidString)/book"
            try await assertPageSnapshot(aygun, "\(book)?start=\(Self.seconds(ten))", named: "book")
            let empty = try await aygun.post(book, [("start", Self.seconds(ten)), ("topic", "nonsense"), ("subject", "")])
            #expect(empty.status == .unprocessableEntity)
            assertHTMLSnapshot(empty.body.string, named: "book-errors")
            let document = try await aygun.upload(book, field: "document", filename: "ərizə.exe", contents: Data("MZ".utf8),
                                                  contentType: "application/octet-stream",
                                                  [("start", Self.seconds(ten)), ("topic", "housing"), ("subject", "Evimin təmiri haqqında")])
            #expect(document.status == .unprocessableEntity)
            assertHTMLSnapshot(document.body.string, named: "book-document-error")
            try await Self.book(portal, aygun, official: official, at: ten, number: "R-SNAP2345")

            let rauf = try await Self.citizen(portal, "94FMDDD", "Rauf", "Əliyev")
            try await rauf.get("\(book)?start=\(Self.seconds(ten))")
            let taken = try await rauf.post(book, [("start", Self.seconds(ten)), ("topic", "housing"), ("subject", "Torpaq sahəsi haqqında")])
            #expect(taken.status == .conflict)
            assertHTMLSnapshot(taken.body.string, named: "book-refused")
        }
    }

    @Test("reception: the cabinet (list, empty, booked, errors, held, reschedule, cancelled by the office)")
    func cabinet() async throws {
        try await withPortal { portal in
            let (official, _) = try await Self.officials(portal)
            let aygun = try await Self.citizen(portal, "5VBK5VR", "Aygün", "Həsənova")
            let number = try await Self.book(portal, aygun, official: official, at: Self.at(Self.monday, 10), number: "R-SNAP2345")
            try await assertPageSnapshot(aygun, "/cabinet/receptions", named: "cabinet-list")
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)", named: "cabinet-detail")
            let unrated = try await aygun.post("/cabinet/receptions/\(number)/rate", [("stars", "")])
            #expect(unrated.status == .unprocessableEntity)
            assertHTMLSnapshot(unrated.body.string, named: "cabinet-detail-errors")
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)/reschedule", named: "reschedule")
            let refused = try await aygun.post("/cabinet/receptions/\(number)/reschedule", [("start", "soon")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "reschedule-refused")

            // Rauf waits for Səidə Qasımova; Lalə's place at 10:30 frees and is held for him.
            let rauf = try await Self.citizen(portal, "94FMDDD", "Rauf", "Əliyev")
            try await assertPageSnapshot(rauf, "/cabinet/receptions", named: "cabinet-list-empty")
            try await rauf.get("/reception/officials/\(official.uuidString)")
            let joined = try await rauf.post("/reception/officials/\(official.uuidString)/waitlist", [("topic", "land"), ("subject", "Torpaq sahəsi haqqında")])
            #expect(joined.status == .seeOther)
            try await rauf.follow(joined)
            let lale = try await Self.citizen(portal, "7HK2M3P", "Lalə", "Quliyeva")
            let lalesNumber = try await Self.book(portal, lale, official: official, at: Self.at(Self.monday, 10, 30), number: "R-LALE2345")
            try await lale.get("/cabinet/receptions/\(lalesNumber)")
            #expect(try await lale.post("/cabinet/receptions/\(lalesNumber)/cancel").status == .seeOther)
            let held = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$status == .held).first())
            let heldNumber = try await Self.rename(portal, held.number, to: "R-HELD2345")
            try await assertPageSnapshot(rauf, "/cabinet/receptions/\(heldNumber)", named: "cabinet-detail-held")

            // The office cancels Aygün's reception; she is offered other places.
            let desk = try await Self.operatorBrowser(portal)
            try await desk.get("/office/reception/bookings/\(number)")
            #expect(try await desk.post("/office/reception/bookings/\(number)/cancel", [("reason", "Rəsmi ezamiyyətdədir")]).status == .seeOther)
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)", named: "cabinet-detail-cancelled-by-office")
        }
    }

    @Test("reception by video: the citizen's booking (meeting link, no QR code) and the office's page of it")
    func video() async throws {
        try await withPortal { portal in
            let quba = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA"))
            let official = try await ReceptionAdmin.createOfficial(
                agencyID: quba.id, unitCode: "AZ-QBA", name: "Elçin Məmmədov", position: "head", topics: [.housing, .land], mode: .video,
                sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 1)], app: portal.app)
            portal.app.reception.settings.videoBaseURL = "https://video.example.az/qebul"
            let aygun = try await Self.citizen(portal, "5VBK5VR", "Aygün", "Həsənova")
            let number = try await Self.book(portal, aygun, official: official, at: Self.at(Self.monday, 10), number: "R-VIDE2345")
            // The room id is random: a fixed one for the reference.
            let booking = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
            #expect(booking.videoRoom?.count == 26)
            booking.videoRoom = "snapshotroom234567abcdefgh"
            try await booking.save(on: portal.app.db)
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)", named: "cabinet-detail-video")
            let desk = try await Self.operatorBrowser(portal)
            try await assertPageSnapshot(desk, "/office/reception/bookings/\(number)", named: "office-booking-video")
        }
    }

    @Test("reception: the office's day (errors), a booking at the desk (errors, called), follow-ups, the queue board, the cabinet after the reception")
    func office() async throws {
        try await withPortal { portal in
            let (official, _) = try await Self.officials(portal)
            let aygun = try await Self.citizen(portal, "5VBK5VR", "Aygün", "Həsənova")
            let number = try await Self.book(portal, aygun, official: official, at: Self.at(Self.monday, 10), number: "R-SNAP2345")
            let rauf = try await Self.citizen(portal, "94FMDDD", "Rauf", "Əliyev")
            let second = try await Self.book(portal, rauf, official: official, at: Self.at(Self.monday, 11), number: "R-RAUF2345")
            try await assertPageSnapshot(portal.browser(), "/reception/board/ICRA-QBA", named: "board-empty")

            portal.clock.set(Self.at(Self.monday, 10, 20))
            let desk = try await Self.operatorBrowser(portal)
            try await assertPageSnapshot(desk, "/office/reception", named: "office-day")
            let unnumbered = try await desk.post("/office/reception/check-in", [("number", "")])
            #expect(unnumbered.status == .unprocessableEntity)
            assertHTMLSnapshot(unnumbered.body.string, named: "office-day-errors")
            try await assertPageSnapshot(desk, "/office/reception/bookings/\(number)", named: "office-booking")
            let reasonless = try await desk.post("/office/reception/bookings/\(second)/cancel", [("reason", "")])
            #expect(reasonless.status == .unprocessableEntity)
            assertHTMLSnapshot(reasonless.body.string, named: "office-booking-errors")

            #expect(try await desk.post("/office/reception/check-in", [("number", number)]).status == .seeOther)
            #expect(try await desk.post("/office/reception/walk-in", [("name", "Əli Vəliyev"), ("official", official.uuidString)]).status == .seeOther)
            #expect(try await desk.post("/office/reception/officials/\(official.uuidString)/call-next").status == .seeOther)
            try await assertPageSnapshot(desk, "/office/reception/bookings/\(number)", named: "office-booking-called")
            try await assertPageSnapshot(portal.browser(), "/reception/board/ICRA-QBA", named: "board")
            try await assertPageSnapshot(portal.browser(), "/reception/board/ICRA-QBA?display=1", named: "board-display")

            try await assertPageSnapshot(desk, "/office/reception/follow-ups", named: "follow-ups-empty")
            #expect(try await desk.post("/office/reception/bookings/\(number)/outcome",
                                        [("outcome", "follow_up"), ("note", "Mənzil-kommunal şöbəsinə göstəriş verildi"),
                                         ("unit", "Mənzil-kommunal şöbəsi")]).status == .seeOther)
            try await assertPageSnapshot(desk, "/office/reception/follow-ups", named: "follow-ups")
            try await assertPageSnapshot(desk, "/office/reception/bookings/\(number)", named: "office-booking-seen")

            try await aygun.signIn("5VBK5VR", Self.password)
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)", named: "cabinet-detail-seen")
            #expect(try await aygun.post("/cabinet/receptions/\(number)/rate", [("stars", "5"), ("comment", "Təşəkkürlər")]).status == .seeOther)
            try await assertPageSnapshot(aygun, "/cabinet/receptions/\(number)", named: "cabinet-detail-rated")
            try await assertPageSnapshot(aygun, "/cabinet/receptions", named: "cabinet-list-past")
        }
    }
}
