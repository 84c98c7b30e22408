import Fluent
import PortalHTTP

/// `/cabinet/receptions`: the citizen's own receptions, each with its QR code for the desk (or the meeting
/// link of a video reception), its calendar file, timeline, follow-up, and what can still be done
/// (confirm a hold, cancel, reschedule, rate).
struct CabinetReceptionPages {
    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "receptions", use: list)
        signedIn.get("cabinet", "receptions", ":number", use: detail)
        signedIn.get("cabinet", "receptions", ":number", "calendar.ics", use: calendar)
        signedIn.post("cabinet", "receptions", ":number", "cancel", use: cancel)
        signedIn.get("cabinet", "receptions", ":number", "reschedule", use: rescheduleForm)
        signedIn.post("cabinet", "receptions", ":number", "reschedule", use: reschedule)
        signedIn.post("cabinet", "receptions", ":number", "confirm", use: confirm)
        signedIn.post("cabinet", "receptions", ":number", "rate", use: rate)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let now = req.portal.now()
        let bookings = try await ReceptionQueries(db: req.db).bookings(ofCitizen: principal.userID, limit: 200)
        func row(_ b: CitizenBookingEntry) -> Row {
            Row(number: b.number, when: req.displayTime(b.startsAt), official: b.officialName, status: req.t("reception.status.\(b.status.rawValue)"))
        }
        let upcoming = bookings.filter { $0.status.isActive && $0.startsAt.addingTimeInterval(TimeInterval($0.slotMinutes * 60)) > now }.reversed().map(row)
        let upcomingNumbers = Set(upcoming.map(\.number))
        let past = bookings.filter { !upcomingNumbers.contains($0.number) }.map(row)
        return try req.render(ListPage(upcoming: Array(upcoming), past: past), titleKey: "reception.cabinet.title")
    }

    func own(_ req: Request) async throws -> BookingRecord {
        guard let number = req.parameters.get("number"),
              let booking = try await ReceptionQueries(db: req.db).booking(number, ofCitizen: try req.requirePrincipal().userID)
        else { throw Abort(.notFound) }
        return booking
    }

    func holder(_ req: Request) throws -> BookingHolder {
        BookingHolder(app: req.application, citizen: try req.requirePrincipal(), ip: req.clientIP)
    }

    @Sendable func detail(req: Request) async throws -> Response {
        try await detailPage(req, booking: try await own(req), errors: FormErrors(), status: .ok)
    }

    /// The booking as an iCalendar file to save ("Add to calendar"); someone else's booking is not found.
    @Sendable func calendar(req: Request) async throws -> Response {
        let booking = try await own(req)
        guard let official = try await ReceptionQueries(db: req.db).official(booking.officialID) else { throw Abort(.notFound) }
        let agency = try await req.portal.directory.agency(id: booking.agencyID)?.name.text(req.language) ?? ""
        let file = BookingCalendarFile.make(booking, official: official, agency: agency, req: req)
        return Response.download(file.text, filename: "reception-\(booking.number).ics", contentType: DownloadType.calendar, personal: true)
    }

    static func checkInURL(_ req: Request, _ number: String) -> String {
        req.portal.config.publicBaseURL + "/office/reception/check-in/" + number
    }

    func detailPage(_ req: Request, booking: BookingRecord, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let queries = ReceptionQueries(db: req.db)
        guard let official = try await queries.official(booking.officialID) else { throw Abort(.notFound) }
        let url = Self.checkInURL(req, booking.number)
        // A video reception has its meeting link instead; the QR code is for the desk.
        let meeting = ReceptionViews.meeting(booking, official, req)
        let showQR = booking.status.awaitsReception && official.mode == .inPerson
        var alternatives: [AlternativeView] = []
        if booking.status == .cancelled, booking.cancelledBy == .office {
            alternatives = ReceptionViews.alternatives(try await req.application.receptionSchedule.nearestFree(officialID: official.id, to: booking.startsAt, on: req.db), req)
        }
        let followUp = try await queries.followUp(ofBooking: booking).map { f -> FollowUpView in
            let due = LocalDate(iso: f.dueOn)
            return FollowUpView(assignedTo: f.assignedTo, due: due.map(req.displayDate) ?? f.dueOn, open: f.status == .open,
                                overdue: f.status == .open && (due.map { $0 < LocalDate(req.portal.now()) } ?? false), resolution: f.resolution)
        }
        let page = DetailPage(
            number: booking.number, when: ReceptionViews.dayLabel(LocalDate(booking.startsAt), req) + " " + ReceptionViews.time(booking.startsAt),
            iso: BakuTime.iso8601(booking.startsAt), official: try await ReceptionViews.official(official, req),
            status: req.t("reception.status.\(booking.status.rawValue)"), topic: req.t("reception.topic.\(booking.topic)"), subject: booking.subject,
            attachment: booking.attachmentName,
            qr: showQR ? QRCodeSVG.svg(for: url, label: req.t("reception.detail.qr_label", booking.number)) : nil, meeting: meeting,
            calendar: booking.status.awaitsReception,
            timeline: ReceptionViews.timeline(try await queries.timeline(of: booking.id), req), held: booking.status == .held,
            holdUntil: booking.holdExpiresAt.map(req.displayTime), canChange: booking.status == .booked && BookingHolder.beforeCutoff(booking.startsAt, app: req.application),
            canRate: booking.status == .seen && booking.rating == nil, rating: booking.rating.map(String.init),
            cancelledByOffice: booking.status == .cancelled && booking.cancelledBy == .office, cancelReason: booking.cancelReason,
            alternatives: alternatives,
            outcome: booking.outcome.map { req.t("reception.outcome.\($0.rawValue)") }, outcomeNote: booking.outcomeNote, followUp: followUp,
            errors: errors, cutoffHours: String(req.application.reception.settings.changeCutoffHours))
        return try req.render(page, titleKey: "reception.detail.title", titleArguments: [booking.number], status: status)
    }

    func failed(_ req: Request, _ reason: ReceptionRefusal, field: String) async throws -> Response {
        var errors = FormErrors()
        errors.add(field, ReceptionViews.refusalMessage(reason, req))
        return try await detailPage(req, booking: try await own(req), errors: errors, status: .unprocessableEntity)
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        let booking = try await own(req)
        switch try await CancelBooking(holder: try holder(req)).run(number: booking.number) {
        case .notFound: throw Abort(.notFound)
        case .refused(let refused): return try await failed(req, refused.reason, field: "cancel")
        case .changed: return req.redirect(to: "/cabinet/receptions/\(booking.number)", flash: "flash.reception.cancelled")
        }
    }

    @Sendable func rescheduleForm(req: Request) async throws -> Response {
        try await reschedulePage(req, booking: try await own(req), refusal: nil, status: .ok)
    }

    func reschedulePage(_ req: Request, booking: BookingRecord, refusal: Refused?, status: HTTPResponseStatus) async throws -> Response {
        let slots = try await req.application.receptionSchedule.slots(for: booking.officialID, on: req.db).filter { $0.slot.start != booking.startsAt }
        let page = ReschedulePage(number: booking.number, when: req.displayTime(booking.startsAt), days: ReceptionViews.days(slots, req),
                                  refusal: refusal.map { ReceptionViews.refusalMessage($0.reason, req) })
        return try req.render(page, titleKey: "reception.reschedule.title", status: status)
    }

    struct StartForm: Content { var start: String? }

    @Sendable func reschedule(req: Request) async throws -> Response {
        let booking = try await own(req)
        guard let raw = try req.content.decode(StartForm.self).start, let seconds = Int(raw) else {
            return try await reschedulePage(req, booking: booking, refusal: Refused(reason: .outsideSchedule, alternatives: []), status: .unprocessableEntity)
        }
        switch try await RescheduleBooking(holder: try holder(req)).run(number: booking.number, to: Date(timeIntervalSince1970: TimeInterval(seconds))) {
        case .notFound: throw Abort(.notFound)
        case .refused(let refused):
            return try await reschedulePage(req, booking: booking, refusal: refused, status: refused.reason == .slotTaken ? .conflict : .unprocessableEntity)
        case .changed: return req.redirect(to: "/cabinet/receptions/\(booking.number)", flash: "flash.reception.rescheduled")
        }
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let booking = try await own(req)
        switch try await ConfirmHeldBooking(holder: try holder(req)).run(number: booking.number) {
        case .notFound: throw Abort(.notFound)
        case .refused(let refused): return try await failed(req, refused.reason, field: "confirm")
        case .changed: return req.redirect(to: "/cabinet/receptions/\(booking.number)", flash: "flash.reception.confirmed")
        }
    }

    struct RateForm: Content {
        var stars: String?
        var comment: String?
    }

    @Sendable func rate(req: Request) async throws -> Response {
        let booking = try await own(req)
        let form = try req.content.decode(RateForm.self)
        guard let stars = form.stars.flatMap(Int.init), (1...5).contains(stars) else { return try await failed(req, .notChangeable, field: "stars") }
        switch try await RateReception(holder: try holder(req)).run(number: booking.number, stars: stars, comment: form.comment) {
        case .notFound: throw Abort(.notFound)
        case .refused(let refused): return try await failed(req, refused.reason, field: "stars")
        case .changed: return req.redirect(to: "/cabinet/receptions/\(booking.number)", flash: "flash.reception.rated")
        }
    }
}
