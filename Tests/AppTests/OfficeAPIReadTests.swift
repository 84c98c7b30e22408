@testable import Applications
import Audit
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// An official reading cases over the API reads citizens' data: each case a list returns, and each case
/// opened, is in that citizen's "who looked at my data" as a page view is. Lists carry no answers.
@Suite("Office API reads")
struct OfficeAPIReadTests {
    static func json(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)", "Content-Type": "application/json"] }

    /// A residence certificate applied for and submitted over the API; returns the case id.
    static func submitOverAPI(_ portal: PortalHarness, token: String) async throws -> String {
        let api = portal.browser()
        var res = try await api.send(.POST, "/api/v1/applications", headers: json(token), body: ByteBuffer(string: #"{"service":"ICRA-QBA-0002"}"#))
        #expect(res.status == .created, "\(res.body.string)")
        let id = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])["id"] as? String
        for (page, values) in [("applicant", #"{"phone":"0501234567"}"#), ("residence", #"{"years":"3"}"#), ("purpose", #"{"purpose":"bank","copies":"1"}"#)] {
            res = try await api.send(.PUT, "/api/v1/applications/\(try #require(id))/answers", headers: json(token),
                                     body: ByteBuffer(string: #"{"page":"\#(page)","answers":{"values":\#(values),"groups":{}}}"#))
            #expect(res.status == .ok, "\(page): \(res.body.string)")
        }
        res = try await api.send(.POST, "/api/v1/applications/\(try #require(id))/submit", headers: json(token), body: nil)
        #expect(res.status == .ok && res.body.string.contains("\"status\":\"received\""))
        return try #require(id)
    }

    static func caseReads(_ portal: PortalHarness, _ fin: String) async throws -> Int {
        try await portal.app.portal.audit.dataAccess(for: FIN(uncheckedValue: fin), limit: 500, on: portal.app.db)
            .filter { $0.action == "applications.case.read" && $0.purpose == "case_handling" }.count
    }

    @Test("each case of an official's API list is an audited read of its applicant's data (one entry per case, one batch); lists carry summaries, the single read the answers")
    func listAndGetAreAuditedReads() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let citizens = [ApplicationFlowTests.citizen, ApplicationFlowTests.otherCitizen]
            var ids: [String: String] = [:]
            for fin in citizens {
                let token = try await APITests.token(portal, fin: fin, scopes: ["applications:read", "applications:write"])
                ids[fin] = try await Self.submitOverAPI(portal, token: token)
                // The citizen's own list: summaries, no answers.
                let own = try await portal.browser().send(.GET, "/api/v1/applications", headers: Self.json(token), body: nil)
                #expect(own.status == .ok && own.body.string.contains(ids[fin]!) && !own.body.string.contains("\"answers\""))
            }
            let officeToken = try await APITests.token(portal, fin: ApplicationFlowTests.qubaOperator, scopes: ["applications:office"],
                                                       totpSecret: cast.secrets[ApplicationFlowTests.qubaOperator])
            let raw = try await portal.browser().get("/api/openapi.json")
            let validator = OpenAPIValidator(document: try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView)))
            let before = try await citizens.asyncMap { try await Self.caseReads(portal, $0) }
            let sql = portal.app.db as! any SQLDatabase
            let lastSeq = try await sql.raw("SELECT MAX(seq) AS n FROM audit_events").first()!.decode(column: "n", as: Int64.self)

            var res = try await portal.browser().send(.GET, "/api/v1/office/applications", headers: Self.json(officeToken), body: nil)
            #expect(res.status == .ok && res.body.string.contains(ids[citizens[0]]!) && res.body.string.contains(ids[citizens[1]]!))
            #expect(!res.body.string.contains("\"answers\"") && !res.body.string.contains("+994501234567"), "a list carries no answers")
            #expect(validator.problems(method: "GET", path: "/api/v1/office/applications", status: 200,
                                       contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView)).isEmpty)
            let afterList = try await citizens.asyncMap { try await Self.caseReads(portal, $0) }
            #expect(afterList == before.map { $0 + 1 }, "one read per case listed, in each applicant's log")
            // One batch: the list's entries follow each other with one timestamp, and the chain is intact.
            let rows = try await sql.raw("SELECT seq, occurred_at_us, subject_fin, purpose FROM audit_events WHERE seq > \(bind: lastSeq) AND action = 'applications.case.read' ORDER BY seq").all()
            #expect(rows.count == 2)
            #expect(Set(try rows.map { try $0.decode(column: "occurred_at_us", as: Int64.self) }).count == 1)
            #expect(try rows.map { try $0.decode(column: "seq", as: Int64.self) } == [lastSeq + 1, lastSeq + 2])
            #expect(Set(try rows.map { try $0.decode(column: "subject_fin", as: String.self) }) == Set(citizens))
            #expect(try await AuditModuleVerify.verify(portal), "the chain verifies after a batch")

            // The single read: the answers, one more read in that citizen's log only.
            let one = ids[citizens[0]]!
            res = try await portal.browser().send(.GET, "/api/v1/office/applications/\(one)", headers: Self.json(officeToken), body: nil)
            #expect(res.status == .ok && res.body.string.contains("\"answers\"") && res.body.string.contains("+994501234567"))
            #expect(validator.problems(method: "GET", path: "/api/v1/office/applications/\(one)", status: 200,
                                       contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView)).isEmpty)
            #expect(try await citizens.asyncMap { try await Self.caseReads(portal, $0) } == [afterList[0] + 1, afterList[1]])

            // A step over the API answers where the case stands, not its answers.
            res = try await portal.browser().send(.POST, "/api/v1/office/applications/\(one)/transition", headers: Self.json(officeToken),
                                                  body: ByteBuffer(string: #"{"to":"in_review"}"#))
            #expect(res.status == .ok && res.body.string.contains("in_review") && !res.body.string.contains("\"answers\""))
            #expect(validator.problems(method: "POST", path: "/api/v1/office/applications/\(one)/transition", status: 200,
                                       contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView)).isEmpty)

            // The citizen sees the reads in the cabinet, with the agency (as for a page view).
            let citizen = try await cast.browser(citizens[1])
            let page = try await citizen.get("/cabinet/data-access").body.string
            #expect(page.contains("Quba Rayon İcra Hakimiyyəti"))
        }
    }

    @Test("an empty list writes no audit entry; a batch that fails with its transaction leaves nothing behind")
    func batchIsAtomic() async throws {
        try await withPortal { portal in
            let trail = portal.app.portal.audit
            let sql = portal.app.db as! any SQLDatabase
            func count() async throws -> Int { try await sql.raw("SELECT COUNT(*) AS n FROM audit_events").first()!.decode(column: "n", as: Int.self) }
            let start = try await count()
            try await trail.recordAll([], on: portal.app.db)
            #expect(try await count() == start)
            struct Boom: Error {}
            let events = (0..<250).map { AuditEvent(actor: .system, action: "test.batch", objectID: String($0)) }
            await #expect(throws: Boom.self) {
                try await portal.app.db.writeTransaction { db in
                    try await trail.recordAll(events, on: db)
                    throw Boom()
                }
            }
            #expect(try await count() == start)
            try await trail.recordAll(events, on: portal.app.db)
            #expect(try await count() == start + 250)
            #expect(try await AuditModuleVerify.verify(portal))
        }
    }
}

/// The chain verifies end to end.
enum AuditModuleVerify {
    static func verify(_ portal: PortalHarness) async throws -> Bool {
        let entries = try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_events").first()!.decode(column: "n", as: Int64.self)
        return try await Audit.AuditModule.trail(for: portal.app).verify(on: portal.app.db) == .intact(entries: entries)
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
