import Foundation
import PortalHTTP
import PortalTesting
import Testing

@Suite("Database")
struct DatabaseTests {
    @Test("SQLite connections run with WAL, synchronous=FULL, foreign keys and a bounded busy timeout")
    func sqliteSettings() async throws {
        guard TestDatabases.postgresURL == nil else { return }
        try await withPortal { portal in
            let settings = try await PortalDatabase.prepareSQLiteConnections(portal.app)
            #expect(!settings.isEmpty)
            for effective in settings { #expect(effective == .required) }
            // Every event loop's own connection, read back independently.
            for loop in portal.app.eventLoopGroup.makeIterator() {
                let db = portal.app.databases.database(logger: portal.app.logger, on: loop) as! any SQLDatabase
                #expect(try await PortalDatabase.readSQLiteSettings(db) == .required)
            }
        }
    }

    @Test("reference data: 78 units, 14 economic regions, one executive authority per city and rayon")
    func referenceData() async throws {
        try await withPortal { portal in
            let directory = portal.app.portal.directory
            let units = try await directory.units()
            #expect(units.count == 78)
            #expect(Set(units.map(\.economicRegion.az)).count == 14)
            #expect(units.filter { $0.kind == .city }.count == 11)
            let agencies = try await directory.agencies()
            let local = agencies.filter(\.isLocalExecutive)
            #expect(local.count == 77)
            #expect(Set(local.compactMap(\.territorialUnitCode)).count == 77)
            #expect(try await directory.agency(code: "ICRA-QBA")?.name.az == "Quba Rayon İcra Hakimiyyəti")
            #expect(try await directory.agency(code: "ICRA-GA")?.name.en == "Ganja City Executive Authority")
            #expect(try await directory.unit(code: "AZ-KAN")?.name.az == "Kəngərli")  // U+01DD normalised
            let tax = try #require(try await directory.agency(code: "DVX"))
            #expect(try await directory.agency(id: tax.parentID!)?.code == "ECON")
            #expect(agencies.filter { !$0.isLocalExecutive }.count >= 30)
        }
    }

    @Test("invariants live in the schema: unique FIN, foreign keys, checks")
    func schemaInvariants() async throws {
        try await withPortal { portal in
            let sql = portal.app.db as! any SQLDatabase
            try await portal.person("5VBK5VR")
            await expectSchemaRefuses(.constraint) { try await portal.person("5VBK5VR") }
            await expectSchemaRefuses(.constraint) {
                try await sql.raw("INSERT INTO population_persons (fin, first_name, last_name, patronymic, birth_date) VALUES ('short', 'a', 'b', 'c', '1990-01-01')").run()
            }
            await expectSchemaRefuses(.constraint) {
                try await sql.raw("INSERT INTO population_documents (id, fin, kind, number, issued_on) VALUES ('\(unsafeRaw: UUID().uuidString)', 'NOPE123', 'id_card', 'AA0000001', '2020-01-01')").run()
            }
            await expectSchemaRefuses(.constraint) {
                try await sql.raw("INSERT INTO identity_roles (id, user_id, role) VALUES ('\(unsafeRaw: UUID().uuidString)', '\(unsafeRaw: UUID().uuidString)', 'operator')").run()
            }
        }
    }

    @Test("write transactions serialise concurrent read-modify-write without losing updates")
    func writeTransactions() async throws {
        try await withPortal { portal in
            let sql = portal.app.db as! any SQLDatabase
            try await sql.raw("CREATE TABLE counter_test (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)").run()
            try await sql.raw("INSERT INTO counter_test (id, value) VALUES (1, 0)").run()
            let app = portal.app
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        let loop = app.eventLoopGroup.any()
                        let db = app.databases.database(logger: app.logger, on: loop)!
                        try await db.writeTransaction { db in
                            let sql = db as! any SQLDatabase
                            let row = try await sql.raw("SELECT value FROM counter_test WHERE id = 1\(unsafeRaw: db.forUpdate)").first()
                            let value = try row!.decode(column: "value", as: Int.self)
                            try await sql.raw("UPDATE counter_test SET value = \(bind: value + 1) WHERE id = 1").run()
                        }
                    }
                }
                try await group.waitForAll()
            }
            let final = try await sql.raw("SELECT value FROM counter_test WHERE id = 1").first()!.decode(column: "value", as: Int.self)
            #expect(final == 40)
        }
    }
}
