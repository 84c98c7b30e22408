import Foundation
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing

@Suite("Reception notices: waitlist hold, reminder")
struct ReceptionNoticeTests {
    typealias F = ReceptionFixtures

    /// A citizen with an account, as a principal (the notices go to the account).
    static func holder(_ portal: PortalHarness, _ n: Int) async throws -> Principal {
        let fin = F.fin(n, prefix: "H")
        try await portal.person(fin, first: "Vətəndaş", last: "H\(n)", idCard: "AA" + String(4_000_000 + n), unit: "AZ-QBA")
        let id = try await portal.account(fin)
        return Principal(userID: id, fin: FIN(uncheckedValue: fin), firstName: "Vətəndaş", lastName: "H\(n)", roles: [],
                         channel: .session(hash: "test"), secondFactorVerified: false, totpEnabled: false)
    }

    @Test("a freed place held from the waitlist is told to the first in line only, with the hold's deadline")
    func holdOffered() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal, sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 630, slotMinutes: 30, capacity: 1)])
            let a = try await Self.holder(portal, 1), b = try await Self.holder(portal, 2), c = try await Self.holder(portal, 3)
            let number = try #require(F.number(try await F.book(portal, a, official: official, at: F.at(F.monday, 10))))
            let d = try await Self.holder(portal, 4)
            #expect(F.number(try await F.book(portal, d, official: official, at: F.at(F.monday.adding(days: 7), 10))) != nil)
            let join = JoinWaitlist(app: portal.app)
            #expect(try await join.run(officialID: official, topic: "housing", subject: "Növbə haqqında", citizen: b, ip: nil) == .joined)
            portal.clock.advance(by: 1)
            #expect(try await join.run(officialID: official, topic: "land", subject: "Torpaq sahəsi", citizen: c, ip: nil) == .joined)
            guard case .changed = try await CancelBooking(holder: BookingHolder(app: portal.app, citizen: a, ip: nil)).run(number: number) else {
                Issue.record("cancel"); return
            }
            let held = try #require(try await BookingModel.query(on: portal.app.db).filter(\.$citizenID == b.userID).first())
            let rows = try await portal.inboxRows(kind: "reception.hold_offered")
            #expect(rows.map(\.recipient) == [b.userID] && rows.first?.key == "reception.hold_offered:\(held.id!)")
            #expect(!(try await portal.inboxKinds(of: c.userID).contains("reception.hold_offered")))
            #expect(!(try await portal.inboxKinds(of: a.userID).contains("reception.hold_offered")))
            // The hold expires to C: C is told now, B is not told twice.
            portal.clock.advance(by: 31 * 60)
            #expect(try await Waitlist(app: portal.app).expireHolds() == 1)
            #expect(try await portal.inboxRows(kind: "reception.hold_offered").map(\.recipient).sorted { $0.uuidString < $1.uuidString }
                    == [b.userID, c.userID].sorted { $0.uuidString < $1.uuidString })
        }
    }

    @Test("the reminder: 24 hours before, once, to the booking's holder only")
    func reminder() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            let a = try await Self.holder(portal, 11), b = try await Self.holder(portal, 12)
            #expect(F.number(try await F.book(portal, a, official: official, at: F.at(F.monday, 10))) != nil)
            #expect(F.number(try await F.book(portal, b, official: official, at: F.at(F.monday.adding(days: 7), 10))) != nil)
            let remind = RemindUpcomingReceptions(app: portal.app)
            portal.clock.advance(by: F.at(F.monday.adding(days: -1), 9).timeIntervalSince(portal.clock.now()))
            #expect(try await remind.run() == 0, "25 hours before: not yet")
            portal.clock.advance(by: 90 * 60)
            #expect(try await remind.run() == 1)
            #expect(try await remind.run() == 1)
            #expect(try await portal.inboxRows(kind: "reception.reminder").map(\.recipient) == [a.userID])
            #expect(!(try await portal.inboxKinds(of: b.userID).contains("reception.reminder")))
        }
    }
}
