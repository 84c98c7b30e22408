import Foundation
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing

@Suite("Reception booking")
struct BookingTests {
    typealias F = ReceptionFixtures

    @Test("50 simultaneous requests for the last place: exactly one booking, the rest 'just taken' with alternatives (100 rounds)")
    func lastPlaceRace() async throws {
        try await withPortal { portal in
            var citizens: [Principal] = []
            for n in 0..<50 { citizens.append(try await F.citizen(portal, n)) }
            let rounds = 100
            var officials: [UUID] = []
            for r in 0..<rounds {
                // Capacity 2 with one place already taken: the race is for the last place.
                officials.append(try await F.official(portal, name: "Official \(r)", capacity: 2))
            }
            let filler = try await F.citizen(portal, 999)
            let start = F.at(F.monday, 10)
            for (round, official) in officials.enumerated() {
                #expect(F.number(try await F.book(portal, filler, official: official, at: start)) != nil)
                let outcomes = try await withThrowingTaskGroup(of: BookReception.Outcome.self) { group in
                    for citizen in citizens { group.addTask { try await F.book(portal, citizen, official: official, at: start) } }
                    var all: [BookReception.Outcome] = []
                    for try await outcome in group { all.append(outcome) }
                    return all
                }
                let booked = outcomes.compactMap(F.number)
                let refused = outcomes.compactMap(F.refusal)
                #expect(booked.count == 1, "round \(round): \(booked.count) bookings")
                #expect(refused.count == 49 && refused.allSatisfy { $0.reason == .slotTaken }, "round \(round): \(refused.map(\.reason))")
                #expect(refused.allSatisfy { !$0.alternatives.isEmpty && !$0.alternatives.contains { $0.start == start } })
                let rows = try await BookingModel.query(on: portal.app.db).filter(\.$officialID == official).filter(\.$startsAt == start)
                    .filter(\.$status != .cancelled).all()
                #expect(rows.count == 2 && Set(rows.map(\.placeNo)) == [1, 2])
                // Past receptions do not count towards the limits of the next round.
                try await BookingModel.query(on: portal.app.db).filter(\.$officialID == official).set(\.$status, to: .seen).update()
            }
        }
    }

    @Test("the schema refuses a second booking of a place, whatever the code does")
    func schemaRefusesDoublePlace() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            let a = try await F.citizen(portal, 1), b = try await F.citizen(portal, 2)
            let number = try #require(F.number(try await F.book(portal, a, official: official, at: F.at(F.monday, 10))))
            let first = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
            let copy = BookingModel()
            copy.number = BookingNumber.make(); copy.citizenID = b.userID; copy.citizenFIN = b.fin.value; copy.citizenName = "B"
            copy.officialID = official; copy.agencyID = first.agencyID; copy.unitCode = first.unitCode; copy.startsAt = first.startsAt
            copy.slotMinutes = 30; copy.placeNo = 1; copy.capacity = 1; copy.weekKey = first.weekKey; copy.weekSeq = 1; copy.status = .booked
            copy.topic = "other"; copy.subject = "forced insert"; copy.createdAt = Date()
            await expectSchemaRefuses(.constraint) { try await copy.create(on: portal.app.db) }
            copy.id = nil
            copy.placeNo = 2
            await expectSchemaRefuses(.constraint) { try await copy.create(on: portal.app.db) }  // beyond capacity (check constraint)
            // A cancelled booking frees its place at once.
            first.status = .cancelled
            try await first.update(on: portal.app.db)
            copy.id = nil
            copy.placeNo = 1
            try await copy.create(on: portal.app.db)
        }
    }

    @Test("limits: N active bookings, one per official per week, past, outside the schedule or window, another region — each a reason with alternatives")
    func limits() async throws {
        try await withPortal { portal in
            let quba = try await F.official(portal, name: "A")
            let quba2 = try await F.official(portal, name: "B")
            let quba3 = try await F.official(portal, name: "C")
            let masalli = try await F.official(portal, agency: "ICRA-MAS", name: "M")
            let citizen = try await F.citizen(portal, 1)
            #expect(F.number(try await F.book(portal, citizen, official: quba, at: F.at(F.monday, 10))) != nil)
            // One per official per week.
            let again = try #require(F.refusal(try await F.book(portal, citizen, official: quba, at: F.at(F.monday, 11))))
            #expect(again.reason == .onePerWeek && !again.alternatives.isEmpty)
            // The next week with the same official is fine, and that makes two active bookings.
            #expect(F.number(try await F.book(portal, citizen, official: quba, at: F.at(F.monday.adding(days: 7), 10))) != nil)
            let third = try #require(F.refusal(try await F.book(portal, citizen, official: quba2, at: F.at(F.monday, 10))))
            #expect(third.reason == .tooManyActive)
            let other = try await F.citizen(portal, 2)
            #expect(F.refusal(try await F.book(portal, other, official: quba3, at: F.at(F.monday, 10, 15)))?.reason == .outsideSchedule)
            #expect(F.refusal(try await F.book(portal, other, official: quba3, at: F.at(LocalDate(year: 2026, month: 11, day: 16), 10)))?.reason == .inPast)
            let farMonday = F.monday.adding(days: 14)  // 7 December: beyond the 14-day window
            let far = try #require(F.refusal(try await F.book(portal, other, official: quba3, at: F.at(farMonday, 10))))
            #expect(far.reason == .outsideWindow && far.alternatives.allSatisfy { $0.start < F.at(farMonday, 0) })
            #expect(F.refusal(try await F.book(portal, other, official: masalli, at: F.at(F.monday, 10)))?.reason == .otherRegion)
            #expect(F.refusal(try await F.book(portal, other, official: quba3, at: F.at(F.monday, 10), topic: "nonsense"))?.reason == .invalidTopic)
            let short = try await BookReception(app: portal.app).run(BookingRequest(officialID: quba3, start: F.at(F.monday, 10), topic: "other", subject: " hi "),
                                                                     citizen: other, ip: nil)
            #expect(F.refusal(short)?.reason == .invalidSubject)
            #expect(F.refusal(try await F.book(portal, other, official: UUID(), at: F.at(F.monday, 10)))?.reason == .unknownOfficial)
            // The window opens at 09:00: at 08:59 on 23 November, 7 December is still closed; at 09:00 it opens.
            portal.clock.set(F.at(LocalDate(year: 2026, month: 11, day: 23), 8, 59))
            #expect(F.refusal(try await F.book(portal, other, official: quba3, at: F.at(farMonday, 10)))?.reason == .outsideWindow)
            portal.clock.set(F.at(LocalDate(year: 2026, month: 11, day: 23), 9, 0))
            #expect(F.number(try await F.book(portal, other, official: quba3, at: F.at(farMonday, 10))) != nil)
        }
    }

    @Test("cancel and reschedule until the cut-off; a moved booking keeps its number and frees its old place")
    func changes() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            try await WebhookProbe.register(portal, agency: "ICRA-QBA", events: "reception.booked reception.cancelled")
            let a = try await F.citizen(portal, 1), b = try await F.citizen(portal, 2)
            let number = try #require(F.number(try await F.book(portal, a, official: official, at: F.at(F.monday, 10))))
            let holderA = BookingHolder(app: portal.app, citizen: a, ip: nil), holderB = BookingHolder(app: portal.app, citizen: b, ip: nil)
            #expect(F.refusal(try await F.book(portal, b, official: official, at: F.at(F.monday, 10)))?.reason == .slotTaken)
            guard case .changed = try await RescheduleBooking(holder: holderA).run(number: number, to: F.at(F.monday, 11)) else { Issue.record("reschedule"); return }
            #expect(F.number(try await F.book(portal, b, official: official, at: F.at(F.monday, 10))) != nil)
            let moved = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$number == number).first())
            #expect(moved.startsAt == F.at(F.monday, 11) && moved.status == .booked)
            // Another citizen cannot touch it.
            guard case .notFound = try await CancelBooking(holder: holderB).run(number: number) else { Issue.record("another citizen"); return }
            // Past the cut-off (24 h before): no more changes.
            portal.clock.set(F.at(F.monday, 11).addingTimeInterval(-23 * 3600))
            guard case .refused(let cutOff) = try await CancelBooking(holder: holderA).run(number: number), cutOff.reason == .pastCutoff else { Issue.record("cut-off"); return }
            guard case .refused(let refused) = try await RescheduleBooking(holder: holderA).run(number: number, to: F.at(F.monday, 11, 30)),
                  refused.reason == .pastCutoff else { Issue.record("reschedule cut-off"); return }
            let timeline = try await TimelineModel.query(on: portal.app.db).filter(\.$bookingID == moved.id!).sort(\.$at).all().map(\.kind)
            #expect(timeline == [.booked, .rescheduled])
            // The agency's endpoint heard of the booking, its move and B's booking: numbers and times, no person.
            let hooks = try await WebhookProbe.bodies(portal)
            #expect(hooks.map(\.type) == ["reception.booked", "reception.booked", "reception.booked"])
            #expect(hooks.filter { $0.data["booking"] == number }.map { $0.data["rescheduled"] } == ["false", "true"])
            #expect(!(try await WebhookProbe.rawBodies(portal)).contains { $0.contains(a.fin.value) })
        }
    }

    @Test("waitlist: a freed place is held for the first in line, expires to the next, and can be confirmed")
    func waitlistHolds() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal, sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 630, slotMinutes: 30, capacity: 1)])
            let a = try await F.citizen(portal, 1), b = try await F.citizen(portal, 2), c = try await F.citizen(portal, 3)
            let number = try #require(F.number(try await F.book(portal, a, official: official, at: F.at(F.monday, 10))))
            // Only one Monday slot in the window is free (the next Monday's); take it too so none is left.
            let d = try await F.citizen(portal, 4)
            #expect(F.number(try await F.book(portal, d, official: official, at: F.at(F.monday.adding(days: 7), 10))) != nil)
            let waitlist = Waitlist(app: portal.app), join = JoinWaitlist(app: portal.app)
            #expect(try await join.run(officialID: official, topic: "housing", subject: "Növbə haqqında", citizen: b, ip: nil) == .joined)
            #expect(try await join.run(officialID: official, topic: "housing", subject: "Növbə haqqında", citizen: b, ip: nil) == .refused(.alreadyWaiting))
            portal.clock.advance(by: 1)
            #expect(try await join.run(officialID: official, topic: "land", subject: "Torpaq sahəsi", citizen: c, ip: nil) == .joined)
            guard case .changed = try await CancelBooking(holder: BookingHolder(app: portal.app, citizen: a, ip: nil)).run(number: number) else { Issue.record("cancel"); return }
            let held = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$citizenID == b.userID).first())
            #expect(held.status == .held && held.startsAt == F.at(F.monday, 10) && held.holdExpiresAt != nil)
            // Nobody else can take the held place.
            let e = try await F.citizen(portal, 5)
            #expect(F.refusal(try await F.book(portal, e, official: official, at: F.at(F.monday, 10)))?.reason == .slotTaken)
            // Before the hold ends nothing expires; after it, C gets the place.
            portal.clock.advance(by: 29 * 60)
            #expect(try await waitlist.expireHolds() == 0)
            portal.clock.advance(by: 2 * 60)
            #expect(try await waitlist.expireHolds() == 1)
            let expired = try #require(try await BookingModel.find(held.id, on: portal.app.db))
            #expect(expired.status == .cancelled && expired.cancelledBy == .system)
            let entryB = try #require(try await WaitlistModel.query(on: portal.app.db).filter(\.$citizenID == b.userID).first())
            #expect(entryB.status == .expired)
            let heldC = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$citizenID == c.userID).first())
            #expect(heldC.status == .held)
            // B can no longer confirm; C can.
            guard case .refused = try await ConfirmHeldBooking(holder: BookingHolder(app: portal.app, citizen: b, ip: nil)).run(number: expired.number) else {
                Issue.record("an expired hold cannot be confirmed"); return
            }
            guard case .changed = try await ConfirmHeldBooking(holder: BookingHolder(app: portal.app, citizen: c, ip: nil)).run(number: heldC.number) else { Issue.record("confirm"); return }
            let confirmed = try #require(try await BookingModel.find(heldC.id, on: portal.app.db))
            #expect(confirmed.status == .booked && confirmed.holdExpiresAt == nil)
            #expect(try await WaitlistModel.query(on: portal.app.db).filter(\.$citizenID == c.userID).first()?.status == .fulfilled)
        }
    }

    @Test("a day off and a one-off extra session change the free slots; a released place is free at once")
    func exceptionsFromTheDatabase() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            let schedule = portal.app.receptionSchedule
            #expect(try await schedule.slots(for: official, on: portal.app.db).count == 8)  // two Mondays × 4
            try await ReceptionAdmin.addException(officialID: official, ScheduleException(day: F.monday, kind: .closed), app: portal.app)
            let saturday = LocalDate(year: 2026, month: 11, day: 28)
            try await ReceptionAdmin.addException(officialID: official, ScheduleException(day: saturday, kind: .extra,
                session: WeeklySession(weekday: 6, startMinute: 900, endMinute: 960, slotMinutes: 20, capacity: 1)), app: portal.app)
            let slots = try await schedule.slots(for: official, on: portal.app.db)
            #expect(slots.count == 7 && !slots.contains { $0.slot.day == F.monday } && slots.filter { $0.slot.day == saturday }.count == 3)
            let citizen = try await F.citizen(portal, 1)
            #expect(F.refusal(try await F.book(portal, citizen, official: official, at: F.at(F.monday, 10)))?.reason == .outsideSchedule)
            let number = try #require(F.number(try await F.book(portal, citizen, official: official, at: F.at(saturday, 15, 20))))
            #expect(try await schedule.slots(for: official, on: portal.app.db).first { $0.slot.start == F.at(saturday, 15, 20) }?.free == 0)
            guard case .changed = try await CancelBooking(holder: BookingHolder(app: portal.app, citizen: citizen, ip: nil)).run(number: number) else { Issue.record("cancel"); return }
            #expect(try await schedule.slots(for: official, on: portal.app.db).first { $0.slot.start == F.at(saturday, 15, 20) }?.free == 1)
        }
    }

    @Test("reception settings come from the environment; nonsense is refused")
    func settings() throws {
        let settings = try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_MAX_ACTIVE": "3", "ONEWINDOW_RECEPTION_WINDOW_DAYS": "21"])
        #expect(settings.maxActiveBookings == 3 && settings.windowDays == 21 && settings.windowOpenHour == 9 && settings.followUpWorkingDays == 15)
        #expect(throws: ReceptionSettings.Problem.self) { try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_WINDOW_OPEN_HOUR": "25"]) }
        #expect(throws: ReceptionSettings.Problem.self) { try ReceptionSettings.fromEnvironment(["ONEWINDOW_RECEPTION_MAX_ACTIVE": "two"]) }
    }

    @Test("the module reads its settings from the portal's environment when it is configured")
    func settingsFromPortalEnvironment() async throws {
        try await withPortal(config: { $0.environment["ONEWINDOW_RECEPTION_HOLD_MINUTES"] = "45" }) { portal in
            #expect(portal.app.reception.settings.waitlistHoldMinutes == 45 && portal.app.reception.settings.windowDays == 14)
        }
    }

    @Test("with a limit of two per official and week, a citizen books two receptions with one official in one week and is refused the third")
    func twoPerOfficialPerWeek() async throws {
        try await withPortal { portal in
            portal.app.reception.settings.maxPerOfficialPerWeek = 2
            portal.app.reception.settings.maxActiveBookings = 5
            let official = try await F.official(portal)
            let citizen = try await F.citizen(portal, 1)
            let first = try #require(F.number(try await F.book(portal, citizen, official: official, at: F.at(F.monday, 10))))
            let second = try #require(F.number(try await F.book(portal, citizen, official: official, at: F.at(F.monday, 11))))
            let third = try #require(F.refusal(try await F.book(portal, citizen, official: official, at: F.at(F.monday, 10, 30))))
            #expect(third.reason == .onePerWeek)
            let rows = try await BookingModel.query(on: portal.app.db).filter(\.$citizenID == citizen.userID).all()
            #expect(Set(rows.map(\.weekSeq)) == [1, 2])
            // A cancelled booking gives its place in the week back: the citizen may book again.
            guard case .changed = try await CancelBooking(holder: BookingHolder(app: portal.app, citizen: citizen, ip: nil)).run(number: first) else { Issue.record("cancel"); return }
            let again = try #require(F.number(try await F.book(portal, citizen, official: official, at: F.at(F.monday, 10, 30))))
            #expect(try await BookingModel.query(on: portal.app.db).filter(\.$number == again).first()?.weekSeq == 1)
        }
    }
}
