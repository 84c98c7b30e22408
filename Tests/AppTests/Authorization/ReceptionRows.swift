import Foundation
import PortalHTTP
import VaporTesting

/// Reception: anyone signed in books agency Y's officials (a central agency receives everyone); A's
/// bookings are A's (404 for anyone else); the office desk acts on bookings of its agency and, for a
/// regional role, its region (R's operator, head and agency administrator; S's and the other agency's
/// officials 404; reviewers and the platform administrator have no desk, 403).
enum ReceptionRows {
    static var rows: [Row] { publicRows + cabinetRows + deskRows + apiRows }

    static var publicRows: [Row] {
        let official = ObjectUse.publicObject("a reception official of agency Y in region R")
        let agency = ObjectUse.publicObject("agency Y's queue board")
        return [
            Row(method: .GET, route: "/reception", expect: .all(.ok)),
            Row(method: .GET, route: "/reception/officials/:id", object: official, expect: .all(.ok),
                call: { context in Call("/reception/officials/\(try await context.world.receptionOfficial("desk"))") }),
            Row(method: .GET, route: "/reception/officials/:id/book", object: official, expect: .signedIn(.ok), call: { context in
                Call("/reception/officials/\(try await context.world.receptionOfficial("booking"))/book?start=\(MatrixWorld.slot(days: 1, index: 15))")
            }),
            Row(method: .POST, route: "/reception/officials/:id/book", object: official,
                expect: .signedIn(.seeUnder("/cabinet/receptions/R-", flash: "flash.reception.booked")), call: { context in
                    let start = try await context.world.nextSlot("booking", days: 1, perSlot: 5)
                    return Call("/reception/officials/\(try await context.world.receptionOfficial("booking"))/book",
                                form: [("start", String(start)), ("topic", "housing"), ("subject", "Matrix booking")])
                }),
            Row(method: .POST, route: "/reception/officials/:id/waitlist", object: official,
                expect: .signedIn(.see("/reception/officials/{official}", flash: "flash.reception.waitlisted")), call: { context in
                    let id = try await context.world.receptionOfficial("booking")
                    return Call("/reception/officials/\(id)/waitlist", form: [("topic", "housing"), ("subject", "Matrix waitlist")], values: ["official": id])
                }),
            Row(method: .GET, route: "/reception/board/:agency", object: agency, expect: .all(.ok), call: { _ in Call("/reception/board/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/api/v1/reception/officials", expect: .all(.ok)),
            Row(method: .GET, route: "/api/v1/reception/officials/:id/slots", object: official, expect: .all(.ok),
                call: { context in Call("/api/v1/reception/officials/\(try await context.world.receptionOfficial("desk"))/slots") }),
            Row(method: .GET, route: "/api/v1/reception/board/:agency", object: agency, expect: .all(.ok),
                call: { _ in Call("/api/v1/reception/board/\(MatrixCast.agencyY)") }),
        ]
    }

    static var cabinetRows: [Row] {
        let booking = ObjectUse.owned("citizen A's booking with agency Y's official in R")
        func mine(_ flash: String) -> [Actor: Expect] { ApplicationRows.onlyFor([.citizenA: .see("/cabinet/receptions/{number}", flash: flash)]) }
        @Sendable func on(_ number: String, _ suffix: String, _ form: [(String, String)] = []) -> Call {
            Call("/cabinet/receptions/\(number)\(suffix)", form: form, values: ["number": number])
        }
        return [
            Row(method: .GET, route: "/cabinet/receptions",
                expect: Dictionary<Actor, Expect>.signedIn(.okHiding("{number}")).with([.citizenA], .okShowing("{number}")),
                call: { context in Call("/cabinet/receptions", values: ["number": try await context.world.bookingOfA(fresh: false)]) }),
            Row(method: .GET, route: "/cabinet/receptions/:number", object: booking, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in on(try await context.world.bookingOfA(fresh: false), "") }),
            Row(method: .GET, route: "/cabinet/receptions/:number/calendar.ics", object: booking, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in on(try await context.world.bookingOfA(fresh: false), "/calendar.ics") }),
            Row(method: .GET, route: "/cabinet/receptions/:number/reschedule", object: booking, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in on(try await context.world.bookingOfA(fresh: false), "/reschedule") }),
            Row(method: .POST, route: "/cabinet/receptions/:number/reschedule", object: booking, expect: mine("flash.reception.rescheduled"),
                consumes: true, call: { context in
                    on(try await context.world.bookingOfA(fresh: context.fresh), "/reschedule", [("start", String(MatrixWorld.slot(days: 2, index: 1)))])
                }),
            Row(method: .POST, route: "/cabinet/receptions/:number/cancel", object: booking, expect: mine("flash.reception.cancelled"),
                consumes: true, call: { context in on(try await context.world.bookingOfA(fresh: context.fresh), "/cancel") }),
            Row(method: .POST, route: "/cabinet/receptions/:number/confirm", object: .owned("a place offered to citizen A from the waitlist"),
                expect: mine("flash.reception.confirmed"), consumes: true,
                call: { context in on(try await context.world.heldBookingOfA(fresh: context.fresh), "/confirm") }),
            Row(method: .POST, route: "/cabinet/receptions/:number/rate", object: .owned("citizen A's reception, seen by R's operator"),
                expect: mine("flash.reception.rated"), consumes: true,
                call: { context in on(try await context.world.seenBookingOfA(fresh: context.fresh), "/rate", [("stars", "5"), ("comment", "Helpful.")]) }),
        ]
    }

    /// The desk of region R answers `e`; S's officials and the other agency's 404; the rest of the office 403.
    static func deskOfR(_ e: Expect) -> [Actor: Expect] {
        .office([.operatorR: e, .headR: e, .adminR: e, .operatorS: .notFound, .headS: .notFound, .otherAgency: .notFound])
    }

    static var deskRows: [Row] {
        let today = ObjectUse.owned("a resident of R's booking for today with agency Y's official in R")
        let ofA = ObjectUse.owned("citizen A's booking with agency Y's official in R")
        func back(_ flash: String) -> Expect { .see("/office/reception/bookings/{number}", flash: flash) }
        @Sendable func on(_ number: String, _ suffix: String, _ form: [(String, String)] = []) -> Call {
            Call("/office/reception/bookings/\(number)\(suffix)", form: form, values: ["number": number])
        }
        let ticket = Expect.seeUnder("/office/reception?ticket=", flash: "flash.reception.checked_in")
        return [
            Row(method: .GET, route: "/office/reception",
                expect: .office([.operatorR: .okShowing("{number}"), .headR: .okShowing("{number}"), .adminR: .okShowing("{number}"),
                                 .operatorS: .okHiding("{number}"), .headS: .okHiding("{number}"), .otherAgency: .okHiding("{number}")]),
                call: { context in Call("/office/reception", values: ["number": try await context.world.todayBooking(fresh: false)]) }),
            // By number: out of scope it is an unknown number (422 on the day page), never another region's booking.
            Row(method: .POST, route: "/office/reception/check-in", expect: .office([.operatorR: ticket, .headR: ticket, .adminR: ticket,
                                                                                    .operatorS: .unprocessable, .headS: .unprocessable, .otherAgency: .unprocessable]),
                consumes: true, call: { context in Call("/office/reception/check-in", form: [("number", try await context.world.todayBooking(fresh: context.fresh))]) }),
            Row(method: .GET, route: "/office/reception/check-in/:number", object: today, expect: deskOfR(.ok),
                call: { context in Call("/office/reception/check-in/\(try await context.world.todayBooking(fresh: false))") }),
            Row(method: .POST, route: "/office/reception/walk-in", expect: deskOfR(.seeUnder("/office/reception?ticket=", flash: "flash.reception.walk_in")),
                call: { context in Call("/office/reception/walk-in", form: [("name", "Walk-in visitor"), ("official", try await context.world.receptionOfficial("desk"))]) }),
            Row(method: .POST, route: "/office/reception/officials/:id/call-next", object: .owned("agency Y's reception official in R and its queue"),
                expect: deskOfR(.see("/office/reception")),
                call: { context in Call("/office/reception/officials/\(try await context.world.receptionOfficial("desk"))/call-next") }),
            Row(method: .GET, route: "/office/reception/bookings/:number", object: ofA, expect: deskOfR(.ok),
                call: { context in on(try await context.world.bookingOfA(fresh: false), "") }),
            Row(method: .POST, route: "/office/reception/bookings/:number/check-in", object: today, expect: deskOfR(ticket), consumes: true,
                call: { context in on(try await context.world.todayBooking(fresh: context.fresh), "/check-in") }),
            Row(method: .POST, route: "/office/reception/bookings/:number/no-show", object: .owned("a resident of R's 10:00 booking, not come"),
                expect: deskOfR(back("flash.reception.no_show")), consumes: true,
                call: { context in on(try await context.world.lapsedBooking(fresh: context.fresh), "/no-show") }),
            Row(method: .POST, route: "/office/reception/bookings/:number/cancel", object: today, expect: deskOfR(back("flash.reception.cancelled_by_office")),
                consumes: true, call: { context in on(try await context.world.todayBooking(fresh: context.fresh), "/cancel", [("reason", "The official is ill.")]) }),
            Row(method: .POST, route: "/office/reception/bookings/:number/outcome", object: .owned("a resident of R's booking, checked in today"),
                expect: deskOfR(back("flash.reception.outcome")), consumes: true, call: { context in
                    on(try await context.world.checkedInBooking(fresh: context.fresh), "/outcome", [("outcome", "resolved"), ("note", "Explained.")])
                }),
            Row(method: .GET, route: "/office/reception/follow-ups",
                expect: .office([.operatorR: .okShowing("{id}"), .headR: .okShowing("{id}"), .adminR: .okShowing("{id}"),
                                 .operatorS: .okHiding("{id}"), .headS: .okHiding("{id}"), .otherAgency: .okHiding("{id}")]),
                call: { context in Call("/office/reception/follow-ups", values: ["id": try await context.world.followUpInR(fresh: false)]) }),
            Row(method: .POST, route: "/office/reception/follow-ups/:id", object: .owned("a follow-up of a reception in R"),
                expect: deskOfR(.see("/office/reception/follow-ups", flash: "flash.reception.follow_up_saved")),
                call: { context in Call("/office/reception/follow-ups/\(try await context.world.followUpInR(fresh: false))", form: [("note", "Called the citizen.")]) }),
            Row(method: .GET, route: "/office/reception/stats.csv",
                expect: .office([.operatorR: .ok, .headR: .ok, .adminR: .ok, .operatorS: .ok, .headS: .ok, .otherAgency: .ok])),
        ]
    }

    /// The desk over the API takes an office scope (a citizen's `reception:write` never reaches it).
    static let deskScope = "reception:office"

    static var apiRows: [Row] {
        let booking = ObjectUse.owned("citizen A's booking with agency Y's official in R")
        func desk(_ e: Expect) -> [Actor: Expect] {
            Dictionary<Actor, Expect>.api(.forbidden).merging([.operatorR: e, .headR: e, .adminR: e, .operatorS: .notFound,
                                                                .headS: .notFound, .otherAgency: .notFound]) { $1 }
        }
        return [
            Row(method: .GET, route: "/api/v1/reception/bookings", scope: "reception:read",
                expect: Dictionary<Actor, Expect>.api(.okHiding("{number}")).with([.citizenA], .okShowing("{number}")),
                call: { context in Call("/api/v1/reception/bookings", values: ["number": try await context.world.bookingOfA(fresh: false)]) }),
            Row(method: .POST, route: "/api/v1/reception/bookings", scope: "reception:write", expect: .api(.created), call: { context in
                let start = Date(timeIntervalSince1970: TimeInterval(MatrixWorld.slot(days: 1, index: 0)))
                let official = try await context.world.newOfficial()
                return Call("/api/v1/reception/bookings", json: """
                    {"officialId":"\(official)","start":"\(ISO8601DateFormatter().string(from: start))","topic":"housing","subject":"Matrix booking"}
                    """)
            }),
            Row(method: .GET, route: "/api/v1/reception/bookings/:number", object: booking, scope: "reception:read", expect: ApplicationRows.apiOnlyFor(.ok),
                call: { context in Call("/api/v1/reception/bookings/\(try await context.world.bookingOfA(fresh: false))") }),
            Row(method: .POST, route: "/api/v1/reception/bookings/:number/cancel", object: booking, scope: "reception:write",
                expect: ApplicationRows.apiOnlyFor(.ok), consumes: true,
                call: { context in Call("/api/v1/reception/bookings/\(try await context.world.bookingOfA(fresh: context.fresh))/cancel", json: "{}") }),
            Row(method: .POST, route: "/api/v1/reception/check-in", scope: deskScope, expect: desk(.ok), consumes: true,
                call: { context in Call("/api/v1/reception/check-in", json: #"{"number":"\#(try await context.world.todayBooking(fresh: context.fresh))"}"#) }),
            Row(method: .POST, route: "/api/v1/reception/bookings/:number/outcome", object: .owned("a resident of R's booking, checked in today"),
                scope: deskScope, expect: desk(.noContent), consumes: true, call: { context in
                    Call("/api/v1/reception/bookings/\(try await context.world.checkedInBooking(fresh: context.fresh))/outcome",
                         json: #"{"outcome":"resolved","note":"Explained."}"#)
                }),
        ]
    }
}
