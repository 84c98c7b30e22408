import Fluent
import Foundation
import PortalCore
import PortalDB
import SQLKit

/// The applicant's name as it is kept with the case (from the signed-in account when the draft is
/// started), and its search keys for the office queue's search box: `AzerbaijaniText.lenientKey` of
/// "first last" and of "last first", so a prefix of either finds the case whatever the case or the
/// keyboard (ə/e, ı/i, ş/s…). Indexed with the FIN, so a search by number (unique index), FIN or name
/// reads index ranges, not the agency's whole queue (docs/BENCHMARKS.md). Cases started before have
/// no name: they are found by number and FIN.
///
/// Also `decision_requested_at`/`decision_requested_by`: an operator has sent the case to whoever
/// decides in the unit (`SendForDecision`); cleared when the case is decided.
struct AddApplicantSearch: PortalMigration {
    static let stableName = "applications.v3.applicant_search"

    func prepare(on database: any Database) async throws {
        try await database.schema(CaseModel.schema).field("applicant_name", .string).update()
        try await database.schema(CaseModel.schema).field("applicant_key", .string).update()
        try await database.schema(CaseModel.schema).field("applicant_key_reversed", .string).update()
        try await database.schema(CaseModel.schema).field("decision_requested_at", .datetime).update()
        try await database.schema(CaseModel.schema).field("decision_requested_by", .uuid).update()
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_fin ON applications_cases (applicant_fin)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_name ON applications_cases (applicant_key)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_name_reversed ON applications_cases (applicant_key_reversed)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_decision ON applications_cases (agency_id, decision_requested_at) WHERE decision_requested_at IS NOT NULL")
    }

    func revert(on database: any Database) async throws {
        for index in ["ix_applications_cases_fin", "ix_applications_cases_name", "ix_applications_cases_name_reversed", "ix_applications_cases_decision"] {
            try await database.execute(sql: "DROP INDEX \(index)")
        }
        for field in ["applicant_name", "applicant_key", "applicant_key_reversed", "decision_requested_at", "decision_requested_by"] {
            try await database.schema(CaseModel.schema).deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}

/// The search keys of an applicant's name (see `AddApplicantSearch`).
enum ApplicantName {
    static func keys(first: String, last: String) -> (key: String, reversed: String) {
        (AzerbaijaniText.lenientKey("\(first) \(last)"), AzerbaijaniText.lenientKey("\(last) \(first)"))
    }

    /// The upper end of a prefix range: every key starting with `prefix` sorts below it (both databases
    /// compare these keys byte by byte: SQLite's BINARY, PostgreSQL's C collation of the portal's cluster).
    static func rangeEnd(_ prefix: String) -> String { prefix + "\u{FFFF}" }
}

extension CaseModel {
    func setApplicantName(first: String, last: String) {
        applicantName = "\(first) \(last)".trimmingCharacters(in: .whitespaces)
        let keys = ApplicantName.keys(first: first, last: last)
        applicantKey = keys.key
        applicantKeyReversed = keys.reversed
    }
}
