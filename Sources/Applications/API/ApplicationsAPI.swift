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

        init(_ m: ApplicationCase) {
            id = m.id; number = m.number; serviceCode = m.serviceCode; formVersion = m.formVersion; status = m.status.rawValue
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

        init(_ m: ApplicationCase) {
            id = m.id; number = m.number; serviceCode = m.serviceCode; formVersion = m.formVersion; status = m.status.rawValue
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

    func citizen(_ req: Request, scope: String) throws -> Applicant {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else { throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope") }
        return Applicant(app: req.application, principal: principal, ip: req.clientIP)
    }

    /// An official's token with `applications:office`, made after the second factor.
    func office(_ req: Request) async throws -> CaseOfficial {
        let principal = try await req.requireOfficeToken(scope: Self.officeScope)
        let cases = CaseOfficial(app: req.application, principal: principal, ip: req.clientIP)
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
        switch try await StartApplication(applicant: cases).run(serviceCode: body.service, forCompany: body.forCompany ?? false, reuseDraft: false) {
        case .started(let model, _):
            let response = try req.privateJSON(CaseJSON(model), status: .created)
            response.headers.replaceOrAdd(name: .location, value: "/api/v1/applications/\(model.id.uuidString)")
            return response
        }
    }

    @Sendable func list(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let paging = try Paging(req)
        let all = try await cases.list()
        return try req.privateJSON(ListPage(all: all, paging: paging).map(SummaryJSON.init))
    }

    @Sendable func get(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let id = try req.uuidParameter()
        return try req.privateJSON(CaseJSON(try await cases.visibleCase(id)))
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
        switch try await SaveAnswers(applicant: cases).run(id, page: body.page, answers: body.answers, onRegisterWrite: .refuse) {
        case .saved(_, let problems):
            if !problems.isEmpty { throw Applicant.Failure.invalid(problems) }
            return try req.privateJSON(CaseJSON(try await cases.visibleCase(id)))
        }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        let id = try req.uuidParameter()
        return try req.privateJSON(CaseJSON(try await SubmitApplication(applicant: cases).run(id).application))
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.writeScope)
        let id = try req.uuidParameter()
        _ = try await CancelApplication(applicant: cases).run(id)
        return try req.privateJSON(CaseJSON(try await cases.visibleCase(id)))
    }

    static func events(_ id: UUID, on db: any Database) async throws -> [EventJSON] {
        try await ApplicationsQueries(db: db).timeline(of: id).map {
            EventJSON(seq: $0.seq, at: $0.at, kind: $0.kind.rawValue, fromStatus: $0.fromStatus?.rawValue, toStatus: $0.toStatus?.rawValue,
                      actor: $0.actor == .applicant || $0.actor == .system ? $0.actor.rawValue : "agency", unit: $0.unit,
                      // An operator's note to the deciders is the agency's, not the citizen's.
                      message: $0.kind == .decisionRequest ? nil : $0.message)
        }
    }

    @Sendable func timeline(req: Request) async throws -> Response {
        let cases = try citizen(req, scope: Self.readScope)
        let id = try req.uuidParameter()
        _ = try await cases.visibleCase(id)
        return try req.privateJSON(try await Self.events(id, on: req.db))
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let cases = try await office(req)
        let paging = try Paging(req)
        var filter = ApplicationsQueries.QueueFilter()
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
        switch try await ReadQueue(official: cases).run(filter) {
        case .listed(let listed, let total): return try req.privateJSON(ListPage(items: listed.map(SummaryJSON.init), total: total, paging: paging))
        }
    }

    @Sendable func officeGet(req: Request) async throws -> Response {
        let cases = try await office(req)
        let id = try req.uuidParameter()
        switch try await OpenCase(official: cases).run(id) {
        case .opened(let opened): return try req.privateJSON(CaseJSON(opened))
        }
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
        // Where the case now stands; its answers only through the (audited) single-case read.
        switch try await TransitionCase(official: cases).run(id, to: to, message: body.message, reason: reason) {
        case .moved(let moved): return try req.privateJSON(SummaryJSON(moved))
        }
    }

    struct NoteBody: Content { var text: String }

    @Sendable func note(req: Request) async throws -> Response {
        let cases = try await office(req)
        let id = try req.uuidParameter()
        try requireOnly(["text"], req)
        guard let body = try? req.content.decode(NoteBody.self) else { throw APIProblem.validation([(field: "text", issue: ValidationIssue("applications.answer.required"))]) }
        _ = try await AddNote(official: cases).run(id, text: body.text)
        return Response(status: .noContent)
    }
}
