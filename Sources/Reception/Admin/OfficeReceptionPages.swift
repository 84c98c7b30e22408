import Fluent
import PortalHTTP

/// `/office/reception`: the day's list for the officials in the signed-in person's scope, check-in
/// by number or QR link, walk-in tickets, calling the next citizen, no-shows, outcomes, follow-ups.
struct OfficeReceptionPages {
    func register(_ office: any RoutesBuilder) {
        office.get("reception", use: day)
        office.post("reception", "check-in", use: checkInByNumber)
        office.get("reception", "check-in", ":number", use: bookingPage)
        office.post("reception", "walk-in", use: walkIn)
        office.post("reception", "officials", ":id", "call-next", use: callNext)
        office.get("reception", "bookings", ":number", use: bookingPage)
        office.post("reception", "bookings", ":number", "check-in", use: checkIn)
        office.post("reception", "bookings", ":number", "no-show", use: noShow)
        office.post("reception", "bookings", ":number", "cancel", use: cancel)
        office.post("reception", "bookings", ":number", "outcome", use: outcome)
        office.get("reception", "follow-ups", use: followUps)
        office.post("reception", "follow-ups", ":id", use: followUpStep)
        office.get("reception", "stats.csv", use: statsCSV)
    }

    func desk(_ req: Request) throws -> ReceptionDesk {
        _ = try req.require(ReceptionPermissions.desk)
        return ReceptionDesk(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
    }

    @Sendable func day(req: Request) async throws -> Response {
        try await dayPage(req, desk: try desk(req), errors: FormErrors(), status: .ok)
    }

    func dayPage(_ req: Request, desk: ReceptionDesk, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let day = req.query[String.self, at: "day"].flatMap(LocalDate.init(iso:)) ?? LocalDate(req.portal.now())
        let officials = try await desk.officials(on: req.db)
        var views: [OfficialDay] = []
        guard let start = day.startOfDay() else { throw Abort(.badRequest) }
        let end = start.addingTimeInterval(86_400)
        let queries = ReceptionQueries(db: req.db)
        let waiting = try await queries.waitingTickets(on: day)
        for o in officials {
            let rows = try await queries.bookings(ofOfficial: o.id, from: start, to: end).map {
                DayRow(number: $0.number, time: ReceptionViews.time($0.startsAt), citizen: $0.citizenName, topic: req.t("reception.topic.\($0.topic)"),
                       status: req.t("reception.status.\($0.status.rawValue)"))
            }
            views.append(OfficialDay(id: o.id.uuidString, name: o.fullName, position: req.t("reception.position.\(o.position)"), rows: rows,
                                     waiting: String(waiting[o.id] ?? 0)))
        }
        var boards: [String] = []
        for agencyID in Set(officials.map(\.agencyID)) {
            if let code = try await req.portal.directory.agency(id: agencyID)?.code { boards.append(code) }
        }
        let page = DayPage(day: req.displayDate(day), dayISO: day.iso, officials: views,
                           officialChoices: officials.map { Choice(value: $0.id.uuidString, label: $0.fullName) },
                           boards: boards.sorted(), errors: errors)
        return try req.render(page, titleKey: "reception.office.title", status: status)
    }

    /// The day's page again with the message of what was refused on `field` (422).
    func refusedOnDay(_ req: Request, _ message: String, field: String) async throws -> Response {
        var errors = FormErrors()
        errors.add(field, message)
        return try await dayPage(req, desk: try desk(req), errors: errors, status: .unprocessableEntity)
    }

    /// A ticket issued or called: back to the day's page, or the refusal on it.
    func ticketAnswer(_ req: Request, _ outcome: ReceptionDesk.Outcome, flash: String, field: String) async throws -> Response {
        switch outcome {
        case .ticket(let ticket): return req.redirect(to: "/office/reception?ticket=\(ticket)", flash: flash)
        case .queueEmpty, .recorded: return req.redirect(to: "/office/reception", flash: flash)
        case .notFound: throw Abort(.notFound)
        case .refused(let refusal): return try await refusedOnDay(req, req.t(refusal.messageKey), field: field)
        }
    }

    struct NumberForm: Content { var number: String? }

    @Sendable func checkInByNumber(req: Request) async throws -> Response {
        let desk = try desk(req)
        let number = (try req.content.decode(NumberForm.self).number ?? "").trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { return try await refusedOnDay(req, req.t("reception.office.error.number"), field: "number") }
        let outcome = try await CheckInVisitor(desk: desk).run(number: number)
        if outcome == .notFound { return try await refusedOnDay(req, req.t("reception.office.error.unknown_number"), field: "number") }
        return try await ticketAnswer(req, outcome, flash: "flash.reception.checked_in", field: "number")
    }

    @Sendable func checkIn(req: Request) async throws -> Response {
        let outcome = try await CheckInVisitor(desk: try desk(req)).run(number: req.parameters.get("number") ?? "")
        return try await ticketAnswer(req, outcome, flash: "flash.reception.checked_in", field: "number")
    }

    struct WalkInForm: Content {
        var name: String?
        var official: String?
    }

    @Sendable func walkIn(req: Request) async throws -> Response {
        let form = try req.content.decode(WalkInForm.self)
        guard let id = form.official.flatMap(UUID.init(uuidString:)) else {
            return try await refusedOnDay(req, req.t("reception.office.error.official"), field: "walk_in_official")
        }
        let outcome = try await RegisterWalkIn(desk: try desk(req)).run(name: form.name ?? "", officialID: id)
        return try await ticketAnswer(req, outcome, flash: "flash.reception.walk_in", field: "walk_in_name")
    }

    @Sendable func callNext(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let outcome = try await CallNextVisitor(desk: try desk(req)).run(officialID: id)
        switch outcome {
        case .ticket: return req.redirect(to: "/office/reception", flash: "flash.reception.called")
        case .queueEmpty: return req.redirect(to: "/office/reception", flash: "flash.reception.queue_empty")
        default: return try await ticketAnswer(req, outcome, flash: "flash.reception.called", field: "number")
        }
    }

    @Sendable func bookingPage(req: Request) async throws -> Response {
        try await bookingDetail(req, errors: FormErrors(), status: .ok)
    }

    func bookingDetail(_ req: Request, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let desk = try desk(req)
        guard let booking = try await desk.readBooking(req.parameters.get("number") ?? "", purpose: "reception") else { throw Abort(.notFound) }
        let queries = ReceptionQueries(db: req.db)
        let official = try await queries.official(booking.officialID)
        let now = req.portal.now()
        let grace = TimeInterval(req.application.reception.settings.noShowGraceMinutes * 60)
        let page = BookingPage(
            number: booking.number, when: req.displayTime(booking.startsAt), citizen: booking.citizenName, fin: booking.citizenFIN,
            official: official?.fullName ?? "", status: req.t("reception.status.\(booking.status.rawValue)"), topic: req.t("reception.topic.\(booking.topic)"),
            subject: booking.subject, attachment: booking.attachmentName, timeline: ReceptionViews.timeline(try await queries.timeline(of: booking.id), req),
            canCheckIn: booking.status == .booked && LocalDate(booking.startsAt) == LocalDate(now),
            canNoShow: booking.status == .booked && now >= booking.startsAt.addingTimeInterval(grace),
            canCancel: booking.status == .booked || booking.status == .held,
            canRecord: booking.status == .checkedIn || booking.status == .called, meeting: ReceptionViews.meeting(booking, official, req),
            errors: errors)
        return try req.render(page, titleKey: "reception.office.booking.title", titleArguments: [booking.number], status: status)
    }

    /// A change on the booking's page: back to it with `flash`, or with the refusal on `field` (422).
    func bookingAnswer(_ req: Request, _ outcome: ReceptionDesk.Outcome, number: String, flash: String, field: String) async throws -> Response {
        switch outcome {
        case .notFound: throw Abort(.notFound)
        case .refused(let refusal):
            var errors = FormErrors()
            errors.add(field, req.t(refusal.messageKey))
            return try await bookingDetail(req, errors: errors, status: .unprocessableEntity)
        case .ticket, .queueEmpty, .recorded:
            return req.redirect(to: "/office/reception/bookings/\(number)", flash: flash)
        }
    }

    @Sendable func noShow(req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? ""
        let outcome = try await MarkNoShow(desk: try desk(req)).run(number: number)
        return try await bookingAnswer(req, outcome, number: number, flash: "flash.reception.no_show", field: "no-show")
    }

    struct ReasonForm: Content { var reason: String? }

    @Sendable func cancel(req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? ""
        let desk = try desk(req)
        let outcome = try await CancelBookingByOffice(desk: desk).run(number: number, reason: try req.content.decode(ReasonForm.self).reason ?? "")
        return try await bookingAnswer(req, outcome, number: number, flash: "flash.reception.cancelled_by_office", field: "reason")
    }

    struct OutcomeForm: Content {
        var outcome: String?
        var note: String?
        var unit: String?
    }

    @Sendable func outcome(req: Request) async throws -> Response {
        let number = req.parameters.get("number") ?? ""
        let form = try req.content.decode(OutcomeForm.self)
        let desk = try desk(req)
        guard let outcome = form.outcome.flatMap(ReceptionOutcome.init(rawValue:)) else {
            return try await bookingAnswer(req, .refused(.outcome), number: number, flash: "", field: "outcome")
        }
        let answer = try await RecordReceptionOutcome(desk: desk).run(number: number, outcome: outcome, note: form.note ?? "", followUpUnit: form.unit)
        return try await bookingAnswer(req, answer, number: number, flash: "flash.reception.outcome", field: "note")
    }

    @Sendable func followUps(req: Request) async throws -> Response {
        let desk = try desk(req)
        let agencies = desk.assignments.compactMap(\.agencyID)
        let today = LocalDate(req.portal.now())
        var rows: [FollowUpRow] = []
        for f in try await ReceptionQueries(db: req.db).openFollowUps(agencies: agencies) where desk.allows(agencyID: f.agencyID, unitCode: f.unitCode) {
            let due = LocalDate(iso: f.dueOn)
            rows.append(FollowUpRow(id: f.id.uuidString, number: f.bookingNumber, citizen: f.citizenName, assignedTo: f.assignedTo,
                                    due: due.map(req.displayDate) ?? f.dueOn, overdue: due.map { $0 < today } ?? false))
        }
        return try req.render(FollowUpsPage(rows: rows), titleKey: "reception.office.follow_ups.title")
    }

    struct StepForm: Content {
        var note: String?
        var close: String?
    }

    @Sendable func followUpStep(req: Request) async throws -> Response {
        let id = try req.uuidParameter()
        let form = try req.content.decode(StepForm.self)
        switch try await RecordFollowUpStep(desk: try desk(req)).run(followUpID: id, note: form.note ?? "", closing: form.close == "1") {
        case .notFound: throw Abort(.notFound)
        case .refused: return req.redirect(to: "/office/reception/follow-ups", flash: "flash.reception.follow_up_invalid")
        case .ticket, .queueEmpty, .recorded: return req.redirect(to: "/office/reception/follow-ups", flash: "flash.reception.follow_up_saved")
        }
    }

    /// The figures of the officials in this person's scope, as CSV.
    @Sendable func statsCSV(req: Request) async throws -> Response {
        let desk = try desk(req)
        let rows = try await ReceptionStatistics(db: req.db, today: LocalDate(req.portal.now())).rows()
            .filter { desk.allows(agencyID: $0.agencyID, unitCode: $0.unitCode) }
        var codes: [UUID: String] = [:]
        for id in Set(rows.map(\.agencyID)) { codes[id] = try await req.portal.directory.agency(id: id)?.code }
        return .download(ReceptionStatistics.csv(rows, agencyCodes: codes), filename: "reception-stats.csv", contentType: DownloadType.csv)
    }
}
