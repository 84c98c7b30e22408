@testable import Applications
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// What a first-time citizen of the demo meets: the register knows their address, so the residence
/// certificate, whose address is the register's, can be applied for and submitted.
@Suite("A first-time citizen")
struct FirstTimeCitizenTests {
    static func seedRegister(_ portal: PortalHarness) async throws {
        for module in portal.app.portal.modules where module.name == "population" {
            try await module.seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
        }
    }

    @Test("the demo register gives every person a full address (unit, street and house, flat, the district's postal code) and an identity document")
    func everyoneHasAnAddress() async throws {
        try await withPortal { portal in
            try await Self.seedRegister(portal)
            let sql = portal.app.db as! any SQLDatabase
            let people = try await sql.raw("SELECT fin, address, territorial_unit_code FROM population_persons").all()
            #expect(people.count == DemoCast.people.count + 300 + 1, "the cast, the generated residents and the demo's newborn")
            var areas: [String: Set<String>] = [:]
            for row in people {
                let fin = try row.decode(column: "fin", as: String.self)
                let address = try row.decode(column: "address", as: String?.self) ?? ""
                let unit = try row.decode(column: "territorial_unit_code", as: String?.self)
                #expect(unit != nil, "\(fin) has a unit")
                let parts = address.components(separatedBy: ", ")
                #expect(parts.count >= 4, "\(fin): \(address)")
                #expect(parts.first?.hasSuffix(" şəhəri") == true || parts.first?.hasSuffix(" rayonu") == true, "\(fin): the unit first: \(address)")
                #expect(parts.dropFirst().contains { $0.range(of: #" \d+$"#, options: .regularExpression) != nil }, "\(fin): street and house: \(address)")
                #expect(parts.contains { $0.range(of: #"^mənzil \d+$"#, options: .regularExpression) != nil }, "\(fin): flat: \(address)")
                guard let last = parts.last, case .success(let postal) = PostalCode.parse(last), last == postal.value else {
                    Issue.record("\(fin): no postal code at the end: \(address)")
                    continue
                }
                areas[unit ?? "", default: []].insert(postal.districtDigits)
            }
            #expect(areas.values.allSatisfy { $0.count == 1 }, "one postal district per unit: \(areas.filter { $0.value.count > 1 })")
            let documents = try await sql.raw("SELECT COUNT(DISTINCT fin) AS n FROM population_documents WHERE kind = 'id_card' AND number <> ''").first()!
            #expect(try documents.decode(column: "n", as: Int.self) == people.count - 1, "everyone but the newborn has an identity card")
        }
    }

    @Test("a newly registered resident of the demo register applies for the residence certificate and submits it")
    func residenceCertificate() async throws {
        try await withPortal { portal in
            try await Self.seedRegister(portal)
            let cast = try await ApplicationFlowTests.cast(portal)
            let inCast = Set(DemoCast.people.map(\.fin))
            let sql = portal.app.db as! any SQLDatabase
            let row = try #require(try await sql.raw("SELECT fin, address, territorial_unit_code FROM population_persons ORDER BY fin").all()
                .first { !inCast.contains((try? $0.decode(column: "fin", as: String.self)) ?? "") })
            let fin = try row.decode(column: "fin", as: String.self)
            let address = try row.decode(column: "address", as: String.self)
            let unit = try row.decode(column: "territorial_unit_code", as: String.self)
            try await portal.account(fin)
            let browser = try await cast.browser(fin)
            let service = ApplicationFlowTests.service
            try await browser.get("/services/\(service)/apply")
            var res = try await browser.post("/services/\(service)/apply")
            let id = try #require(ApplicationFlowTests.caseID(from: res.headers.first(name: .location)))
            try await browser.follow(res)
            res = try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/residence")
            let residence = try await browser.follow(res).body.string
            #expect(residence.contains("value=\"\(address)\" readonly"), "the address is the register's, shown and not asked")
            res = try await browser.post("/applications/\(id)/pages/residence", [("years", "7")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/purpose", "\(res.status): \(res.body.string.suffix(1500))")
            try await browser.follow(res)
            res = try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check")
            let check = try await browser.get("/applications/\(id)/check").body.string
            #expect(check.contains(address), "the register's address is the answer")
            res = try await browser.post("/applications/\(id)/submit")
            #expect(res.headers.first(name: .location) == "/applications/\(id)", "\(res.status): \(res.body.string.suffix(1500))")
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .received && model.answers.values["address"] == address && model.unitCode == unit)
        }
    }
}
