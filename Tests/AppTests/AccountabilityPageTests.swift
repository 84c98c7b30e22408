@testable import Accountability
import Foundation
import Identity
import PortalCore
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The accountability pages as the portal serves them (snapshots in az), their CSV and JSON, and the
/// head's view of overdue cases with its object-level check. References in
/// __Snapshots__/AccountabilityPageTests/.
@Suite("Accountability pages")
struct AccountabilityPageTests {
    typealias F = AccountabilityFixtures
    static let password = "correct horse battery"

    /// G: EN, Quba, received Mon 2 Nov with 3 days (due Thu 5), still in review, held by the operator:
    /// 7 working days late on Wed 18.
    static func overdue(assignee: UUID) -> F.CaseSpec {
        F.CaseSpec(number: "OW-2026-900007", unit: "AZ-QBA", service: "S1", received: 2, days: 3, assignee: assignee)
    }

    static func seeded(_ portal: PortalHarness, compute: Bool = true) async throws {
        let applicant = try await portal.account("7HK2M3P")
        let operatorID = try await portal.account("7ENXP01", roles: [.init(agencyCode: "EN", role: .operator_, unitCode: "AZ-QBA")])
        try await F.seedCases(portal, applicant: applicant)
        try await F.seedCases(portal, applicant: applicant, specs: [overdue(assignee: operatorID)])
        try await F.seedReception(portal)
        if compute { try await ComputeFigures(app: portal.app).run(from: F.day(1), to: F.day(18)) }
    }

    static func official(_ portal: PortalHarness, _ fin: String, _ role: ProvisionAccount.Role) async throws -> TestBrowser {
        let secret = TOTP.generateSecret()
        try await portal.account(fin, roles: [role], totpSecret: secret)
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, password, code: portal.totp(secret))
        return browser
    }

    @Test("the overview before any computation, then with figures; an authority, a unit and a service")
    func pages() async throws {
        try await withPortal { portal in
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/accountability", named: "overview-empty")
            try await Self.seeded(portal)
            try await assertPageSnapshot(visitor, "/accountability", named: "overview")
            try await assertPageSnapshot(visitor, "/accountability/agencies/EN", named: "agency")
            try await assertPageSnapshot(visitor, "/accountability/units/AZ-MAS", named: "unit")
            try await assertPageSnapshot(visitor, "/accountability/services/S1", named: "service")
            #expect(try await visitor.get("/accountability/agencies/NOPE").status == .notFound)
            #expect(try await visitor.get("/accountability/services/NOPE").status == .notFound)
            #expect(try await visitor.get("/accountability/planets/EN").status == .notFound)
        }
    }

    @Test("CSV beside every table, formula cells neutralised; JSON in the list envelope")
    func downloads() async throws {
        try await withPortal { portal in
            try await Self.seeded(portal)
            let visitor = portal.browser()
            let ranking = try await visitor.get("/accountability/agencies.csv")
            #expect(ranking.status == .ok && ranking.headers.contentType?.subType == "csv")
            let lines = ranking.body.string.split(separator: "\r\n").map(String.init)
            #expect(lines.first?.hasPrefix("rank,agency_code,agency,received,closed,on_time,late,on_time_share,median_working_days") == true)
            #expect(lines.dropFirst().first?.hasPrefix("1,ICRA-QBA,") == true)
            #expect(lines.contains { $0.hasPrefix("2,EN,") && $0.contains(",6,4,3,1,0.7500,4,7,3.00,2,") })
            let months = try await visitor.get("/accountability/units/AZ-MAS/months.csv")
            #expect(months.body.string.contains("2026-11,2,2,1,1,0.5000,3,7,"))
            #expect(CSV.cell("=SUM(A1)") == "'=SUM(A1)")
            #expect(try await visitor.get("/accountability/units.csv").body.string.contains("AZ-QBA,"))
            let list = try await visitor.get("/api/v1/accountability/agencies")
            let json = try JSONSerialization.jsonObject(with: Data(list.body.readableBytesView)) as? [String: Any]
            #expect(json?["total"] as? Int == 2 && json?["limit"] as? Int == 100 && json?["offset"] as? Int == 0)
            let first = (json?["items"] as? [[String: Any]])?.first
            #expect(first?["code"] as? String == "ICRA-QBA" && first?["rank"] as? Int == 1)
            let detail = try await visitor.get("/api/v1/accountability/agencies/EN")
            let body = try JSONSerialization.jsonObject(with: Data(detail.body.readableBytesView)) as? [String: Any]
            let figures = body?["figures"] as? [String: Any]
            #expect(figures?["medianWorkingDays"] as? Int == 4 && figures?["p90WorkingDays"] as? Int == 7 && figures?["late"] as? Int == 1)
            #expect((body?["months"] as? [Any])?.count == 12)
            #expect(try await visitor.get("/api/v1/accountability/agencies/NOPE").status == .notFound)
            // Every answer as the OpenAPI document says.
            let raw = try await visitor.get("/api/openapi.json")
            let validator = OpenAPIValidator(document: try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView)))
            for path in ["/api/v1/accountability/agencies", "/api/v1/accountability/units?limit=1&offset=1", "/api/v1/accountability/services",
                         "/api/v1/accountability/agencies/EN", "/api/v1/accountability/units/AZ-QBA", "/api/v1/accountability/services/S1",
                         "/api/v1/accountability/agencies/NOPE", "/api/v1/accountability/agencies?limit=0"] {
                let res = try await visitor.get(path)
                let problems = validator.problems(method: "GET", path: path, status: Int(res.status.code),
                                                  contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView))
                #expect(problems.isEmpty, "\(path): \(problems)")
            }
        }
    }

    @Test("a head sees the agency's overdue cases by official; another agency's head and a unit head of elsewhere do not")
    func overdueCases() async throws {
        try await withPortal { portal in
            try await Self.seeded(portal, compute: false)
            let head = try await Self.official(portal, "7ENHD01", .init(agencyCode: "EN", role: .head, unitCode: nil))
            try await assertPageSnapshot(head, "/office/accountability", named: "office-index")
            try await assertPageSnapshot(head, "/office/accountability/agencies/EN", named: "office-overdue")
            let csv = try await head.get("/office/accountability/agencies/EN/overdue.csv")
            #expect(csv.body.string.contains("OW-2026-900007,S1,AZ-QBA,2026-11-05,7"))
            // The Quba executive authority's head: EN's cases are not theirs (404, as if there were none).
            let other = try await Self.official(portal, "7QBHD01", .init(agencyCode: "ICRA-QBA", role: .head, unitCode: nil))
            #expect(try await other.get("/office/accountability/agencies/EN").status == .notFound)
            #expect(try await other.get("/office/accountability/agencies/EN/overdue.csv").status == .notFound)
            #expect(try await other.get("/office/accountability/agencies/ICRA-QBA").status == .ok)
            // EN's head in Masallı sees only Masallı: none of Quba's overdue case.
            let masalli = try await Self.official(portal, "7ENHD02", .init(agencyCode: "EN", role: .head, unitCode: "AZ-MAS"))
            let page = try await masalli.get("/office/accountability/agencies/EN")
            #expect(page.status == .ok && !page.body.string.contains("OW-2026-900007"))
            // An operator has no such view.
            let operatorBrowser = try await Self.official(portal, "7ENXP02", .init(agencyCode: "EN", role: .operator_, unitCode: "AZ-QBA"))
            #expect(try await operatorBrowser.get("/office/accountability/agencies/EN").status == .forbidden)
        }
    }
}
