import Foundation
import Identity
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

private typealias F = ReceptionFixtures

/// A video reception gives the citizen a meeting link (no QR code for the desk), an in-person one keeps
/// the QR code; "Add to calendar" downloads the citizen's own booking as an iCalendar file.
@Suite("Reception: video meetings and calendar files")
struct VideoAndCalendarTests {
    /// An official of Quba receiving by video on Mondays 10:00–12:00.
    static func videoOfficial(_ portal: PortalHarness) async throws -> UUID {
        let quba = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA"))
        return try await ReceptionAdmin.createOfficial(
            agencyID: quba.id, unitCode: "AZ-QBA", name: "Elçin Məmmədov", position: "head", mode: .video,
            sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 2)], app: portal.app)
    }

    /// Books `start` with `official` through the pages; answers the booking number.
    static func book(_ browser: TestBrowser, official: UUID, at start: Date) async throws -> String {
        let seconds = String(Int(start.timeIntervalSince1970))
        try await browser.get("/reception/officials/\(official.uuidString)/book?start=\(seconds)")
        let res = try await browser.post("/reception/officials/\(official.uuidString)/book",
                                         [("start", seconds), ("topic", "land"), ("subject", "Torpaq sahəsi, Qusar yolu; sənədlər")])
        let location = try #require(res.headers.first(name: .location), "booking answered \(res.status)")
        return String(location.dropFirst("/cabinet/receptions/".count))
    }

    /// The unfolded content lines of an iCalendar text, by property name (the last one of a name wins).
    static func properties(_ ics: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return out
    }

    @Test("a video booking shows its own meeting link (no QR code) to the citizen and to the office of its agency; other offices and citizens get 404")
    func videoMeeting() async throws {
        try await withPortal { portal in
            portal.app.reception.settings.videoBaseURL = "https://video.example.az/qebul/"
            let video = try await Self.videoOfficial(portal)
            let inPerson = try await F.official(portal, name: "Səidə Qasımova", capacity: 2)
            let citizen = try await F.citizenBrowser(portal, fin: "5VBK5VR", n: 1)
            let number = try await Self.book(citizen, official: video, at: F.at(F.monday, 10))
            let booking = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
            let room = try #require(booking.videoRoom, "a video booking has its room")
            #expect(room.count == 26 && room.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) })
            let link = "https://video.example.az/qebul/\(room)"

            var html = try await citizen.get("/cabinet/receptions/\(number)").body.string
            #expect(html.contains("href=\"\(link)\" id=\"meeting-link\""))
            #expect(html.contains(portal.app.portal.localizer.text("reception.meeting.explain", .az, ["10"])), "says when the meeting opens")
            #expect(!html.contains("id=\"qr\""), "no QR code to show at a desk")
            #expect(html.contains("href=\"/cabinet/receptions/\(number)/calendar.ics\""))

            // A second video booking has another room.
            let other = try await F.citizenBrowser(portal, fin: "94FMDDD", n: 2)
            let otherNumber = try await Self.book(other, official: video, at: F.at(F.monday, 10))
            let otherRoom = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == otherNumber).first()?.videoRoom)
            #expect(otherRoom != room)
            // The other citizen cannot open the first one's booking, nor find its link anywhere of theirs.
            #expect(try await other.get("/cabinet/receptions/\(number)").status == .notFound)
            #expect(!(try await other.get("/cabinet/receptions/\(otherNumber)").body.string.contains(room)))

            // An in-person booking keeps the QR code and has no meeting.
            let inPersonNumber = try await Self.book(other, official: inPerson, at: F.at(F.monday.adding(days: 7), 10))
            html = try await other.get("/cabinet/receptions/\(inPersonNumber)").body.string
            #expect(html.contains("id=\"qr\"") && !html.contains("id=\"meeting-link\""))
            #expect(try await BookingModel.query(on: portal.app.db).filter(\.$number == inPersonNumber).first()?.videoRoom == nil)

            // Quba's office sees the link on the booking's page; Masallı's office does not find the booking.
            let quba = try await F.officeBrowser(portal, fin: "7QBA8E5", agency: "ICRA-QBA", unit: "AZ-QBA", n: 3)
            html = try await quba.get("/office/reception/bookings/\(number)").body.string
            #expect(html.contains("href=\"\(link)\" id=\"meeting-link\""))
            let masalli = try await F.officeBrowser(portal, fin: "5MAS6C3", agency: "ICRA-MAS", unit: "AZ-MAS", n: 4)
            let refused = try await masalli.get("/office/reception/bookings/\(number)")
            #expect(refused.status == .notFound && !refused.body.string.contains(room))

            // Once cancelled, the link is gone.
            #expect(try await citizen.post("/cabinet/receptions/\(number)/cancel").status == .seeOther)
            #expect(!(try await citizen.get("/cabinet/receptions/\(number)").body.string.contains(room)))
        }
    }

    @Test("Add to calendar: the citizen's own booking as RFC 5545 text (stable UID, UTC times, the address or the meeting link); another citizen's is 404")
    func calendarFile() async throws {
        try await withPortal { portal in
            let inPerson = try await F.official(portal, name: "Səidə Qasımova", capacity: 2)
            let video = try await Self.videoOfficial(portal)
            let citizen = try await F.citizenBrowser(portal, fin: "5VBK5VR", n: 1)
            let start = F.at(F.monday, 10, 30)
            let number = try await Self.book(citizen, official: inPerson, at: start)
            let booking = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())

            let res = try await citizen.get("/cabinet/receptions/\(number)/calendar.ics")
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .contentType) == "text/calendar; charset=utf-8")
            #expect(res.headers.first(name: .contentDisposition)?.hasPrefix("attachment; filename=\"reception-\(number).ics\"") == true)
            #expect(res.headers.first(name: .cacheControl)?.contains("no-store") == true)
            let ics = res.body.string
            #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
            #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF line ends only")
            for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "folded: \(line)") }
            let p = Self.properties(ics)
            #expect(p["UID"] == "reception-\(booking.id!.uuidString.lowercased())@portal.test")
            #expect(p["DTSTART"] == ICalendar.utc(start) && p["DTSTART"] == "20261123T063000Z", "10:30 in Baku is 06:30 UTC")
            #expect(p["DTEND"] == "20261123T070000Z")
            #expect(p["DTSTAMP"] == ICalendar.utc(portal.clock.now()))
            #expect(p["LOCATION"] == "\(portal.app.portal.localizer.text("reception.official.room", .az, ["7"]))\\, Test")
            #expect(p["DESCRIPTION"]?.contains(number) == true)
            #expect(p["SUMMARY"]?.contains("Səidə Qasımova") == true)
            #expect(p["STATUS"] == "CONFIRMED")
            // The UID is the same the next time (the calendar updates the event rather than adding one).
            portal.clock.advance(by: 120)
            #expect(Self.properties(try await citizen.get("/cabinet/receptions/\(number)/calendar.ics").body.string)["UID"] == p["UID"])

            // A video booking's file names the meeting link as its location.
            let videoNumber = try await Self.book(citizen, official: video, at: F.at(F.monday.adding(days: 7), 11))
            let room = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == videoNumber).first()?.videoRoom)
            let videoICS = Self.properties(try await citizen.get("/cabinet/receptions/\(videoNumber)/calendar.ics").body.string)
            #expect(videoICS["LOCATION"] == portal.app.reception.settings.meetingURL(room: room))
            #expect(videoICS["DESCRIPTION"]?.contains(portal.app.reception.settings.meetingURL(room: room)) == true, "and says when to join")

            // Another citizen, with a real booking of their own, gets 404 for this one; a visitor is sent to sign in.
            let other = try await F.citizenBrowser(portal, fin: "94FMDDD", n: 2)
            let othersNumber = try await Self.book(other, official: inPerson, at: start)
            #expect(try await other.get("/cabinet/receptions/\(othersNumber)/calendar.ics").status == .ok)
            let refused = try await other.get("/cabinet/receptions/\(number)/calendar.ics")
            #expect(refused.status == .notFound && !refused.body.string.contains("BEGIN:VCALENDAR"))
            #expect(try await citizen.get("/cabinet/receptions/\(othersNumber)/calendar.ics").status == .notFound)
            let visitor = try await portal.browser().get("/cabinet/receptions/\(number)/calendar.ics")
            #expect(visitor.status != .ok && !visitor.body.string.contains("BEGIN:VCALENDAR"))
        }
    }

    @Test("ONEWINDOW_RECEPTION_VIDEO_BASE_URL: an https address without a query; the link is the base, a slash and the room")
    func videoSettings() throws {
        let settings = try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_VIDEO_BASE_URL": "https://meet.example.az/reception//",
                                                              "ONEWINDOW_RECEPTION_VIDEO_OPENS_MINUTES": "15"])
        #expect(settings.meetingURL(room: "abc") == "https://meet.example.az/reception/abc")
        #expect(settings.videoOpensMinutes == 15)
        #expect(try ReceptionSettings.fromEnvironment([:]).meetingURL(room: "x").hasPrefix("https://"))
        for bad in ["http://meet.example.az", "meet.example.az", "https://meet.example.az/?room=", "https://meet.example.az/#x", "ftp://x.az"] {
            #expect(throws: ReceptionSettings.Problem.self) { try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_VIDEO_BASE_URL": bad]) }
        }
        #expect(throws: ReceptionSettings.Problem.self) { try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_VIDEO_OPENS_MINUTES": "500"]) }
        #expect(Set((0..<200).map { _ in VideoMeeting.newRoom() }).count == 200)
    }
}
