import Foundation
import PortalCore
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing

/// Two desks acting on one booking at the same moment (the QR code scanned twice, two officials):
/// the booking is re-read and locked inside the write, so exactly one succeeds.
@Suite("Reception desk races")
struct DeskRaceTests {
    typealias F = ReceptionFixtures

    @Test("eight concurrent check-ins of one booking issue one ticket; the others are refused")
    func concurrentCheckIn() async throws {
        try await withPortal { portal in
            let official = try await F.official(portal)
            let number = try #require(F.number(try await F.book(portal, try await F.citizen(portal, 1), official: official, at: F.at(F.monday, 10))))
            portal.clock.set(F.at(F.monday, 9, 50))
            let agency = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA"))
            let operatorPrincipal = Principal(userID: UUID(), fin: FIN(uncheckedValue: "7QBA8E5"), firstName: "Kamal", lastName: "Nəbiyev",
                                              roles: [RoleAssignment(role: .operator_, agencyID: agency.id, territorialUnitCode: nil)],
                                              channel: .session(hash: "desk"), secondFactorVerified: true, totpEnabled: true)
            let desk = ReceptionDesk(app: portal.app, principal: operatorPrincipal, ip: "127.0.0.1")
            let outcomes = try await withThrowingTaskGroup(of: ReceptionDesk.Outcome.self) { group in
                for _ in 0..<8 { group.addTask { try await CheckInVisitor(desk: desk).run(number: number) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let tickets = outcomes.filter { if case .ticket = $0 { return true } else { return false } }
            #expect(tickets.count == 1, "\(outcomes)")
            #expect(outcomes.filter { $0 == .refused(.notBookableState) }.count == 7)
            #expect(try await TicketModel.query(on: portal.app.db).count() == 1)
        }
    }
}
