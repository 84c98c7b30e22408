import Fluent
import Foundation
import PortalCore
import PortalDB
import PortalHTTP

/// One version of a service's application form.
final class FormVersionModel: Model, @unchecked Sendable {
    static let schema = "applications_forms"

    enum State: String, Codable, CaseIterable, Sendable { case draft, published, superseded }

    @ID(key: .id) var id: UUID?
    @Field(key: "service_code") var serviceCode: String
    @Field(key: "version") var version: Int
    /// draft → published → superseded.
    @Enum(key: "state") var state: State
    @Field(key: "definition") var definitionJSON: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "published_by") var publishedBy: UUID?
    @OptionalField(key: "published_at") var publishedAt: Date?

    init() {}

    var definition: FormDefinition {
        get throws { try CanonicalJSON.decode(FormDefinition.self, from: definitionJSON) }
    }

    func setDefinition(_ definition: FormDefinition) throws {
        definitionJSON = String(decoding: try JSONCoding.encoder.encode(definition), as: UTF8.self)
    }
}

enum JSONCoding {
    static let encoder = CanonicalJSON.encoder()
}

/// An application (a case): the citizen's answers to one form version, its state and legal clock.
final class CaseModel: Model, @unchecked Sendable {
    static let schema = "applications_cases"

    @ID(key: .id) var id: UUID?
    /// `OW-2026-000123`, given at submission.
    @OptionalField(key: "number") var number: String?
    @Field(key: "service_code") var serviceCode: String
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "form_version") var formVersion: Int
    @Field(key: "applicant_id") var applicantID: UUID
    @Field(key: "applicant_fin") var applicantFIN: String
    /// The company a representative applied for (its other representatives see the case).
    @OptionalField(key: "company_voen") var companyVOEN: String?
    @Enum(key: "status") var status: CaseStatus
    @Field(key: "answers") var answersJSON: String
    /// The prefilled fields the register filled (`AddRegisterFilledFields`).
    @OptionalField(key: "register_filled") var registerFilledJSON: String?
    /// Territorial unit of the case (the applicant's registered address), for regional scoping.
    @OptionalField(key: "unit_code") var unitCode: String?
    @OptionalField(key: "assignee_id") var assigneeID: UUID?
    @OptionalField(key: "fee_qepik") var feeQepik: Int64?
    @OptionalField(key: "invoice_id") var invoiceID: UUID?
    @OptionalField(key: "received_on") var receivedOn: String?
    @Field(key: "deadline_days") var deadlineDays: Int
    @Field(key: "paused_days") var pausedDays: Int
    @OptionalField(key: "paused_since") var pausedSince: String?
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "extension_reason") var extensionReason: String?
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @OptionalField(key: "decision_text") var decisionText: String?
    @OptionalField(key: "result_file_id") var resultFileID: UUID?
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "rating_comment") var ratingComment: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    /// The applicant's name as kept with the case, and its search keys (`AddApplicantSearch`).
    @OptionalField(key: "applicant_name") var applicantName: String?
    @OptionalField(key: "applicant_key") var applicantKey: String?
    @OptionalField(key: "applicant_key_reversed") var applicantKeyReversed: String?
    /// Sent by an operator to whoever decides in the unit (`SendForDecision`); cleared by the decision.
    @OptionalField(key: "decision_requested_at") var decisionRequestedAt: Date?
    @OptionalField(key: "decision_requested_by") var decisionRequestedBy: UUID?

    init() {}

    var answers: Answers {
        get { (try? CanonicalJSON.decode(Answers.self, from: answersJSON)) ?? Answers() }
        set { answersJSON = String(decoding: (try? JSONCoding.encoder.encode(newValue)) ?? Data("{}".utf8), as: UTF8.self) }
    }

    var deadline: CaseDeadline? {
        get {
            guard let receivedOn, let day = LocalDate(iso: receivedOn) else { return nil }
            var deadline = CaseDeadline(received: day, days: deadlineDays)
            deadline.pausedDays = pausedDays
            deadline.pausedSince = pausedSince.flatMap(LocalDate.init(iso:))
            return deadline
        }
    }

    func setDeadline(_ deadline: CaseDeadline, _ calendar: WorkingDayCalendar) {
        receivedOn = deadline.received.iso
        deadlineDays = deadline.days
        pausedDays = deadline.pausedDays
        pausedSince = deadline.pausedSince?.iso
        dueOn = deadline.due(calendar).iso
    }
}

/// The case's timeline: every status change and every message between the agency and the citizen.
/// Internal notes are a separate table, so a query for the citizen's timeline cannot leak them.
final class CaseEventModel: Model, @unchecked Sendable {
    static let schema = "applications_events"

    /// What happened: a change of status, or one of the other entries of the timeline
    /// (`applications.event.<raw>` for all but `status`).
    enum Kind: String, Codable, CaseIterable, Sendable {
        case status
        case infoAnswer = "info_answer"
        case `extension`, assignment, rating, refund
        /// An operator sent the case to whoever decides in the unit, with a note.
        case decisionRequest = "decision_request"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "seq") var seq: Int
    @Field(key: "at") var at: Date
    @Enum(key: "kind") var kind: Kind
    @OptionalEnum(key: "from_status") var fromStatus: CaseStatus?
    @OptionalEnum(key: "to_status") var toStatus: CaseStatus?
    @Enum(key: "actor_kind") var actorKind: CaseActor
    @OptionalField(key: "actor_id") var actorID: UUID?
    /// The agency unit shown to the citizen (never the official's name).
    @OptionalField(key: "unit") var unit: String?
    @OptionalField(key: "message") var message: String?

    init() {}
}

final class CaseNoteModel: Model, @unchecked Sendable {
    static let schema = "applications_notes"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "text") var text: String

    init() {}
}

/// What a case file is for, stored in `applications_files.purpose`: the answer to a form field (the
/// field's answer key), the agency's result, or the file sent with an answer to a request for information.
enum CaseFilePurpose: Equatable, Sendable {
    case answer(String)
    case result
    case requestedInformation

    init(key: String) {
        switch key {
        case "result": self = .result
        case "info": self = .requestedInformation
        default: self = .answer(key)
        }
    }

    var key: String {
        switch self {
        case .answer(let key): key
        case .result: "result"
        case .requestedInformation: "info"
        }
    }
}

/// A file attached to a case (by the citizen for a field, or by the agency as the result).
final class CaseFileModel: Model, @unchecked Sendable {
    static let schema = "applications_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "case_id") var caseID: UUID
    @Field(key: "uploaded_by") var uploadedBy: UUID
    /// `CaseFilePurpose.key`; read and written through `use`.
    @Field(key: "purpose") var purpose: String
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int
    @Field(key: "content_type") var contentType: String
    @Field(key: "name") var name: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var use: CaseFilePurpose {
        get { CaseFilePurpose(key: purpose) }
        set { purpose = newValue.key }
    }

    /// The row for a file kept in the FileStore: which case, what for, who, when.
    static func keep(_ stored: FileStore.Stored, name: String, caseID: UUID, purpose: CaseFilePurpose, by user: UUID, at now: Date,
                     on db: any Database) async throws -> CaseFileModel {
        let file = CaseFileModel()
        file.id = UUID()
        file.caseID = caseID
        file.uploadedBy = user
        file.use = purpose
        file.sha256 = stored.sha256
        file.size = stored.size
        file.contentType = stored.kind.contentType
        file.name = String(name.replacingOccurrences(of: "/", with: "_").prefix(120))
        file.createdAt = now
        try await file.create(on: db)
        return file
    }
}

struct CreateApplicationTables: PortalMigration {
    static let stableName = "applications.v1.tables"

    static let statuses = CaseStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")

    func prepare(on database: any Database) async throws {
        try await database.schema(FormVersionModel.schema)
            .id()
            .field("service_code", .string, .required)
            .field("version", .int, .required)
            .field("state", .string, .required)
            .field("definition", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .field("published_by", .uuid)
            .field("published_at", .datetime)
            .unique(on: "service_code", "version", name: "uq_applications_forms_version")
            .check("ck_applications_forms_state", "state IN ('draft','published','superseded')")
            .create()
        // One published and one draft version per service at most.
        try await database.execute(sql: "CREATE UNIQUE INDEX uq_applications_forms_published ON applications_forms (service_code) WHERE state = 'published'")
        try await database.execute(sql: "CREATE UNIQUE INDEX uq_applications_forms_draft ON applications_forms (service_code) WHERE state = 'draft'")

        try await database.schema(CaseModel.schema)
            .id()
            .field("number", .string)
            .field("service_code", .string, .required)
            .field("agency_id", .uuid, .required, .references("reference_agencies", "id"))
            .field("form_version", .int, .required)
            .field("applicant_id", .uuid, .required, .references("identity_users", "id"))
            .field("applicant_fin", .string, .required)
            .field("company_voen", .string)
            .field("status", .string, .required)
            .field("answers", .string, .required)
            .field("unit_code", .string)
            .field("assignee_id", .uuid, .references("identity_users", "id"))
            .field("fee_qepik", .int64)
            .field("invoice_id", .uuid)
            .field("received_on", .string)
            .field("deadline_days", .int, .required)
            .field("paused_days", .int, .required)
            .field("paused_since", .string)
            .field("due_on", .string)
            .field("extension_reason", .string)
            .field("decision_reason", .string)
            .field("decision_text", .string)
            .field("result_file_id", .uuid)
            .field("rating", .int)
            .field("rating_comment", .string)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .unique(on: "number", name: "uq_applications_cases_number")
            .check("ck_applications_cases_status", "status IN (\(Self.statuses))")
            .check("ck_applications_cases_numbered", "status = 'draft' OR status = 'cancelled' OR number IS NOT NULL")
            .check("ck_applications_cases_deadline", "deadline_days BETWEEN 1 AND 30 AND paused_days >= 0")
            .check("ck_applications_cases_rating", "rating IS NULL OR (rating BETWEEN 1 AND 5 AND status = 'completed')")
            // A rejection always cites a reason.
            .check("ck_applications_cases_rejection", "status <> 'rejected' OR decision_reason IS NOT NULL")
            .create()
        // The office queue: agency (and region), oldest due first; covering for the count and the
        // status filter (measured: 15 ms → 0.4 ms per query with 100,000 cases, docs/BENCHMARKS.md).
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_queue ON applications_cases (agency_id, due_on, number, status)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_queue_unit ON applications_cases (agency_id, unit_code, due_on, number, status)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_applicant ON applications_cases (applicant_id, created_at)")
        try await database.execute(sql: "CREATE INDEX ix_applications_cases_company ON applications_cases (company_voen) WHERE company_voen IS NOT NULL")

        try await database.schema(CaseEventModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("seq", .int, .required)
            .field("at", .datetime, .required)
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("actor_kind", .string, .required)
            .field("actor_id", .uuid)
            .field("unit", .string)
            .field("message", .string)
            .unique(on: "case_id", "seq", name: "uq_applications_events_seq")
            .create()

        try await database.schema(CaseNoteModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("author_id", .uuid, .required)
            .field("at", .datetime, .required)
            .field("text", .string, .required)
            .create()

        try await database.schema(CaseFileModel.schema)
            .id()
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("uploaded_by", .uuid, .required)
            .field("purpose", .string, .required)
            .field("sha256", .string, .required)
            .field("size", .int, .required)
            .field("content_type", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()

        // Case numbers per year, handed out inside the submitting transaction (no gaps, no repeats).
        try await database.schema("applications_numbers")
            .field("year", .int, .identifier(auto: false))
            .field("last", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["applications_numbers", CaseFileModel.schema, CaseNoteModel.schema, CaseEventModel.schema, CaseModel.schema, FormVersionModel.schema] {
            try await database.schema(table).delete()
        }
    }
}
