import Foundation
import PortalHTTP
import PortalTesting
@testable import Reference
import Testing

@Suite("Reference data: the directory and its API")
struct ReferenceDirectoryTests {
    @Test("the directory holds the 78 units and the agencies; search works with or without Azerbaijani letters")
    func directory() async throws {
        try await withPortal { portal in
            let directory = portal.app.portal.directory
            let units = try await directory.units()
            #expect(units.count == 78)
            #expect(Set(units.map(\.code)).count == 78, "unit codes are unique")
            let quba = try #require(try await directory.agency(code: "ICRA-QBA"))
            #expect(quba.isLocalExecutive && quba.territorialUnitCode == "AZ-QBA")
            #expect(try await directory.agency(id: quba.id) == quba)
            #expect(try await directory.unit(code: "AZ-QBA")?.name.az == "Quba")
            #expect(try await directory.agency(code: "NO-SUCH") == nil)

            let cached = try #require(directory as? CachedReferenceDirectory)
            let withLetters = try await cached.searchUnits("Şəki").map(\.code)
            #expect(!withLetters.isEmpty)
            #expect(try await cached.searchUnits("seki").map(\.code) == withLetters, "typed without Azerbaijani letters")
            #expect(try await cached.searchAgencies("").count == (try await directory.agencies()).count, "an empty query lists all")
        }
    }

    @Test("agency(code:on:) reads on the caller's transaction: it sees a row the cache cannot see yet")
    func readsOnTheCallersDatabase() async throws {
        try await withPortal { portal in
            let directory = portal.app.portal.directory
            _ = try await directory.agencies()  // the cache is loaded
            let seen = try await portal.app.db.writeTransaction { db -> (inTransaction: AgencySummary?, cached: AgencySummary?) in
                let agency = AgencyModel()
                agency.id = UUID()
                agency.code = "TEST-NEW"
                agency.kind = .stateAgency
                agency.nameAz = "Sınaq agentliyi"
                agency.searchKey = "sinaq agentliyi"
                try await agency.create(on: db)
                return (try await directory.agency(code: "TEST-NEW", on: db), try await directory.agency(code: "TEST-NEW"))
            }
            #expect(seen.inTransaction?.name.az == "Sınaq agentliyi" && seen.inTransaction?.kind == .stateAgency)
            #expect(seen.cached == nil, "the cache is not reloaded by a write it did not see")
        }
    }

    @Test("the units' API answers the list envelope: all 78 by default, pages on request, bad paging 422")
    func unitsAPI() async throws {
        try await withPortal { portal in
            let browser = portal.browser()
            struct Page: Decodable { var items: [Item]; var total: Int; var limit: Int; var offset: Int; struct Item: Decodable { var code: String } }
            var res = try await browser.get("/api/v1/territorial-units")
            #expect(res.status == .ok)
            let all = try JSONDecoder().decode(Page.self, from: Data(res.body.string.utf8))
            #expect(all.items.count == 78 && all.total == 78 && all.limit == 100 && all.offset == 0)
            res = try await browser.get("/api/v1/territorial-units?limit=10&offset=70")
            let tail = try JSONDecoder().decode(Page.self, from: Data(res.body.string.utf8))
            #expect(tail.items.map(\.code) == Array(all.items.map(\.code)[70...]) && tail.total == 78 && tail.limit == 10 && tail.offset == 70)
            res = try await browser.get("/api/v1/territorial-units?limit=0")
            #expect(res.status == .unprocessableEntity && res.headers.contentType?.subType == "problem+json")
        }
    }
}
