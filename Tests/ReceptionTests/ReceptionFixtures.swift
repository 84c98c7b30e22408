import Foundation
import Identity
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

/// Officials, citizens and clocks for reception tests.
enum ReceptionFixtures {
    static let password = "correct horse battery"
    /// Wednesday 18 November 2026, 15:06 in Baku (the harness's default start).
    static let monday = LocalDate(year: 2026, month: 11, day: 23)

    /// A start on `day` at `hour:minute` Baku time.
    static func at(_ day: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date {
        day.startOfDay()!.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// An official of `agency` receiving on Mondays 10:00–12:00 in 30-minute slots (capacity as given).
    @discardableResult
    static func official(_ portal: PortalHarness, agency: String = "ICRA-QBA", name: String = "Test Official", capacity: Int = 1,
                         sessions: [WeeklySession]? = nil) async throws -> UUID {
        let found = try await portal.app.portal.directory.agency(code: agency)
        let a = try #require(found)
        return try await ReceptionAdmin.createOfficial(
            agencyID: a.id, unitCode: a.territorialUnitCode ?? "AZ-BA", name: name, position: "deputy_head", room: "7", address: "Test",
            sessions: sessions ?? [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: capacity)], app: portal.app)
    }

    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    /// A valid, unique-looking FIN from a number.
    static func fin(_ n: Int, prefix: Character = "C") -> String {
        var x = n
        var out = ""
        for _ in 0..<6 { out.append(alphabet[x % alphabet.count]); x /= alphabet.count }
        return String(prefix) + out
    }

    /// A citizen known to the register (living in `unit`) as a principal, without an account.
    static func citizen(_ portal: PortalHarness, _ n: Int, unit: String = "AZ-QBA") async throws -> Principal {
        let fin = fin(n)
        try await portal.person(fin, first: "Vətəndaş", last: "N\(n)", idCard: "AA" + String(1_000_000 + n), unit: unit)
        return Principal(userID: UUID(), fin: FIN(uncheckedValue: fin), firstName: "Vətəndaş", lastName: "N\(n)", roles: [],
                         channel: .session(hash: "test"), secondFactorVerified: false, totpEnabled: false)
    }

    static func book(_ portal: PortalHarness, _ citizen: Principal, official: UUID, at start: Date, topic: String = "housing") async throws -> BookReception.Outcome {
        try await BookReception(app: portal.app).run(BookingRequest(officialID: official, start: start, topic: topic, subject: "Mənzil növbəsi haqqında"),
                                                     citizen: citizen, ip: "127.0.0.1")
    }

    static func number(_ outcome: BookReception.Outcome) -> String? {
        if case .booked(let number) = outcome { return number }
        return nil
    }

    static func refusal(_ outcome: BookReception.Outcome) -> Refused? {
        if case .refused(let refused) = outcome { return refused }
        return nil
    }

    /// A signed-in browser of a citizen with an account.
    static func citizenBrowser(_ portal: PortalHarness, fin: String, unit: String = "AZ-QBA", n: Int) async throws -> TestBrowser {
        try await portal.person(fin, idCard: "AA" + String(2_000_000 + n), unit: unit)
        try await portal.account(fin)
        let browser = portal.browser()
        try await browser.signIn(fin, password)
        return browser
    }

    /// A signed-in official's browser (TOTP, office access).
    static func officeBrowser(_ portal: PortalHarness, fin: String, agency: String, role: OfficialRole = .operator_, unit: String? = nil, n: Int) async throws -> TestBrowser {
        let secret = TOTP.generateSecret()
        try await portal.account(fin, roles: [.init(agencyCode: agency, role: role, unitCode: unit)], totpSecret: secret, idCard: "AA" + String(3_000_000 + n))
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, password, code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }
}
