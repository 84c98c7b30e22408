import Audit
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing

@Suite("Audit trail")
struct AuditTests {
    func entries(_ portal: PortalHarness) async throws -> Int {
        try await (portal.app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_events").first()!.decode(column: "n", as: Int.self)
    }

    func verify(_ portal: PortalHarness) async throws -> AuditVerification {
        try await AuditModule.trail(for: portal.app).verify(on: portal.app.db)
    }

    /// A DBA with schema rights can drop the append-only triggers; the chain still tells.
    func dropTriggers(_ portal: PortalHarness) async throws {
        let db = portal.app.db
        if db.isSQLite {
            try await db.execute(sql: "DROP TRIGGER audit_events_no_update")
            try await db.execute(sql: "DROP TRIGGER audit_events_no_delete")
        } else {
            try await db.execute(sql: "DROP TRIGGER audit_events_append_only ON audit_events")
        }
    }

    func makeHistory(_ portal: PortalHarness) async throws {
        try await portal.account("5VBK5VR")
        let browser = portal.browser()
        try await browser.signIn("5VBK5VR", "wrong one!")
        try await browser.signIn("5VBK5VR", "correct horse battery")
        try await browser.get("/cabinet")
        try await browser.post("/signout")
    }

    @Test("state changes are recorded, the chain verifies, and the table refuses UPDATE and DELETE")
    func intact() async throws {
        try await withPortal { portal in
            try await makeHistory(portal)
            let count = try await entries(portal)
            #expect(count >= 4)
            #expect(try await verify(portal) == .intact(entries: Int64(count)))
            await expectSchemaRefuses(.trigger("append-only")) { try await portal.app.db.execute(sql: "UPDATE audit_events SET action = 'x' WHERE seq = 1") }
            await expectSchemaRefuses(.trigger("append-only")) { try await portal.app.db.execute(sql: "DELETE FROM audit_events WHERE seq = 1") }
        }
    }

    @Test("editing a row in the database is reported at that row")
    func edited() async throws {
        try await withPortal { portal in
            try await makeHistory(portal)
            try await dropTriggers(portal)
            try await portal.app.db.execute(sql: "UPDATE audit_events SET ip = '10.0.0.99' WHERE seq = 3")
            #expect(try await verify(portal) == .edited(seq: 3))
        }
    }

    @Test("deleting a row in the middle or at the end is reported")
    func deleted() async throws {
        try await withPortal { portal in
            try await makeHistory(portal)
            try await dropTriggers(portal)
            try await portal.app.db.execute(sql: "DELETE FROM audit_events WHERE seq = 2")
            #expect(try await verify(portal) == .deleted(afterSeq: 1, missing: 2...2))
        }
        try await withPortal { portal in
            try await makeHistory(portal)
            let last = try await entries(portal)
            try await dropTriggers(portal)
            try await portal.app.db.execute(sql: "DELETE FROM audit_events WHERE seq = \(last)")
            #expect(try await verify(portal) == .truncated(lastSeq: Int64(last - 1), headSeq: Int64(last)))
        }
    }

    @Test("an inserted or replaced row is reported")
    func inserted() async throws {
        try await withPortal { portal in
            try await makeHistory(portal)
            try await dropTriggers(portal)
            // Replace entry 2 with a forged one: new content, plausible but unkeyed seal.
            try await portal.app.db.execute(sql: "UPDATE audit_events SET prev_hash = '\(String(repeating: "a", count: 64))' WHERE seq = 2")
            #expect(try await verify(portal) == .inserted(seq: 2))
        }
    }

    @Test("appends from many requests at once keep one unbroken chain")
    func concurrentAppends() async throws {
        try await withPortal { portal in
            let trail = portal.app.portal.audit
            let app = portal.app
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        try await trail.record(AuditEvent(actor: .system, action: "test.concurrent", objectID: String(index)), on: app.db)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await verify(portal) == .intact(entries: Int64(try await entries(portal))))
        }
    }
}
