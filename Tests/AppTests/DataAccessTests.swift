import Foundation
import Identity
import PortalHTTP
import PopulationRegistry
import PortalTesting
import Testing

@Suite("Who looked at my data")
struct DataAccessTests {
    static let password = "correct horse battery"

    @Test("an official's look-up with a purpose shows in the citizen's cabinet with the agency, not the official")
    func lookupIsVisible() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let secret = TOTP.generateSecret()
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")], totpSecret: secret)
            let official = portal.browser()
            try await official.signIn("7QBA8E5", Self.password, code: portal.totp(secret))
            var res = try await official.get("/office/people")
            #expect(res.status == .ok)
            res = try await official.post("/office/people", [("fin", "5VBK5VR"), ("purpose", "")])
            #expect(res.status == .unprocessableEntity, "a look-up needs a reason")
            res = try await official.post("/office/people", [("fin", "5vbk5vr"), ("purpose", "reception"), ("reference", "booking 42")])
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Testov Test Test oğlu"))

            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            let page = try await citizen.get("/cabinet/data-access").body.string
            #expect(page.contains("Quba Rayon İcra Hakimiyyəti"))
            #expect(page.contains("Vətəndaş qəbulu (booking 42)"))
            #expect(!page.contains("Nəbiyev") && !page.contains("7QBA8E5"), "the official's name is not shown")
        }
    }

    /// Two residents of Quba and one of Masallı; a Quba operator scoped to Quba, a Quba agency administrator,
    /// and an agency-wide reviewer of the State Tax Service.
    static func twoRegions(_ portal: PortalHarness) async throws -> [String: [UInt8]] {
        try await portal.person("5VBK5VR", first: "Aysel", last: "Məmmədova", idCard: "AA1234567", unit: "AZ-QBA")
        try await portal.person("2QWRT8Z", first: "Elvin", last: "Quliyev", idCard: "AA3456789", unit: "AZ-QBA")
        try await portal.person("7HK2M3P", first: "Nigar", last: "Hüseynova", idCard: "AA2345678", unit: "AZ-MAS")
        try await portal.account("7HK2M3P")
        var secrets: [String: [UInt8]] = [:]
        for (fin, card, role) in [("7QBA8E5", "AA8901234", ProvisionAccount.Role(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")),
                                  ("9QBA1G7", "AA1122334", .init(agencyCode: "ICRA-QBA", role: .agencyAdmin)),
                                  ("1DVX2H8", "AA2233445", .init(agencyCode: "DVX", role: .reviewer))] {
            secrets[fin] = TOTP.generateSecret()
            try await portal.account(fin, roles: [role], totpSecret: secrets[fin], idCard: card)
        }
        return secrets
    }

    static func official(_ portal: PortalHarness, _ fin: String, _ secret: [UInt8]) async throws -> TestBrowser {
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, Self.password, code: portal.totp(secret))
        try await browser.get("/office")  // a page of the signed-in session, with its form token
        return browser
    }

    @Test("look-ups: only the agency's purposes, only residents of the official's region, no look-up right for an agency administrator")
    func lookupRules() async throws {
        try await withPortal { portal in
            let secrets = try await Self.twoRegions(portal)
            let quba = try await Self.official(portal, "7QBA8E5", secrets["7QBA8E5"]!)
            let form = try await quba.get("/office/people")
            #expect(form.status == .ok && form.body.string.contains("Vətəndaşların müraciətləri haqqında"), "each purpose with its legal basis")
            var res = try await quba.post("/office/people", [("fin", "5VBK5VR"), ("purpose", "curiosity")])
            #expect(res.status == .unprocessableEntity, "a purpose not in the agency's list")
            res = try await quba.post("/office/people", [("fin", "2QWRT8Z"), ("purpose", "reception")])
            #expect(res.status == .ok && res.body.string.contains("Quliyev Elvin"), "a resident of the official's region")
            // A resident of Masallı answers like a FIN not in the register: nothing is shown, nothing is in their log.
            res = try await quba.post("/office/people", [("fin", "7HK2M3P"), ("purpose", "reception"), ("reference", "probe")])
            #expect(res.status == .ok && !res.body.string.contains("Hüseynova") && res.body.string.contains("Bu FİN reyestrdə tapılmadı"))
            let citizen = portal.browser()
            try await citizen.signIn("7HK2M3P", Self.password)
            #expect(try await citizen.get("/cabinet/data-access").body.string.contains("Heç kim məlumatlarınıza baxmayıb"))
            let refused = try await (portal.app.db as! any SQLDatabase).raw("""
                SELECT details, personal_data_read FROM audit_events WHERE action = 'population.person.read' AND subject_fin = '7HK2M3P'
                """).first()
            #expect(try refused?.decode(column: "details", as: String.self).contains("outside_region") == true, "the refused look-up is audited")

            // The State Tax Service holds no reception purpose; its agency-wide reviewer finds anyone.
            let tax = try await Self.official(portal, "1DVX2H8", secrets["1DVX2H8"]!)
            #expect(try await tax.post("/office/people", [("fin", "7HK2M3P"), ("purpose", "reception")]).status == .unprocessableEntity)
            res = try await tax.post("/office/people", [("fin", "7HK2M3P"), ("purpose", "verification"), ("reference", "VAT return")])
            #expect(res.status == .ok && res.body.string.contains("Hüseynova Nigar"))
            let log = try await citizen.get("/cabinet/data-access").body.string
            #expect(log.contains("Dövlət Vergi Xidməti") && log.contains("VAT return"))

            // An agency administrator manages officials; looking people up is not part of that.
            let admin = try await Self.official(portal, "9QBA1G7", secrets["9QBA1G7"]!)
            #expect(try await admin.get("/office/people").status == .forbidden)
            #expect(try await admin.post("/office/people", [("fin", "5VBK5VR"), ("purpose", "reception")]).status == .forbidden)
        }
    }

    @Test("look-ups are limited per official per hour: 429 with Retry-After, counted in the database, open again the next hour")
    func lookupRateLimit() async throws {
        try await withPortal { portal in
            let secrets = try await Self.twoRegions(portal)
            portal.app.population.settings.lookupsPerHour = 3
            let quba = try await Self.official(portal, "7QBA8E5", secrets["7QBA8E5"]!)
            try await quba.get("/office/people")
            for _ in 0..<3 {
                #expect(try await quba.post("/office/people", [("fin", "2QWRT8Z"), ("purpose", "reception")]).status == .ok)
            }
            let now = portal.clock.now().timeIntervalSince1970
            let expected = Int((3600 - now.truncatingRemainder(dividingBy: 3600)).rounded(.up))
            let limited = try await quba.post("/office/people", [("fin", "2QWRT8Z"), ("purpose", "reception")])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: "Retry-After") == String(max(1, expected)))
            #expect(!limited.body.string.contains("Quliyev"))
            // Another official has their own quota.
            let tax = try await Self.official(portal, "1DVX2H8", secrets["1DVX2H8"]!)
            #expect(try await tax.post("/office/people", [("fin", "2QWRT8Z"), ("purpose", "verification")]).status == .ok)
            let reads = try await (portal.app.db as! any SQLDatabase).raw("""
                SELECT count(*) AS n FROM audit_events WHERE action = 'population.person.read' AND subject_fin = '2QWRT8Z'
                """).first()!.decode(column: "n", as: Int.self)
            #expect(reads == 4, "the refused look-up read nothing")
            portal.clock.advance(by: TimeInterval(expected))
            let again = try await Self.official(portal, "7QBA8E5", secrets["7QBA8E5"]!)
            #expect(try await again.post("/office/people", [("fin", "2QWRT8Z"), ("purpose", "reception")]).status == .ok)
        }
    }

    @Test("a citizen reading their own data is not a third-party read; a failed look-up of a FIN not in the register is audited but not shown")
    func ownReads() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await citizen.get("/cabinet")
            let page = try await citizen.get("/cabinet/data-access").body.string
            #expect(page.contains("Heç kim məlumatlarınıza baxmayıb"))
        }
    }

    @Test("the office needs an official role and a verified second factor")
    func officeAccess() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)])
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            #expect(try await citizen.get("/office").status == .forbidden)
            #expect(try await citizen.get("/office/people").status == .forbidden)
            let official = portal.browser()
            try await official.signIn("7QBA8E5", Self.password)
            let res = try await official.get("/office")
            #expect(res.headers.first(name: .location) == "/cabinet/security/totp?reason=office", "no office without TOTP")
            #expect(try await portal.browser().get("/office").headers.first(name: .location)?.hasPrefix("/signin?next=") == true)
        }
    }
}
