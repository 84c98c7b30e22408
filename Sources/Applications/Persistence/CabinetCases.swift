import Fluent
import Foundation
import PortalCore
import PortalDB
import SQLKit

/// A case as the cabinet overview shows it: the few columns it prints, never the answers.
struct CabinetCase: Sendable {
    var id: UUID
    var number: String?
    var serviceCode: String
    var status: CaseStatus
    var dueOn: String?
    var resultFileID: UUID?
    var createdAt: Date
    var updatedAt: Date
}

/// A result document is looked up per applicant without reading their cases that have none (an applicant,
/// or a company, may have thousands of cases; the overview shows five).
struct AddApplicantResultsIndex: PortalMigration {
    static let stableName = "applications.v4.applicant_results"

    func prepare(on database: any Database) async throws {
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_applicant_results ON applications_cases (applicant_id, created_at) WHERE result_file_id IS NOT NULL")
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX ix_applications_cases_applicant_results")
    }
}

extension ApplicationsQueries {
    /// The newest open cases and the newest decided cases with a result document of an applicant (their
    /// own) and of the companies they represent, at most `limit` of each, newest first: index ranges of
    /// `limit` rows, whatever the number of cases.
    func cabinetCases(of applicant: UUID, companies voens: [String], limit: Int) async throws -> (open: [CabinetCase], results: [CabinetCase]) {
        let final = CaseStatus.allCases.filter(\.isFinal).map(\.rawValue)
        var open: [CabinetCase] = [], results: [CabinetCase] = []
        for owner in [OwnerFilter.applicant(applicant)] + (voens.isEmpty ? [] : [.companies(voens)]) {
            open += try await cabinetCases(owner, limit: limit) { $0.where("status", .notIn, final) }
            results += try await cabinetCases(owner, limit: limit) {
                $0.where("status", .in, final).where("result_file_id", .isNot, SQLLiteral.null)
            }
        }
        func newest(_ cases: [CabinetCase]) -> [CabinetCase] { Array(cases.sorted { $0.createdAt > $1.createdAt }.prefix(limit)) }
        return (newest(open), newest(results))
    }

    private enum OwnerFilter {
        case applicant(UUID)
        case companies([String])
    }

    private func cabinetCases(_ owner: OwnerFilter, limit: Int,
                              _ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> [CabinetCase] {
        var query = try db.sql().select()
            .columns("id", "number", "service_code", "status", "due_on", "result_file_id", "created_at", "updated_at")
            .from(CaseModel.schema)
        switch owner {
        case .applicant(let id): query = query.where("applicant_id", .equal, id).where("company_voen", .is, SQLLiteral.null)
        case .companies(let voens): query = query.where("company_voen", .in, voens)
        }
        return try await filter(query).orderBy("created_at", .descending).limit(limit).all().map { row in
            guard let status = CaseStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown case status"))
            }
            return CabinetCase(id: try row.decode(column: "id", as: UUID.self), number: try row.decode(column: "number", as: String?.self),
                               serviceCode: try row.decode(column: "service_code", as: String.self), status: status,
                               dueOn: try row.decode(column: "due_on", as: String?.self),
                               resultFileID: try row.decode(column: "result_file_id", as: UUID?.self),
                               createdAt: try row.decode(column: "created_at", as: Date.self),
                               updatedAt: try row.decode(column: "updated_at", as: Date.self))
        }
    }
}
