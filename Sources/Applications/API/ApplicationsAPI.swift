import FluentKit
import Foundation
import PortalHTTP

/// `/api/v1/applications` for citizens (create a draft, answer, submit, list, get, timeline) and
/// `/api/v1/office/applications` for officials (queue, transition, note). Same use cases as the
/// pages; errors are RFC 9457 problem details, invalid answers listed field by field.
struct ApplicationsAPI {
    static let readScope = "applications:read"
    static let writeScope = "applications:write"
    static let officeScope = TokenScopes.applicationsOffice

    struct CaseJSON: Content {
        var id: UUID
        var number: String?
        var serviceCode: String
        var formVersion: Int
        var status: String
        var companyVoen: String?
        var answers: Answers
        var feeQepik: Int64?
        var invoiceId: UUID?
        var receivedOn: String?
        var dueOn: String?
        var deadlineDays: Int
        var paused: Bool
        var decisionReason: String?
        var decisionText: String?
        var rating: Int?
        var createdAt: Date
        var updatedAt: Date
        var submittedAt: Date?

        init(_ m: CaseModel) {
            id = m.id!; number = m.number; serviceCode = m.serviceCode; formVersion = m.formVersion; status = m.status
            companyVoen = m.companyVOEN; answers = m.answers; feeQepik = m.feeQepik; invoiceId = m.invoiceID
            receivedOn = m.receivedOn; dueOn = m.dueOn; deadlineDays = m.deadlineDays; paused = m.pausedSince != nil
            decisionReason = m.decisionReason; decisionText = m.decisionText; rating = m.rating
            createdAt = m.createdAt; updatedAt = m.updatedAt; submittedAt = m.submittedAt
        }
    }

    /// A list item: where the case stands, never the answers (they come only with the single-case
    /// read, which for an official is an audited read of the applicant's data).
    struct SummaryJSON: Content {
        var id: UUID
        var number: String?
        var serviceCode: String
        var formVersion: Int
        var status: String
        var companyVoen: String?
        var unitCode: String?
        var feeQepik: Int64?
        var receivedOn: String?
        var dueOn: String?
        var deadlineDays: Int
        var paused: Bool
        var createdAt: Date
        var updatedAt: Date
        var submittedAt: Date?

        init(_ m: CaseModel) {
            id = m.id!; number = m.number; serviceCode = m.serviceCode; formVersion = m.formVersion; status = m.status
            companyVoen = m.companyVOEN; unitCode = m.unitCode; feeQepik = m.feeQepik; receivedOn = m.receivedOn; dueOn = m.dueOn
            deadlineDays = m.deadlineDays; paused = m.pausedSince != nil
            createdAt = m.createdAt; updatedAt = m.updatedAt; submittedAt = m.submittedAt
        }
    }

    struct EventJSON: Content {
        var seq: Int
        var at: Date
        var kind: String
        var fromStatus: String?
        var toStatus: String?
        var actor: String
        var unit: String?
        var message: String?
    }

    func register(_ api: any RoutesBuilder) {
        api.post("applications", use: create)
        api.get("applications", use: list)
        api.get("applications", ":id", use: get)
        api.put("applications", ":id", "answers", use: answer)
        api.post("applications", ":id", "submit", use: submit)
        api.post("applications", ":id", "cancel", use: cancel)
        api.get("applications", ":id", "timeline", use: timeline)
        api.get("office", "applications", use: queue)
        api.get("office", "applications", ":id", use: officeGet)
        api.post("office", "applications", ":id", "transition", use: transition)
        api.post("office", "applications", ":id", "notes", use: note)
    }

    func citizen(_ req: Request, scope: String) throws -> CitizenCases {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else { throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope") }
        return CitizenCases(app: req.application, principal: principal, ip: req.clientIP)
    }

    /// An official's token with `applications:office`, made after the second factor.
    func office(_ req: Request) async throws -> OfficeCases {
        let principal = try await req.requireOfficeToken(scope: Self.officeScope)
        let cases = OfficeCases(app: req.application, principal: principal, ip: req.clientIP)
        guard !cases.scopes.isEmpty else { throw Abort(.forbidden) }
        return cases
    }

    /// Only these members; anything else (status, assignee, number…) is refused, not ignored.
    func requireOnly(_ allowed: Set<String>, _ req: Request) throws {
        guard let body = req.body.data, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
            throw APIProblem.validation([(field: "body", issue: ValidationIssue("applications.api.body_object"))])
        }
        let extra = Set(object.keys).subtracting(allowed).sorted()
        if !extra.isEmpty { throw APIProblem.validation(extra.map { (field: $0, issue: ValidationIssue("applications.api.read_only")) }) }
    }

    struct CreateBody: Content {
        var service: String
        var forCompany: Bool?
    }

    @Sendable func create(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        try requireOnly(["service", "forCompany"], req)
        guard let body = try? req.content.decode(CreateBody.self) else {
            throw APIProblem.validation([(field: "service", issue: ValidationIssue("applications.answer.required"))])
        }
        let model = try await cases.start(serviceCode: body.service, forCompany: body.forCompany ?? false, reuseDraft: false)
        let response = try req.privateJSON(CaseJSON(model), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/applications/\(model.id!.uuidString)")
        return response
    }

    @Sendable func list(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let paging = try Paging(req)
        let all = try await cases.list(on: req.db)
        return try req.privateJSON(ListPage(all: all, paging: paging).map(SummaryJSON.init))
    }

    @Sendable func get(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let id = try req.uuidParameter()
        return try req.privateJSON(CaseJSON(try await cases.visibleCase(id, on: req.db)))
    }

    struct AnswerBody: Content {
        var page: String
        var answers: Answers
    }

    @Sendable func answer(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        let id = try req.uuidParameter()
        try requireOnly(["page", "answers"], req)
        guard let body = try? req.content.decode(AnswerBody.self) else {
            throw APIProblem.validation([(field: "answers", issue: ValidationIssue("applications.api.answers_shape"))])
        }
        let problems = try await cases.save(id, page: body.page, answers: body.answers, onRegisterWrite: .refuse)
        if !problems.isEmpty { throw CitizenCases.Failure.invalid(problems) }
        return try req.privateJSON(CaseJSON(try await cases.visibleCase(id, on: req.db)))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        let id = try req.uuidParameter()
        return try req.privateJSON(CaseJSON(try await cases.submit(id)))
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        let id = try req.uuidParameter()
        try await cases.cancel(id)
        return try req.privateJSON(CaseJSON(try await cases.visibleCase(id, on: req.db)))
    }

    static func events(_ id: UUID, on db: any Database) async throws -> [EventJSON] {
        try await CaseEventModel.query(on: db).filter(\.$caseID == id).sort(\.$seq).all().map {
            EventJSON(seq: $0.seq, at: $0.at, kind: $0.kind, fromStatus: $0.fromStatus, toStatus: $0.toStatus,
                      actor: $0.actorKind == "applicant" || $0.actorKind == "system" ? $0.actorKind : "agency", unit: $0.unit, message: $0.message)
        }
    }

    @Sendable func timeline(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let id = try req.uuidParameter()
        _ = try await cases.visibleCase(id, on: req.db)
        return try req.privateJSON(try await Self.events(id, on: req.db))
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let cases = try await office(req)
        let paging = try Paging(req)
        var filter = OfficeCases.Filter()
        if let raw = req.query[String.self, at: "status"] {
            guard let status = CaseStatus(rawValue: raw) else { throw APIProblem.validation([(field: "status", issue: ValidationIssue("applications.api.status_unknown"))]) }
            filter.status = status
        }
        filter.serviceCode = req.query[String.self, at: "service"]
        filter.unitCode = req.query[String.self, at: "unit"]
        filter.overdueOnly = req.query[String.self, at: "overdue"] == "true"
        filter.mineOnly = req.query[String.self, at: "mine"] == "true"
        filter.limit = paging.limit
        filter.offset = paging.offset
        let (models, total) = try await cases.readQueue(filter)
        return try req.privateJSON(ListPage(items: models.map(SummaryJSON.init), total: total, paging: paging))
    }

    @Sendable func officeGet(req: Request) async throws -> Response {
        let cases = try await office(req)
        let id = try req.uuidParameter()
        return try req.privateJSON(CaseJSON(try await cases.open(id)))
    }

    struct TransitionBody: Content {
        var to: String
        var message: String?
        var reason: String?
    }

    @Sendable func transition(req: Request) async throws -> Response {
        let cases = try await office(req)
        let id = try req.uuidParameter()
        try requireOnly(["to", "message", "reason"], req)
        guard let body = try? req.content.decode(TransitionBody.self), let to = CaseStatus(rawValue: body.to) else {
            throw APIProblem.validation([(field: "to", issue: ValidationIssue("applications.api.status_unknown"))])
        }
        var reason: RejectionReason?
        if let raw = body.reason {
            guard let parsed = RejectionReason(rawValue: raw) else { throw APIProblem.validation([(field: "reason", issue: ValidationIssue("applications.office.reason_required"))]) }
            reason = parsed
        }
        try await cases.transition(id, to: to, message: body.message, reason: reason)
        // Where the case now stands; its answers only through the (audited) single-case read.
        return try req.privateJSON(SummaryJSON(try await cases.find(id, on: req.db)))
    }

    struct NoteBody: Content { var text: String }

    @Sendable func note(req: Request) async throws -> Response {
        let cases = try await office(req)
        let id = try req.uuidParameter()
        try requireOnly(["text"], req)
        guard let body = try? req.content.decode(NoteBody.self) else { throw APIProblem.validation([(field: "text", issue: ValidationIssue("applications.answer.required"))]) }
        try await cases.note(id, text: body.text)
        return Response(status: .noContent)
    }
}
