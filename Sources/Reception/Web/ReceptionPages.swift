import Fluent
import PortalHTTP

/// `/reception`: choose a territorial unit (and topic) → an official → a free slot → book;
/// the waitlist; the public queue board of an office.
struct ReceptionPages {
    func register(web: any RoutesBuilder, signedIn: any RoutesBuilder, searchLimit: Int) {
        web.get("reception", use: index)
        let limited = web.grouped(RateLimitMiddleware(bucket: "reception.slots", limit: searchLimit, per: 60))
        limited.get("reception", "officials", ":id", use: official)
        signedIn.get("reception", "officials", ":id", "book", use: bookForm)
        signedIn.post("reception", "officials", ":id", "book", use: book)
        signedIn.post("reception", "officials", ":id", "waitlist", use: joinWaitlist)
        web.get("reception", "board", ":agency", use: board)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let units = try await req.portal.directory.units()
        let unitCode = req.query[String.self, at: "unit"].flatMap { code in units.contains { $0.code == code } ? code : nil }
        let topic = req.query[String.self, at: "topic"].flatMap(ReceptionTopic.init(rawValue:))
        var officials: [OfficialView] = []
        if let unitCode {
            let rank = ["head": 0, "deputy_head": 1, "official": 2]
            let found = try await ReceptionQueries(db: req.db).officials(unit: unitCode, topic: topic)
            // Heads first, then deputies, then other officials (by name within each).
            let ordered = found.enumerated().sorted { ((rank[$0.element.position] ?? 3), $0.offset) < ((rank[$1.element.position] ?? 3), $1.offset) }
            for (_, o) in ordered { officials.append(try await ReceptionViews.official(o, req)) }
        }
        let unitChoices = units.choices(req)
        let boardAgency = try await unitCode.asyncMap { code in try await req.portal.directory.agencies().first { $0.isLocalExecutive && $0.territorialUnitCode == code }?.code } ?? nil
        let page = IndexPage(units: unitChoices, unit: unitCode, topic: topic?.rawValue,
                             unitName: unitCode.flatMap { c in units.first { $0.code == c }?.name.text(req.language) },
                             officials: officials, boardCode: boardAgency)
        return try req.render(page, titleKey: "reception.title", forms: false)
    }

    func loadOfficial(_ req: Request) async throws -> ReceptionOfficial {
        let id = try req.uuidParameter()
        guard let official = try await ReceptionQueries(db: req.db).activeOfficial(id) else { throw Abort(.notFound) }
        return official
    }

    @Sendable func official(req: Request) async throws -> Response {
        try await officialPage(req, errors: FormErrors(), status: .ok)
    }

    func officialPage(_ req: Request, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let official = try await loadOfficial(req)
        let slots = try await req.application.receptionSchedule.slots(for: official.id, on: req.db)
        let s = req.application.reception.settings
        let page = OfficialPage(official: try await ReceptionViews.official(official, req), days: ReceptionViews.days(slots, req),
                                signedIn: req.principal != nil, topics: ReceptionViews.topicChoices(official),
                                windowDays: String(s.windowDays), openHour: String(format: "%02d:00", s.windowOpenHour), errors: errors)
        return try req.render(page, titleKey: "reception.official.title", titleArguments: [official.fullName], status: status,
                              forms: req.principal != nil)
    }

    func slotStart(_ req: Request, _ raw: String?) -> Date? {
        raw.flatMap(Int.init).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }

    @Sendable func bookForm(req: Request) async throws -> Response {
        let official = try await loadOfficial(req)
        guard let start = slotStart(req, req.query[String.self, at: "start"]) else { throw Abort(.badRequest) }
        return try await bookPage(req, official: official, start: start, topic: nil, subject: "", errors: FormErrors(), refusal: nil, status: .ok)
    }

    func bookPage(_ req: Request, official: ReceptionOfficial, start: Date, topic: String?, subject: String, errors: FormErrors,
                  refusal: Refused?, status: HTTPResponseStatus) async throws -> Response {
        let page = BookPage(official: try await ReceptionViews.official(official, req), start: Int(start.timeIntervalSince1970),
                            when: ReceptionViews.dayLabel(LocalDate(start), req) + " " + ReceptionViews.time(start),
                            topics: ReceptionViews.topicChoices(official), topic: topic, subject: subject, errors: errors,
                            refusal: refusal.map { ReceptionViews.refusalMessage($0.reason, req) },
                            alternatives: ReceptionViews.alternatives(refusal?.alternatives ?? [], req))
        return try req.render(page, titleKey: "reception.book.title", status: status)
    }

    struct BookForm: Content {
        var start: String?
        var topic: String?
        var subject: String?
        var document: File?
    }

    static let allowedDocuments: [String: String] = ["pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"]

    @Sendable func book(req: Request) async throws -> Response {
        let official = try await loadOfficial(req)
        let form = try req.content.decode(BookForm.self)
        guard let start = slotStart(req, form.start) else { throw Abort(.badRequest) }
        var errors = FormErrors()
        var name: String?
        var data: Data?
        if let file = form.document, file.data.readableBytes > 0 {
            let ext = file.extension?.lowercased() ?? ""
            if Self.allowedDocuments[ext] == nil {
                errors.add("document", req.t("reception.validation.document_type"))
            } else if file.data.readableBytes > 512 * 1024 {
                errors.add("document", req.t("reception.validation.document_size"))
            } else {
                name = String(file.filename.suffix(120))
                data = Data(file.data.readableBytesView)
            }
        }
        if !errors.isEmpty {
            return try await bookPage(req, official: official, start: start, topic: form.topic, subject: form.subject ?? "", errors: errors, refusal: nil, status: .unprocessableEntity)
        }
        let request = BookingRequest(officialID: official.id, start: start, topic: form.topic ?? "", subject: form.subject ?? "",
                                     attachmentName: name, attachment: data)
        switch try await BookReception(app: req.application).run(request, citizen: try req.requirePrincipal(), ip: req.clientIP) {
        case .booked(let number):
            return req.redirect(to: "/cabinet/receptions/\(number)", flash: "flash.reception.booked")
        case .refused(let refused):
            switch refused.reason {
            case .invalidSubject: errors.add("subject", req.t("reception.validation.subject"))
            case .invalidTopic: errors.add("topic", req.t("reception.validation.topic"))
            default: break
            }
            let status: HTTPResponseStatus = refused.reason == .slotTaken ? .conflict : .unprocessableEntity
            return try await bookPage(req, official: official, start: start, topic: form.topic, subject: form.subject ?? "", errors: errors,
                                      refusal: errors.isEmpty ? refused : nil, status: status)
        }
    }

    struct WaitlistForm: Content {
        var topic: String?
        var subject: String?
    }

    @Sendable func joinWaitlist(req: Request) async throws -> Response {
        let official = try await loadOfficial(req)
        let form = try req.content.decode(WaitlistForm.self)
        let outcome = try await JoinWaitlist(app: req.application).run(officialID: official.id, topic: form.topic ?? "", subject: form.subject ?? "",
                                                                     citizen: try req.requirePrincipal(), ip: req.clientIP)
        guard case .refused(let refusal) = outcome else {
            return req.redirect(to: "/reception/officials/\(official.id.uuidString)", flash: "flash.reception.waitlisted")
        }
        var errors = FormErrors()
        switch refusal {
        case .invalidSubject: errors.add("waitlist_subject", req.t("reception.validation.subject"))
        case .invalidTopic: errors.add("waitlist_topic", req.t("reception.validation.topic"))
        default: errors.add("waitlist_subject", ReceptionViews.refusalMessage(refusal, req))
        }
        return try await officialPage(req, errors: errors, status: .unprocessableEntity)
    }

    /// The waiting room's screen: a full page refreshing itself every 15 s (no script needed).
    @Sendable func board(req: Request) async throws -> Response {
        guard let code = req.parameters.get("agency"), let agency = try await req.portal.directory.agency(code: code) else { throw Abort(.notFound) }
        let board = try await QueueBoard.load(agencyID: agency.id, agencyCode: agency.code, app: req.application)
        let page = BoardPage(lang: req.language.rawValue, agencyName: agency.name.text(req.language), board: board,
                             updated: req.displayTime(board.updatedAt), autoRefresh: req.query[String.self, at: "display"] == "1")
        let response = try req.renderDocument(page)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
