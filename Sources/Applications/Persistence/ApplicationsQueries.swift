import FluentKit
import Foundation
import PortalHTTP
import SQLKit

/// One entry of a case's timeline as the pages and the API show it.
struct CaseEvent: Sendable {
    var seq: Int
    var at: Date
    var kind: CaseEventModel.Kind
    var fromStatus: CaseStatus?
    var toStatus: CaseStatus?
    var actor: CaseActor
    /// The agency unit shown to the citizen (never the official's name).
    var unit: String?
    var message: String?

    init(_ model: CaseEventModel) {
        seq = model.seq
        at = model.at
        kind = model.kind
        fromStatus = model.fromStatus
        toStatus = model.toStatus
        actor = model.actorKind
        unit = model.unit
        message = model.message
    }
}

/// An internal note of the agency on a case.
struct CaseNote: Sendable {
    var at: Date
    var text: String
}

/// A file kept for a case (the row; the bytes are in the FileStore under `sha256`).
struct CaseFile: Sendable {
    var id: UUID
    var caseID: UUID
    var purpose: CaseFilePurpose
    var sha256: String
    var contentType: String
    var name: String

    init(_ model: CaseFileModel) throws {
        id = try model.requireID()
        caseID = model.caseID
        purpose = model.use
        sha256 = model.sha256
        contentType = model.contentType
        name = model.name
    }
}

/// One version of a service's application form.
struct FormVersion: Sendable {
    var serviceCode: String
    var version: Int
    var state: FormVersionModel.State
    var definition: FormDefinition

    init(_ model: FormVersionModel) throws {
        serviceCode = model.serviceCode
        version = model.version
        state = model.state
        definition = try model.definition
    }
}

/// The published and draft version numbers of one service's form.
struct FormVersionNumbers: Sendable {
    var published: Int?
    var draft: Int?
}

/// Every read the Applications pages and API make of its tables, returning read models. Who may see
/// a case is the use cases' question (`Applicant.visibleCase`, `CaseOfficial.find`): ask them first.
struct ApplicationsQueries {
    let db: any Database

    /// A case's timeline, in order.
    func timeline(of caseID: UUID) async throws -> [CaseEvent] {
        try await CaseEventModel.query(on: db).filter(\.$caseID == caseID).sort(\.$seq).all().map(CaseEvent.init)
    }

    /// The agency's internal notes on a case, oldest first.
    func notes(of caseID: UUID) async throws -> [CaseNote] {
        try await CaseNoteModel.query(on: db).filter(\.$caseID == caseID).sort(\.$at).all().map { CaseNote(at: $0.at, text: $0.text) }
    }

    /// The names of a case's files by id.
    func fileNames(of caseID: UUID) async throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try await CaseFileModel.query(on: db).filter(\.$caseID == caseID).all().map { ($0.id!, $0.name) })
    }

    /// The id of an applicant's open draft for a service, if there is one.
    func openDraft(applicant: UUID, serviceCode: String) async throws -> UUID? {
        try await CaseModel.query(on: db).filter(\.$applicantID == applicant).filter(\.$serviceCode == serviceCode)
            .filter(\.$status == .draft).first()?.id
    }

    /// The service's published form (the one new applications start on).
    func publishedForm(_ serviceCode: String) async throws -> FormVersion? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .published).first().map(FormVersion.init)
    }

    /// The service's draft form, being edited in the form builder.
    func draftForm(_ serviceCode: String) async throws -> FormVersion? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .draft).first().map(FormVersion.init)
    }

    /// One version of a service's form (a case keeps the version it was started with).
    func form(_ serviceCode: String, version: Int) async throws -> FormVersion? {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$version == version).first().map(FormVersion.init)
    }

    /// Does the service have a published form (is it applied for on the portal)?
    func isOnline(_ serviceCode: String) async throws -> Bool {
        try await FormVersionModel.query(on: db).filter(\.$serviceCode == serviceCode).filter(\.$state == .published).first() != nil
    }

    /// Service codes with a published form (the catalog's "Apply online" points here).
    func onlineServices() async throws -> Set<String> {
        Set(try await FormVersionModel.query(on: db).filter(\.$state == .published).all().map(\.serviceCode))
    }

    /// Published and draft form versions, by service code.
    func formVersions() async throws -> [String: FormVersionNumbers] {
        var numbers: [String: FormVersionNumbers] = [:]
        // The first row per service and state, as the list always showed (one of each exists at most).
        for form in try await FormVersionModel.query(on: db).filter(\.$state ~~ [.published, .draft]).all() {
            var entry = numbers[form.serviceCode] ?? FormVersionNumbers()
            if form.state == .published, entry.published == nil { entry.published = form.version }
            if form.state == .draft, entry.draft == nil { entry.draft = form.version }
            numbers[form.serviceCode] = entry
        }
        return numbers
    }

    struct QueueFilter: Sendable {
        var status: CaseStatus?
        var serviceCode: String?
        var unitCode: String?
        var overdueOnly = false
        var mineOnly = false
        /// Sent for a decision and not decided yet (the caller passes the scopes where the reader decides).
        var awaitingDecision = false
        /// A case number, an applicant's FIN, or the start of their name (first or last name first).
        var search: String?
        var limit = 50
        var offset = 0
    }

    /// One line of the queue: only what the list shows, read without building whole models (with
    /// 100,000 cases, Fluent's per-row model decoding was most of the page's cost).
    struct QueueItem: Decodable, Sendable {
        let id: UUID
        let number: String?
        let serviceCode: String
        let status: CaseStatus
        let unitCode: String?
        let dueOn: String?
        let pausedSince: String?
        let assigneeID: UUID?
        let applicantFIN: String
        let applicantName: String?
        let submittedAt: Date?
        let decisionRequestedAt: Date?

        enum CodingKeys: String, CodingKey {
            case id, number, status
            case serviceCode = "service_code", unitCode = "unit_code", dueOn = "due_on", pausedSince = "paused_since", assigneeID = "assignee_id"
            case applicantFIN = "applicant_fin", applicantName = "applicant_name", submittedAt = "submitted_at"
            case decisionRequestedAt = "decision_requested_at"
        }

        static let columns = ["id", "number", "service_code", "status", "unit_code", "due_on", "paused_since", "assignee_id",
                              "applicant_fin", "applicant_name", "submitted_at", "decision_requested_at"]

        func isOverdue(today: String) -> Bool { pausedSince == nil && status.isOpenAtAgency && (dueOn.map { $0 < today } ?? false) }
    }

    /// The agency's queue (submitted cases only; drafts are the citizen's own), oldest due first.
    /// `scopes`: where the official works (agency, and region); `me` for "mine only"; `today` for "overdue".
    func queue(_ filter: QueueFilter, scopes: [RoleAssignment], me: UUID, today: String) async throws -> (items: [QueueItem], total: Int) {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        func filtered(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = select.from(CaseModel.schema).where("status", .notEqual, CaseStatus.draft).where { group in
                var group = group
                for scope in scopes {
                    group = group.orWhere { inner in
                        var inner = inner.where("agency_id", .equal, scope.agencyID!)
                        if let unit = scope.territorialUnitCode { inner = inner.where("unit_code", .equal, unit) }
                        return inner
                    }
                }
                return group
            }
            if let status = filter.status { query = query.where("status", .equal, status) }
            if let service = filter.serviceCode { query = query.where("service_code", .equal, service) }
            if let unit = filter.unitCode { query = query.where("unit_code", .equal, unit) }
            if filter.mineOnly { query = query.where("assignee_id", .equal, me) }
            if filter.awaitingDecision {
                query = query.where("decision_requested_at", .isNot, SQLLiteral.null).where("status", .in, [CaseStatus.received, .inReview])
            }
            if let search = filter.search.flatMap(QueueSearch.init) {
                // Each term reads its own index (number: unique; FIN; either name key by prefix range).
                query = query.where { group in
                    group.where("number", .equal, search.upper).orWhere("applicant_fin", .equal, search.upper)
                        .orWhere { $0.where("applicant_key", .greaterThanOrEqual, search.key).where("applicant_key", .lessThan, ApplicantName.rangeEnd(search.key)) }
                        .orWhere { $0.where("applicant_key_reversed", .greaterThanOrEqual, search.key).where("applicant_key_reversed", .lessThan, ApplicantName.rangeEnd(search.key)) }
                }
            }
            if filter.overdueOnly {
                query = query.where("status", .in, [CaseStatus.received, .inReview, .approved])
                    .where("paused_since", .is, SQLLiteral.null).where("due_on", .lessThan, today)
            }
            return query
        }
        let countRow = try await filtered(sql.select().column(SQLAlias(SQLFunction("count", args: SQLLiteral.all), as: SQLIdentifier("n")))).first()
        let total = try countRow?.decode(column: "n", as: Int.self) ?? 0
        let items = try await filtered(sql.select().columns(QueueItem.columns))
            .orderBy("due_on").orderBy("number").limit(min(filter.limit, 200)).offset(filter.offset)
            .all(decoding: QueueItem.self)
        return (items, total)
    }

    /// What the queue's search box was given, as the columns keep it.
    struct QueueSearch: Sendable {
        /// A case number or a FIN as stored (upper case, Azerbaijani rules).
        var upper: String
        /// The start of a name key (`ApplicantName`).
        var key: String

        init?(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return nil }
            upper = AzerbaijaniText.uppercased(trimmed).replacingOccurrences(of: "İ", with: "I")
            key = AzerbaijaniText.lenientKey(trimmed)
        }
    }

    /// Cases of an applicant (their own, not a company's) and of the companies they represent, newest first.
    func cases(of applicant: UUID, companies voens: [String]) async throws -> [ApplicationCase] {
        try await CaseModel.query(on: db).group(.or) { or in
            or.group(.and) { own in own.filter(\.$applicantID == applicant).filter(\.$companyVOEN == nil) }
            if !voens.isEmpty { or.filter(\.$companyVOEN ~~ voens) }
        }.sort(\.$createdAt, .descending).limit(500).all().map(ApplicationCase.init)
    }
}
