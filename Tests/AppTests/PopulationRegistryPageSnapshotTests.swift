import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing

/// The office's person look-up as the portal serves it (docs/views.md, "Snapshots"). References in
/// __Snapshots__/PopulationRegistryPageSnapshotTests/.
@Suite("Population register page snapshots")
struct PopulationRegistryPageSnapshotTests {
    @Test("person look-up: the form, refused with errors, a person found (with an expired card, without an address), not found, two agencies")
    func lookup() async throws {
        try await withPortal { portal in
            try await portal.person("2QWRT8Z", first: "Elvin", last: "Quliyev", idCard: "AA3456789", unit: "AZ-QBA")
            try await portal.person("7HK2M3P", first: "Nigar", last: "Hüseynova", birth: "1985-03-14", idCard: "AA2345678",
                                    idCardExpires: "2020-06-30", unit: "AZ-QBA")
            try await portal.setAddress("7HK2M3P", nil)
            let quba = try await Self.official(portal, "7QBA8E5", "AA8901234",
                                               [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")])
            try await assertPageSnapshot(quba, "/office/people", named: "form")
            let refused = try await quba.post("/office/people", [("fin", "5VB"), ("purpose", ""), ("reference", "booking 42")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "errors")
            var res = try await quba.post("/office/people", [("fin", "2qwrt8z"), ("purpose", "reception"), ("reference", "booking 42")])
            #expect(res.status == .ok)
            assertHTMLSnapshot(res.body.string, named: "found")
            res = try await quba.post("/office/people", [("fin", "7HK2M3P"), ("purpose", "reception")])
            #expect(res.status == .ok)
            assertHTMLSnapshot(res.body.string, named: "found-expired-card")
            res = try await quba.post("/office/people", [("fin", "9ZZZ9ZZ"), ("purpose", "reception")])
            #expect(res.status == .ok)
            assertHTMLSnapshot(res.body.string, named: "not-found")

            // Acting for two agencies: the page asks which (the order of agencies is their ids', so no snapshot).
            let both = try await Self.official(portal, "1DVX2H8", "AA2233445",
                                               [.init(agencyCode: "DVX", role: .reviewer), .init(agencyCode: "ICRA-QBA", role: .reviewer)])
            let form = try await both.get("/office/people").body.string
            #expect(form.contains(#"<select id="agency" name="agency">"#), "the agency is chosen")
            #expect(form.contains("Dövlət Vergi Xidməti") && form.contains("Quba Rayon İcra Hakimiyyəti"))
        }
    }

    static func official(_ portal: PortalHarness, _ fin: String, _ card: String, _ roles: [ProvisionAccount.Role]) async throws -> TestBrowser {
        let secret = TOTP.generateSecret()
        try await portal.account(fin, roles: roles, totpSecret: secret, idCard: card)
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, "correct horse battery", code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }
}
