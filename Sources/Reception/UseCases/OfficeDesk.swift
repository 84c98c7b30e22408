import Fluent
import PortalDB
import PortalHTTP

/// The office's side of a reception day. Every method checks the object against the official's
/// assignments: same agency, and the same territorial unit when the role is scoped to one.
public struct OfficeDesk {
    let app: Application
    let principal: Principal
    let assignments: [RoleAssignment]
    let ip: String?

    public init(app: Application, principal: Principal, ip: String?) {
        self.app = app
        self.principal = principal
        self.assignments = app.portal.permissions.assignments(of: principal, granting: ReceptionPermissions.desk)
        self.ip = ip
    }

    public enum Failure: Error, Equatable {
        /// Not in this official's scope, or does not exist (the same answer: 404).
        case notFound
        case refused(String)
    }

    public func allows(agencyID: UUID, unitCode: String) -> Bool {
        assignments.contains { $0.agencyID == agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == unitCode) }
    }

    func actor(_ agencyID: UUID) -> AuditActor { principal.officialActor(agencyID: agencyID, ip: ip) }
    var now: Date { app.portal.now() }
    var today: LocalDate { LocalDate(now) }

    /// The reception officials this person's office may act for.
    func officials(on db: any Database) async throws -> [ReceptionOfficialModel] {
        let agencies = assignments.compactMap(\.agencyID)
        guard !agencies.isEmpty else { return [] }
        return try await ReceptionOfficialModel.query(on: db).filter(\.$agencyID ~~ agencies).sort(\.$fullName).all()
            .filter { allows(agencyID: $0.agencyID, unitCode: $0.unitCode) }
    }

    /// A booking by number, if in scope. Reading it is a read of a citizen's personal data: audited.
    func booking(_ number: String, purpose: String, on db: any Database) async throws -> BookingModel {
        guard let booking = try await BookingModel.query(on: db).filter(\.$number == BookingNumber.normalise(number)).first(),
              allows(agencyID: booking.agencyID, unitCode: booking.unitCode) else { throw Failure.notFound }
        try await db.writeTransaction { db in
            try await app.portal.audit.record(AuditEvent(actor: actor(booking.agencyID), action: "reception.booking.read", subjectFIN: booking.citizenFIN,
                                                         objectType: "reception_booking", objectID: booking.number, purpose: purpose,
                                                         isPersonalDataRead: true), on: db)
        }
        return booking
    }

    /// The next ticket number of an office's day (the unique index backs it).
    func nextTicketNumber(agencyID: UUID, unitCode: String, on db: any Database) async throws -> Int {
        let last = try await TicketModel.query(on: db).filter(\.$agencyID == agencyID).filter(\.$unitCode == unitCode)
            .filter(\.$day == today.iso).sort(\.$ticketNo, .descending).first()
        return (last?.ticketNo ?? 0) + 1
    }

    /// Check-in by booking number (typed or read from the QR code): only on the day of the booking.
    public func checkIn(_ number: String) async throws -> Int {
        let booking = try await self.booking(number, purpose: "check-in", on: app.db)
        guard booking.status == .booked else { throw Failure.refused("reception.office.error.not_bookable_state") }
        guard LocalDate(booking.startsAt) == today else { throw Failure.refused("reception.office.error.not_today") }
        return try await app.db.writeTransaction { db -> Int in
            let ticket = TicketModel()
            ticket.agencyID = booking.agencyID
            ticket.unitCode = booking.unitCode
            ticket.day = today.iso
            ticket.ticketNo = try await nextTicketNumber(agencyID: booking.agencyID, unitCode: booking.unitCode, on: db)
            ticket.bookingID = booking.id
            ticket.officialID = booking.officialID
            ticket.status = .waiting
            ticket.issuedAt = now
            try await ticket.create(on: db)
            booking.status = .checkedIn
            booking.checkedInAt = now
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .checkedIn, actor: .office, note: String(ticket.ticketNo), at: now, on: db)
            try await audit("reception.booking.checked_in", booking, details: ["ticket": String(ticket.ticketNo)], on: db)
            return ticket.ticketNo
        }
    }

    /// A ticket for someone without a booking.
    public func walkIn(name: String, officialID: UUID) async throws -> Int {
        guard let official = try await ReceptionOfficialModel.find(officialID, on: app.db),
              allows(agencyID: official.agencyID, unitCode: official.unitCode) else { throw Failure.notFound }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (2...120).contains(name.count) else { throw Failure.refused("reception.office.error.walk_in_name") }
        return try await app.db.writeTransaction { db -> Int in
            let ticket = TicketModel()
            ticket.agencyID = official.agencyID
            ticket.unitCode = official.unitCode
            ticket.day = today.iso
            ticket.ticketNo = try await nextTicketNumber(agencyID: official.agencyID, unitCode: official.unitCode, on: db)
            ticket.officialID = official.id
            ticket.walkInName = name
            ticket.status = .waiting
            ticket.issuedAt = now
            try await ticket.create(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor(official.agencyID), action: "reception.walk_in.issued", objectType: "reception_ticket",
                                                         objectID: ticket.id?.uuidString, details: ["ticket": String(ticket.ticketNo)]), on: db)
            return ticket.ticketNo
        }
    }

    /// Calls the next waiting ticket of an official (the board shows it as "now serving").
    public func callNext(officialID: UUID) async throws -> Int? {
        guard let official = try await ReceptionOfficialModel.find(officialID, on: app.db),
              allows(agencyID: official.agencyID, unitCode: official.unitCode) else { throw Failure.notFound }
        return try await app.db.writeTransaction { db -> Int? in
            // Whoever was being served by this official is done (walk-ins have no outcome form).
            let serving = try await TicketModel.query(on: db).filter(\.$officialID == officialID).filter(\.$day == today.iso)
                .filter(\.$status == .called).all()
            for ticket in serving where ticket.bookingID == nil {
                ticket.status = .done
                ticket.finishedAt = now
                try await ticket.update(on: db)
            }
            guard let next = try await TicketModel.query(on: db).filter(\.$officialID == officialID).filter(\.$day == today.iso)
                .filter(\.$status == .waiting).sort(\.$ticketNo).first() else { return nil }
            next.status = .called
            next.calledAt = now
            try await next.update(on: db)
            if let bookingID = next.bookingID, let booking = try await BookingModel.find(bookingID, on: db) {
                booking.status = .called
                booking.calledAt = now
                try await booking.update(on: db)
                try await Timeline.add(bookingID, .called, actor: .office, at: now, on: db)
            }
            try await app.portal.audit.record(AuditEvent(actor: actor(official.agencyID), action: "reception.ticket.called", objectType: "reception_ticket",
                                                         objectID: next.id?.uuidString, details: ["ticket": String(next.ticketNo)]), on: db)
            return next.ticketNo
        }
    }

    /// A booked citizen who did not come, once the grace period after the start has passed.
    public func markNoShow(_ number: String) async throws {
        let booking = try await self.booking(number, purpose: "no-show", on: app.db)
        guard booking.status == .booked else { throw Failure.refused("reception.office.error.not_bookable_state") }
        let grace = TimeInterval(app.reception.settings.noShowGraceMinutes * 60)
        guard now >= booking.startsAt.addingTimeInterval(grace) else { throw Failure.refused("reception.office.error.grace") }
        try await app.db.writeTransaction { db in
            booking.status = .noShow
            try await booking.update(on: db)
            try await Timeline.add(booking.id!, .noShow, actor: .office, at: now, on: db)
            try await audit("reception.booking.no_show", booking, on: db)
        }
    }

    /// The office cancels (the official is away): a reason is required; the citizen is offered other slots.
    public func cancel(_ number: String, reason: String) async throws {
        let booking = try await self.booking(number, purpose: "cancellation", on: app.db)
        guard booking.status == .booked || booking.status == .held else { throw Failure.refused("reception.office.error.not_bookable_state") }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (5...500).contains(reason.count) else { throw Failure.refused("reception.office.error.reason") }
        try await app.db.writeTransaction { db in
            try await ChangeBooking(app: app).release(booking, by: .office, reason: reason, actor: actor(booking.agencyID),
                                                      action: "reception.booking.cancelled_by_office", on: db)
        }
    }

    /// The official's decision; a follow-up opens a case due in N working days.
    public func recordOutcome(_ number: String, outcome: ReceptionOutcome, note: String, followUpUnit: String?) async throws {
        let booking = try await self.booking(number, purpose: "outcome", on: app.db)
        guard [.checkedIn, .called].contains(booking.status) else { throw Failure.refused("reception.office.error.not_seen_state") }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...4_000).contains(note.count) else { throw Failure.refused("reception.office.error.note") }
        let unit = followUpUnit?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if outcome == .followUp, !(2...200).contains(unit.count) { throw Failure.refused("reception.office.error.follow_up_unit") }
        let due = app.portal.calendar.addWorkingDays(app.reception.settings.followUpWorkingDays, to: today)
        try await app.db.writeTransaction { db in
            booking.status = .seen
            booking.seenAt = now
            booking.outcome = outcome
            booking.outcomeNote = note
            try await booking.update(on: db)
            try await TicketModel.query(on: db).filter(\.$bookingID == booking.id!).set(\.$status, to: .done).set(\.$finishedAt, to: now).update()
            try await Timeline.add(booking.id!, .seen, actor: .office, at: now, on: db)
            try await Timeline.add(booking.id!, .outcome, actor: .office, note: outcome.rawValue + ": " + note, at: now, on: db)
            if outcome == .followUp {
                let followUp = FollowUpModel()
                followUp.bookingID = booking.id!
                followUp.agencyID = booking.agencyID
                followUp.unitCode = booking.unitCode
                followUp.assignedTo = unit
                followUp.dueOn = due.iso
                followUp.status = .open
                followUp.openedAt = now
                try await followUp.create(on: db)
            }
            try await audit("reception.outcome.recorded", booking, details: ["outcome": outcome.rawValue], on: db)
        }
    }

    /// A step of a follow-up case (what was done), or its closing with the result.
    public func followUp(_ id: UUID, note: String, close: Bool) async throws {
        guard let followUp = try await FollowUpModel.find(id, on: app.db), allows(agencyID: followUp.agencyID, unitCode: followUp.unitCode),
              let booking = try await BookingModel.find(followUp.bookingID, on: app.db) else { throw Failure.notFound }
        guard followUp.status == .open else { throw Failure.refused("reception.office.error.follow_up_closed") }
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (3...4_000).contains(note.count) else { throw Failure.refused("reception.office.error.note") }
        try await app.db.writeTransaction { db in
            if close {
                followUp.status = .closed
                followUp.closedAt = now
                followUp.resolution = note
                try await followUp.update(on: db)
            }
            try await Timeline.add(booking.id!, close ? .followUpClosed : .followUpStep, actor: .office, note: note, at: now, on: db)
            try await audit(close ? "reception.follow_up.closed" : "reception.follow_up.step", booking, on: db)
        }
    }

    func audit(_ action: String, _ booking: BookingModel, details: [String: String] = [:], on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor(booking.agencyID), action: action, subjectFIN: booking.citizenFIN,
                                                     objectType: "reception_booking", objectID: booking.number, details: details), on: db)
    }
}
