import Fluent
import Foundation
import PortalCore
import PortalDB
import PortalHTTP
import SQLKit

/// A birth the register recorded: the child (a person of the register) and the parents' FINs. The
/// proactive scan offers the child benefit to the parents from it.
final class BirthModel: Model, @unchecked Sendable {
    static let schema = "population_births"

    @ID(custom: "child_fin", generatedBy: .user) var id: String?
    @OptionalField(key: "mother_fin") var motherFIN: String?
    @OptionalField(key: "father_fin") var fatherFIN: String?
    @Field(key: "registered_on") var registeredOn: String

    init() {}
}

/// Births, and the indexes the proactive scan's ranges need: documents by (kind, expiry, number) for
/// the window and keyset, by (holder, kind, expiry) for "already renewed".
struct AddBirthsAndExpiryIndexes: PortalMigration {
    static let stableName = "population.v2.births"

    func prepare(on database: any Database) async throws {
        try await database.schema(BirthModel.schema)
            .field("child_fin", .string, .identifier(auto: false), .references(PersonModel.schema, "fin", onDelete: .cascade))
            .field("mother_fin", .string, .references(PersonModel.schema, "fin"))
            .field("father_fin", .string, .references(PersonModel.schema, "fin"))
            .field("registered_on", .string, .required)
            .check("ck_population_births_parent", "mother_fin IS NOT NULL OR father_fin IS NOT NULL")
            .check("ck_population_births_registered_on", "length(registered_on) = 10")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_population_births_registered ON population_births (registered_on, child_fin)")
        try await database.execute(sql: "CREATE INDEX ix_population_documents_expiry ON population_documents (kind, expires_on, number)")
        try await database.execute(sql: "CREATE INDEX ix_population_documents_holder ON population_documents (fin, kind, expires_on)")
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX ix_population_documents_holder")
        try await database.execute(sql: "DROP INDEX ix_population_documents_expiry")
        try await database.schema(BirthModel.schema).delete()
    }
}

/// The proactive scan's reads of the register: one indexed range query per page.
struct DatabaseExpiringDocuments: ExpiringDocumentSource {
    func expiring(_ kind: IdentityDocument.Kind, from: LocalDate, through: LocalDate, after cursor: ExpiringDocument?,
                  limit: Int, on db: any Database) async throws -> [ExpiringDocument] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let afterDate = cursor?.expiresOn.iso ?? "", afterNumber = cursor?.number ?? ""
        let rows = try await sql.raw("""
            SELECT d.fin, d.number, d.expires_on FROM population_documents d
            WHERE d.kind = \(bind: kind.rawValue) AND d.expires_on >= \(bind: from.iso) AND d.expires_on <= \(bind: through.iso)
              AND (d.expires_on > \(bind: afterDate) OR (d.expires_on = \(bind: afterDate) AND d.number > \(bind: afterNumber)))
              AND NOT EXISTS (SELECT 1 FROM population_documents n
                              WHERE n.fin = d.fin AND n.kind = d.kind AND n.expires_on > d.expires_on)
            ORDER BY d.expires_on, d.number LIMIT \(bind: limit)
            """).all()
        return try rows.compactMap { row in
            guard let expires = LocalDate(iso: try row.decode(column: "expires_on", as: String.self)) else { return nil }
            return ExpiringDocument(fin: try row.decode(column: "fin", as: String.self), kind: kind,
                                    number: try row.decode(column: "number", as: String.self), expiresOn: expires)
        }
    }

    func births(registeredFrom from: LocalDate, through: LocalDate, after cursor: RegisteredBirth?,
                limit: Int, on db: any Database) async throws -> [RegisteredBirth] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let afterDay = cursor?.registeredOn.iso ?? "", afterFIN = cursor?.childFIN ?? ""
        let rows = try await sql.raw("""
            SELECT b.child_fin, b.mother_fin, b.father_fin, b.registered_on, p.first_name, p.last_name, p.birth_date
            FROM population_births b JOIN population_persons p ON p.fin = b.child_fin
            WHERE b.registered_on >= \(bind: from.iso) AND b.registered_on <= \(bind: through.iso)
              AND (b.registered_on > \(bind: afterDay) OR (b.registered_on = \(bind: afterDay) AND b.child_fin > \(bind: afterFIN)))
            ORDER BY b.registered_on, b.child_fin LIMIT \(bind: limit)
            """).all()
        return try rows.compactMap { row in
            guard let registered = LocalDate(iso: try row.decode(column: "registered_on", as: String.self)),
                  let born = LocalDate(iso: try row.decode(column: "birth_date", as: String.self)) else { return nil }
            let parents = [try row.decode(column: "mother_fin", as: String?.self), try row.decode(column: "father_fin", as: String?.self)]
            return RegisteredBirth(childFIN: try row.decode(column: "child_fin", as: String.self),
                                   childName: "\(try row.decode(column: "first_name", as: String.self)) \(try row.decode(column: "last_name", as: String.self))",
                                   birthDate: born, registeredOn: registered, parentFINs: parents.compactMap { $0 })
        }
    }
}
