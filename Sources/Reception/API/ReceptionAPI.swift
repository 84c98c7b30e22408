import Fluent
import PortalHTTP

/// `/api/v1/reception`: officials and their free slots (public), the token owner's bookings
/// (`reception:read` / `reception:write`), and the office's check-in and outcome (an official's token
/// with `reception:office`, made after the second factor; citizen scopes never reach the desk).
struct ReceptionAPI {
    static let readScope = "reception:read"
    static let writeScope = "reception:write"
    static let officeScope = TokenScopes.receptionOffice

    struct Official: Content {
        var id: UUID
        var name: String
        var position: String
        var agencyCode: String
        var unitCode: String
        var topics: [String]
        var room: String
        var address: String
        var mode: String
    }

    struct Slot: Content {
        var start: Date
        var minutes: Int
        var capacity: Int
        var free: Int
    }

    struct Booking: Content {
        var number: String
        var officialId: UUID
        var start: Date
        var minutes: Int
        var status: String
        var topic: String
        var subject: String
        var holdExpiresAt: Date?
        var outcome: String?
        var outcomeNote: String?
        var checkInUrl: String
        var timeline: [Step]
    }

    struct Step: Content {
        var at: Date
        var kind: String
        var note: String?
    }

    struct BookInput: Content {
        var officialId: UUID?
        /// ISO 8601 date-time (`2026-12-08T10:00:00+04:00`).
        var start: String?
        var topic: String?
        var subject: String?
    }

    struct NumberInput: Content { var number: String? }

    struct OutcomeInput: Content {
        var outcome: String?
        var note: String?
        var followUpUnit: String?
    }

    /// RFC 9457 with the nearest free slots as an extension member.
    struct RefusalProblem: Content {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var instance: String
        var reason: String
        var alternatives: [Date]
    }

    struct TicketOutput: Content { var ticket: Int }

    func register(_ api: any RoutesBuilder, searchLimit: Int) {
        let reception = api.grouped("reception")
        reception.get("officials", use: officials)
        reception.grouped(RateLimitMiddleware(bucket: "reception.slots", limit: searchLimit, per: 60)).get("officials", ":id", "slots", use: slots)
        reception.get("bookings", use: myBookings)
        reception.post("bookings", use: book)
        reception.get("bookings", ":number", use: booking)
        reception.post("bookings", ":number", "cancel", use: cancel)
        reception.post("check-in", use: checkIn)
        reception.post("bookings", ":number", "outcome", use: outcome)
        reception.get("board", ":agency", use: board)
    }

    func principal(_ req: Request, scope: String) throws -> Principal {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else { throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope") }
        return principal
    }

    @Sendable func officials(req: Request) async throws -> Response {
        let paging = try Paging(req, defaultLimit: 100, maxLimit: 1_000)
        let unit = req.query[String.self, at: "unit"]
        if let unit, try await req.portal.directory.unit(code: unit) == nil {
            throw APIProblem.validation([(field: "unit", issue: ValidationIssue("reception.validation.unit"))])
        }
        let found = try await ReceptionQueries(db: req.db).officials(unit: unit, topic: nil)
        let shown = found.dropFirst(paging.offset).prefix(paging.limit)
        var items: [Official] = []
        for o in shown {
            items.append(Official(id: o.id, name: o.fullName, position: o.position, agencyCode: try await req.portal.directory.agency(id: o.agencyID)?.code ?? "",
                                  unitCode: o.unitCode, topics: o.topics.map(\.rawValue), room: o.room, address: o.address, mode: o.mode.rawValue))
        }
        return try await req.cachedJSON(ListPage(items: items, total: found.count, paging: paging), maxAge: 60)
    }

    @Sendable func slots(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await ReceptionQueries(db: req.db).activeOfficial(id) != nil else { throw Abort(.notFound) }
        let paging = try Paging(req, defaultLimit: 100, maxLimit: 1_000)
        let items = try await req.application.receptionSchedule.slots(for: id, on: req.db).filter { $0.free > 0 }
            .map { Slot(start: $0.slot.start, minutes: $0.slot.minutes, capacity: $0.slot.capacity, free: $0.free) }
        return try req.privateJSON(ListPage(all: items, paging: paging))
    }

    func view(_ b: BookingRecord, _ req: Request) async throws -> Booking {
        let steps = try await ReceptionQueries(db: req.db).timeline(of: b.id).map { Step(at: $0.at, kind: $0.kind.rawValue, note: $0.note) }
        return Booking(number: b.number, officialId: b.officialID, start: b.startsAt, minutes: b.slotMinutes, status: b.status.rawValue, topic: b.topic,
                       subject: b.subject, holdExpiresAt: b.holdExpiresAt, outcome: b.outcome?.rawValue, outcomeNote: b.outcomeNote,
                       checkInUrl: CabinetReceptionPages.checkInURL(req, b.number), timeline: steps)
    }

    @Sendable func myBookings(req: Request) async throws -> Response {
        let principal = try principal(req, scope: Self.readScope)
        let paging = try Paging(req)
        let (page, total) = try await ReceptionQueries(db: req.db).bookings(ofCitizen: principal.userID, offset: paging.offset, limit: paging.limit)
        var items: [Booking] = []
        for b in page {
            items.append(try await view(b, req))
        }
        return try req.privateJSON(ListPage(items: items, total: total, paging: paging))
    }

    @Sendable func booking(req: Request) async throws -> Response {
        let principal = try principal(req, scope: Self.readScope)
        guard let b = try await ReceptionQueries(db: req.db).booking(req.parameters.get("number") ?? "", ofCitizen: principal.userID) else { throw Abort(.notFound) }
        return try req.privateJSON(try await view(b, req))
    }

    func refusal(_ req: Request, _ refused: Refused) throws -> Response {
        let status: HTTPResponseStatus = refused.reason == .slotTaken ? .conflict : .unprocessableEntity
        let problem = RefusalProblem(type: "/problems/reception-" + refused.reason.rawValue.replacingOccurrences(of: "_", with: "-"),
                                     title: status.reasonPhrase, status: Int(status.code), detail: ReceptionViews.refusalMessage(refused.reason, req),
                                     instance: req.url.path, reason: refused.reason.rawValue, alternatives: refused.alternatives.map(\.start))
        let response = try req.privateJSON(problem, status: status)
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        return response
    }

    @Sendable func book(req: Request) async throws -> Response {
        let principal = try principal(req, scope: Self.writeScope)
        let input = try req.content.decode(BookInput.self)
        var issues: [(field: String, issue: ValidationIssue)] = []
        if input.officialId == nil { issues.append((field: "officialId", issue: ValidationIssue("reception.validation.official"))) }
        let start = input.start.flatMap { ISO8601DateFormatter().date(from: $0) }
        if start == nil { issues.append((field: "start", issue: ValidationIssue("reception.validation.start"))) }
        guard issues.isEmpty, let officialID = input.officialId, let start else { throw APIProblem.validation(issues) }
        let request = BookingRequest(officialID: officialID, start: start, topic: input.topic ?? "other", subject: input.subject ?? "")
        switch try await BookReception(app: req.application).run(request, citizen: principal, ip: req.clientIP) {
        case .booked(let number):
            guard let b = try await ReceptionQueries(db: req.db).booking(number, ofCitizen: principal.userID) else { throw Abort(.internalServerError) }
            let response = try req.privateJSON(try await view(b, req), status: .created)
            response.headers.replaceOrAdd(name: .location, value: "/api/v1/reception/bookings/\(number)")
            return response
        case .refused(let refused):
            if refused.reason == .unknownOfficial { throw Abort(.notFound) }
            return try refusal(req, refused)
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let principal = try principal(req, scope: Self.writeScope)
        let number = req.parameters.get("number") ?? ""
        switch try await CancelBooking(holder: BookingHolder(app: req.application, citizen: principal, ip: req.clientIP)).run(number: number) {
        case .notFound: throw Abort(.notFound)
        case .refused(let refused): return try refusal(req, refused)
        case .changed:
            guard let b = try await ReceptionQueries(db: req.db).booking(number, ofCitizen: principal.userID) else { throw Abort(.notFound) }
            return try req.privateJSON(try await view(b, req))
        }
    }

    func desk(_ req: Request) async throws -> ReceptionDesk {
        let principal = try await req.requireOfficeToken(scope: Self.officeScope)
        guard !req.portal.permissions.assignments(of: principal, granting: ReceptionPermissions.desk).isEmpty else { throw Abort(.forbidden) }
        return ReceptionDesk(app: req.application, principal: principal, ip: req.clientIP)
    }

    @Sendable func checkIn(req: Request) async throws -> Response {
        let desk = try await desk(req)
        guard let number = try req.content.decode(NumberInput.self).number, !number.isEmpty else {
            throw APIProblem.validation([(field: "number", issue: ValidationIssue("reception.office.error.number"))])
        }
        switch try await CheckInVisitor(desk: desk).run(number: number) {
        case .ticket(let ticket): return try req.privateJSON(TicketOutput(ticket: ticket))
        case .refused(let refusal): throw refusal
        case .notFound, .queueEmpty, .recorded: throw Abort(.notFound)
        }
    }

    @Sendable func outcome(req: Request) async throws -> Response {
        let desk = try await desk(req)
        let input = try req.content.decode(OutcomeInput.self)
        guard let outcome = input.outcome.flatMap(ReceptionOutcome.init(rawValue:)) else {
            throw APIProblem.validation([(field: "outcome", issue: ValidationIssue("reception.office.error.outcome"))])
        }
        switch try await RecordReceptionOutcome(desk: desk).run(number: req.parameters.get("number") ?? "", outcome: outcome, note: input.note ?? "",
                                                                followUpUnit: input.followUpUnit) {
        case .refused(let refusal): throw refusal
        case .notFound: throw Abort(.notFound)
        case .ticket, .queueEmpty, .recorded: return Response(status: .noContent)
        }
    }

    @Sendable func board(req: Request) async throws -> Response {
        guard let code = req.parameters.get("agency"), let agency = try await req.portal.directory.agency(code: code) else { throw Abort(.notFound) }
        let board = try await QueueBoard.load(agencyID: agency.id, agencyCode: agency.code, app: req.application)
        let response = try req.privateJSON(board)
        return response
    }
}
