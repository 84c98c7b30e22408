import Foundation
import Identity
import PortalCore
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

@Suite("Reception pages, office and board")
struct ReceptionWebTests {
    typealias F = ReceptionFixtures

    static func number(in location: String?) -> String? {
        guard let location, let range = location.range(of: "/cabinet/receptions/") else { return nil }
        return String(location[range.upperBound...])
    }

    @Test("a citizen books in Quba, sees the QR code, reschedules; the office checks in, calls, records a follow-up; the cabinet shows it all")
    func journey() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal, name: "Səidə Qasımova", capacity: 2)
            let citizen = try await F.citizenBrowser(portal, fin: "5VBK5VR", n: 1)
            let list = try await citizen.get("/reception?unit=AZ-QBA")
            #expect(list.status == .ok && list.body.string.contains("Səidə Qasımova"))
            let page = try await citizen.get("/reception/officials/\(official.uuidString)")
            let start = Int(F.at(F.monday, 10).timeIntervalSince1970)
            #expect(page.body.string.contains("book?start=\(start)"))
            try await citizen.get("/reception/officials/\(official.uuidString)/book?start=\(start)")
            let empty = try await citizen.post("/reception/officials/\(official.uuidString)/book", [("start", String(start)), ("topic", "housing"), ("subject", "")])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("href=\"#subject\""))
            let booked = try await citizen.post("/reception/officials/\(official.uuidString)/book",
                                                [("start", String(start)), ("topic", "housing"), ("subject", "Evimin təmiri haqqında")])
            #expect(booked.status == .seeOther)
            let number = try #require(Self.number(in: booked.headers.first(name: .location)))
            let detail = try await citizen.follow(booked)
            #expect(detail.body.string.contains("<svg") && detail.body.string.contains(number))
            // The confirmation shows the check-in link as a QR code drawn by PortalCore's encoder (level M).
            let checkIn = "https://portal.test/office/reception/check-in/\(number)"
            let drawn = try QRCode(text: checkIn, errorCorrection: .medium)
            #expect(detail.body.string.contains("<figure class=\"qr\" id=\"qr\"><svg"))
            #expect(detail.body.string.contains("<path fill=\"#000\" d=\"\(drawn.svgPathData())\"/></svg>"))
            #expect(detail.body.string.contains("viewBox=\"0 0 \(drawn.size + 8) \(drawn.size + 8)\" width=\"200\" height=\"200\" role=\"img\""))

            // Reschedule to 10:30.
            try await citizen.get("/cabinet/receptions/\(number)/reschedule")
            let later = Int(F.at(F.monday, 10, 30).timeIntervalSince1970)
            let moved = try await citizen.post("/cabinet/receptions/\(number)/reschedule", [("start", String(later))])
            #expect(moved.status == .seeOther)
            let movedPage = try await citizen.follow(moved)
            #expect(movedPage.body.string.contains("23.11.2026 10:30") || movedPage.body.string.contains("10:30"))

            // Another citizen cannot see it.
            let other = try await F.citizenBrowser(portal, fin: "94FMDDD", n: 2)
            #expect(try await other.get("/cabinet/receptions/\(number)").status == .notFound)

            // The day of the reception: the Quba office checks in by number.
            portal.clock.set(F.at(F.monday, 10, 20))
            let office = try await F.officeBrowser(portal, fin: "7QBA8E5", agency: "ICRA-QBA", unit: "AZ-QBA", n: 3)
            let day = try await office.get("/office/reception")
            #expect(day.status == .ok && day.body.string.contains(number))
            let checkedIn = try await office.post("/office/reception/check-in", [("number", number.lowercased())])
            #expect(checkedIn.status == .seeOther)
            let walkIn = try await office.post("/office/reception/walk-in", [("name", "Əli Vəliyev"), ("official", official.uuidString)])
            #expect(walkIn.status == .seeOther)
            try await office.get("/office/reception")
            #expect(try await office.post("/office/reception/officials/\(official.uuidString)/call-next").status == .seeOther)

            // The public board: ticket 1 now serving, ticket 2 next, refreshing without script.
            #expect(!(try await portal.browser().get("/reception/board/ICRA-QBA").body.string.contains("http-equiv=\"refresh\"")))
            let board = try await portal.browser().get("/reception/board/ICRA-QBA?display=1")
            #expect(board.status == .ok && board.body.string.contains("http-equiv=\"refresh\""))
            #expect(board.body.string.contains("<td class=\"board-number\">1</td>") && board.body.string.contains("<li class=\"board-number\">2</li>"))
            let api = try await portal.browser().get("/api/v1/reception/board/ICRA-QBA")
            let json = try JSONDecoder().decode(QueueBoardJSON.self, from: Data(api.body.readableBytesView))
            #expect(json.nowServing.map(\.ticket) == [1] && json.next == [2] && json.waiting == 1)

            // Outcome: a follow-up case due in 15 working days.
            try await office.get("/office/reception/bookings/\(number)")
            let outcome = try await office.post("/office/reception/bookings/\(number)/outcome",
                                                [("outcome", "follow_up"), ("note", "Mənzil-kommunal şöbəsinə göstəriş verildi"), ("unit", "Mənzil-kommunal şöbəsi")])
            #expect(outcome.status == .seeOther)
            // The citizen's session ended while the days passed: sign in again.
            try await citizen.signIn("5VBK5VR", F.password)
            let cabinet = try await citizen.get("/cabinet/receptions/\(number)")
            let html = cabinet.body.string
            #expect(html.contains("Mənzil-kommunal şöbəsi") && html.contains("14.12.2026"))
            for step in ["reception.timeline.booked", "reception.timeline.rescheduled", "reception.timeline.checked_in", "reception.timeline.called",
                         "reception.timeline.seen", "reception.timeline.outcome"] {
                #expect(html.contains(portal.app.portal.localizer.text(step, .az)), "timeline lacks \(step)")
            }
            // The office closes the follow-up; the citizen rates.
            let followUp = try #require(try await FollowUpModel.query(on: portal.app.db).first())
            try await office.get("/office/reception/follow-ups")
            #expect(try await office.post("/office/reception/follow-ups/\(followUp.id!.uuidString)", [("note", "Təmir planına salındı"), ("close", "1")]).status == .seeOther)
            // The citizen, and nobody else, is told the follow-up was closed.
            let holder = try #require(try await portal.app.portal.accountContacts?.contacts(ofFINs: ["5VBK5VR"], on: portal.app.db)["5VBK5VR"])
            #expect(try await portal.inboxRows(kind: "reception.follow_up_closed").map(\.recipient) == [holder.userID])
            try await citizen.get("/cabinet/receptions/\(number)")
            #expect(try await citizen.post("/cabinet/receptions/\(number)/rate", [("stars", "5"), ("comment", "Təşəkkürlər")]).status == .seeOther)
            let final = try await citizen.get("/cabinet/receptions/\(number)").body.string
            #expect(final.contains("Təmir planına salındı") && final.contains(portal.app.portal.localizer.text("reception.timeline.rated", .az)))

            // The official's reads of the booking are in the citizen's data-access log.
            let reads = try await portal.app.portal.audit.dataAccess(for: FIN(uncheckedValue: "5VBK5VR"), limit: 50, on: portal.app.db)
            #expect(reads.contains { $0.action == "reception.booking.read" })

            // Figures and CSV.
            let stats = try await ReceptionModule().stats(on: portal.app.db)
            #expect(stats.first { $0.key == "reception.walk_ins" && $0.dimensions.isEmpty }?.value == 1)
            #expect(stats.first { $0.key == "reception.seen" && $0.dimensions["region"] == "AZ-QBA" }?.value == 1)
            let csv = try await office.get("/office/reception/stats.csv")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("AZ-QBA,ICRA-QBA,Səidə Qasımova,1,0,0,1,1,"))
        }
    }

    struct QueueBoardJSON: Decodable {
        struct Serving: Decodable { var ticket: Int }
        var nowServing: [Serving]
        var next: [Int]
        var waiting: Int
    }

    @Test("an official of Quba cannot act on Masallı's day list; a citizen cannot see another's booking")
    func objectLevelSecurity() async throws {
        try await withPortal { portal in
            let masalli = try await F.official(portal, agency: "ICRA-MAS", name: "Masallı rəsmisi")
            let resident = try await F.citizen(portal, 7, unit: "AZ-MAS")
            let number = try #require(F.number(try await F.book(portal, resident, official: masalli, at: F.at(F.monday, 10))))
            portal.clock.set(F.at(F.monday, 10, 20))
            let quba = try await F.officeBrowser(portal, fin: "7QBA8E5", agency: "ICRA-QBA", unit: "AZ-QBA", n: 3)
            #expect(!(try await quba.get("/office/reception").body.string.contains(number)))
            #expect(try await quba.get("/office/reception/bookings/\(number)").status == .notFound)
            let refused = try await quba.post("/office/reception/check-in", [("number", number)])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await quba.post("/office/reception/bookings/\(number)/no-show").status == .notFound)
            #expect(try await quba.post("/office/reception/bookings/\(number)/cancel", [("reason", "Rəsmi xəstədir")]).status == .notFound)
            #expect(try await quba.post("/office/reception/officials/\(masalli.uuidString)/call-next").status == .notFound)
            #expect(try await quba.post("/office/reception/walk-in", [("name", "Kimsə"), ("official", masalli.uuidString)]).status == .notFound)
            // A Masallı operator scoped to Quba's unit (a mis-scoped role) sees nothing either.
            let misScoped = try await F.officeBrowser(portal, fin: "5MAS6C3", agency: "ICRA-MAS", unit: "AZ-QBA", n: 4)
            #expect(try await misScoped.get("/office/reception/bookings/\(number)").status == .notFound)
            // Masallı's own office can, and its read is audited for the citizen.
            let own = try await F.officeBrowser(portal, fin: "6MAS7D4", agency: "ICRA-MAS", role: .head, unit: "AZ-MAS", n: 5)
            #expect(try await own.get("/office/reception/bookings/\(number)").status == .ok)
            #expect(try await own.post("/office/reception/check-in", [("number", number)]).status == .seeOther)
            let reads = try await portal.app.portal.audit.dataAccess(for: resident.fin, limit: 10, on: portal.app.db)
            #expect(reads.contains { $0.action == "reception.booking.read" && $0.purpose == "check-in" })
            // No-show only after the grace period; an office cancellation needs a reason and offers other slots.
            let second = try #require(F.number(try await F.book(portal, try await F.citizen(portal, 8, unit: "AZ-MAS"), official: masalli, at: F.at(F.monday.adding(days: 7), 10))))
            #expect(try await own.post("/office/reception/bookings/\(second)/cancel", [("reason", "")]).status == .unprocessableEntity)
            #expect(try await own.post("/office/reception/bookings/\(second)/cancel", [("reason", "Başçı ezamiyyətdədir")]).status == .seeOther)
            let cancelled = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == second).first())
            #expect(cancelled.status == .cancelled && cancelled.cancelledBy == .office && cancelled.cancelReason == "Başçı ezamiyyətdədir")
        }
    }

    @Test("API: book with a token, 409 with alternatives for a taken place, the booking with its timeline")
    func api() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            for (n, fin) in ["5VBK5VR", "7HK2M3P"].enumerated() { try await portal.person(fin, idCard: "AA" + String(4_000_000 + n), unit: "AZ-QBA"); try await portal.account(fin) }
            let token = try await Self.token(portal, fin: "5VBK5VR", scopes: ["reception:read", "reception:write"])
            let other = try await Self.token(portal, fin: "7HK2M3P", scopes: ["reception:read", "reception:write"])
            let readOnly = try await Self.token(portal, fin: "7HK2M3P", scopes: ["reception:read"])
            let body = #"{"officialId":"\#(official.uuidString)","start":"2026-11-23T10:00:00+04:00","topic":"housing","subject":"Evimin təmiri"}"#
            let created = try await Self.post(portal, "/api/v1/reception/bookings", body, token: token)
            #expect(created.status == .created)
            let number = try #require(created.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
            let taken = try await Self.post(portal, "/api/v1/reception/bookings", body, token: other)
            #expect(taken.status == .conflict && taken.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            #expect(taken.body.string.contains("\"reason\":\"slot_taken\"") && taken.body.string.contains("2026-11-23T06:30:00Z"))
            #expect(try await Self.post(portal, "/api/v1/reception/bookings", body, token: readOnly).status == .forbidden)
            #expect(try await Self.post(portal, "/api/v1/reception/bookings", #"{"start":"soon"}"#, token: token).status == .unprocessableEntity)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let mine = try await portal.browser().get("/api/v1/reception/bookings/\(number)", headers: headers)
            #expect(mine.status == .ok && mine.body.string.contains("\"kind\":\"booked\""))
            headers.bearerAuthorization = BearerAuthorization(token: other)
            #expect(try await portal.browser().get("/api/v1/reception/bookings/\(number)", headers: headers).status == .notFound)
            #expect(try await portal.browser().get("/api/v1/reception/officials?unit=AZ-QBA").body.string.contains(official.uuidString))
            #expect(try await portal.browser().get("/api/v1/reception/officials/\(official.uuidString)/slots").status == .ok)
            // A citizen's token cannot check anyone in.
            #expect(try await Self.post(portal, "/api/v1/reception/check-in", #"{"number":"\#(number)"}"#, token: token).status == .forbidden)
        }
    }

    @Test("API desk: only an official's reception:office token, made after the second factor, checks in; reception:write never reaches the desk")
    func deskAPI() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            let number = try #require(F.number(try await F.book(portal, try await F.citizen(portal, 1), official: official, at: F.at(F.monday, 10))))
            let secret = TOTP.generateSecret()
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], totpSecret: secret, idCard: "AA3000009")
            portal.clock.set(F.at(F.monday, 9, 50))
            let write = try await Self.token(portal, fin: "7QBA8E5", scopes: ["reception:read", "reception:write"], totpSecret: secret)
            let office = try await Self.token(portal, fin: "7QBA8E5", scopes: ["reception:office"], totpSecret: secret)
            let refused = try await Self.post(portal, "/api/v1/reception/check-in", #"{"number":"\#(number)"}"#, token: write)
            #expect(refused.status == .forbidden && refused.body.string.contains("insufficient-scope"))
            #expect(try await Self.post(portal, "/api/v1/reception/bookings/\(number)/outcome", "{}", token: write).status == .forbidden)
            let checkedIn = try await Self.post(portal, "/api/v1/reception/check-in", #"{"number":"\#(number)"}"#, token: office)
            #expect(checkedIn.status == .ok && checkedIn.body.string.contains("\"ticket\":"), "\(checkedIn.status) \(checkedIn.body.string)")
            let booking = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
            #expect(booking.status == .checkedIn)
            // The desk's refusals are problem details: a second check-in is not allowed now; an unknown number is 404.
            let again = try await Self.post(portal, "/api/v1/reception/check-in", #"{"number":"\#(number)"}"#, token: office)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("reception-not-allowed-now"), "\(again.status) \(again.body.string)")
            #expect(try await Self.post(portal, "/api/v1/reception/check-in", #"{"number":"R-ZZZZZZZZ"}"#, token: office).status == .notFound)
            let noNote = try await Self.post(portal, "/api/v1/reception/bookings/\(number)/outcome", #"{"outcome":"resolved","note":""}"#, token: office)
            #expect(noNote.status == .unprocessableEntity && noNote.body.string.contains("reception-not-allowed-now"), "\(noNote.status) \(noNote.body.string)")
            #expect(try await Self.post(portal, "/api/v1/reception/bookings/\(number)/outcome", #"{"outcome":"resolved","note":"Izah edildi"}"#, token: office)
                .status == .noContent)
        }
    }

    /// A personal access token made the way a citizen makes one (cabinet, password confirmation).
    static func token(_ portal: PortalHarness, fin: String, scopes: [String], totpSecret: [UInt8]? = nil) async throws -> String {
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, F.password, code: totpSecret.map { portal.totp($0) })
        if totpSecret != nil { portal.clock.advance(by: 30) }  // a code of a new step for the re-authentication
        try await browser.confirmPassword(F.password, next: "/cabinet/tokens", code: totpSecret.map { portal.totp($0) })
        try await browser.get("/cabinet/tokens")
        let res = try await browser.post("/cabinet/tokens", [("name", "test")] + scopes.map { ("scopes[]", $0) } + [("days", "30")])
        #expect(res.status == .created)
        let html = res.body.string
        let start = try #require(html.range(of: "<code id=\"new-token\">"))
        let end = try #require(html[start.upperBound...].range(of: "</code>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func post(_ portal: PortalHarness, _ path: String, _ json: String, token: String) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.bearerAuthorization = BearerAuthorization(token: token)
        return try await portal.browser().send(.POST, path, headers: headers, body: ByteBuffer(string: json))
    }
}
