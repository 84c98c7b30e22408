import Fluent
import PortalDB
import PortalHTTP

/// Who is at the reception desk, and what the office's use cases (CheckInVisitor, RegisterWalkIn,
/// CallNextVisitor, MarkNoShow, CancelBookingByOffice, RecordReceptionOutcome, RecordFollowUpStep)
/// share: the outcome, the scope, the audited read of a booking and the audit helper. Every use case
/// checks the object against the official's assignments: same agency, and the same territorial unit
/// when the role is scoped to one.
struct ReceptionDesk {
    enum Outcome: Equatable, Sendable {
        /// A ticket was issued (check-in, walk-in) or called: its number.
        case ticket(Int)
        /// Nobody is waiting for this official.
        case queueEmpty
        /// The change is recorded.
        case recorded
        /// Not in this official's scope, or does not exist (the same answer: 404).
        case notFound
        case refused(DeskRefusal)
    }

    let app: Application
    let principal: Principal
    let assignments: [RoleAssignment]
    let ip: String?

    init(app: Application, principal: Principal, ip: String?) {
        self.app = app
        self.principal = principal
        self.assignments = app.portal.permissions.assignments(of: principal, granting: ReceptionPermissions.desk)
        self.ip = ip
    }

    func allows(agencyID: UUID, unitCode: String) -> Bool {
        assignments.contains { $0.agencyID == agencyID && ($0.territorialUnitCode == nil || $0.territorialUnitCode == unitCode) }
    }

    func actor(_ agencyID: UUID) -> AuditActor { principal.officialActor(agencyID: agencyID, ip: ip) }
    var now: Date { app.portal.now() }
    var today: LocalDate { LocalDate(now) }

    /// The reception officials this person's office may act for.
    func officials(on db: any Database) async throws -> [ReceptionOfficial] {
        let agencies = assignments.compactMap(\.agencyID)
        guard !agencies.isEmpty else { return [] }
        return try await ReceptionOfficialModel.query(on: db).filter(\.$agencyID ~~ agencies).sort(\.$fullName).all()
            .filter { allows(agencyID: $0.agencyID, unitCode: $0.unitCode) }.map(ReceptionOfficial.init)
    }

    /// A booking by number as the office's pages show it, if in scope (an audited read).
    func readBooking(_ number: String, purpose: String) async throws -> BookingRecord? {
        try await booking(number, purpose: purpose, on: app.db).map(BookingRecord.init)
    }

    /// A booking by number, if in scope. Reading it is a read of a citizen's personal data: audited.
    func booking(_ number: String, purpose: String, on db: any Database) async throws -> BookingModel? {
        guard let booking = try await BookingModel.query(on: db).filter(\.$number == BookingNumber.normalise(number)).first(),
              allows(agencyID: booking.agencyID, unitCode: booking.unitCode) else { return nil }
        try await db.writeTransaction { db in
            try await app.portal.audit.record(AuditEvent(actor: actor(booking.agencyID), action: "reception.booking.read", subjectFIN: booking.citizenFIN,
                                                         objectType: "reception_booking", objectID: booking.number, purpose: purpose,
                                                         isPersonalDataRead: true), on: db)
        }
        return booking
    }

    /// The booking as it is now, locked for this write transaction, if it is still in one of `states`:
    /// two officials acting on one booking at once (a QR code scanned at two desks) cannot both succeed.
    func locked(_ booking: BookingModel, in states: Set<BookingStatus>, on db: any Database) async throws -> BookingModel? {
        let id = try booking.requireID()
        try await db.lockRow(BookingModel.schema, id: id)
        guard let fresh = try await BookingModel.find(id, on: db), states.contains(fresh.status) else { return nil }
        return fresh
    }

    /// An official by id, if in scope.
    func official(_ id: UUID, on db: any Database) async throws -> ReceptionOfficialModel? {
        guard let official = try await ReceptionOfficialModel.find(id, on: db), allows(agencyID: official.agencyID, unitCode: official.unitCode) else { return nil }
        return official
    }

    /// A new waiting ticket of today, numbered next in the office's day (the unique index backs it).
    func issueTicket(agencyID: UUID, unitCode: String, officialID: UUID?, bookingID: UUID? = nil, walkInName: String? = nil,
                     on db: any Database) async throws -> TicketModel {
        let last = try await TicketModel.query(on: db).filter(\.$agencyID == agencyID).filter(\.$unitCode == unitCode)
            .filter(\.$day == today.iso).sort(\.$ticketNo, .descending).first()
        let ticket = TicketModel()
        ticket.agencyID = agencyID
        ticket.unitCode = unitCode
        ticket.day = today.iso
        ticket.ticketNo = (last?.ticketNo ?? 0) + 1
        ticket.bookingID = bookingID
        ticket.officialID = officialID
        ticket.walkInName = walkInName
        ticket.status = .waiting
        ticket.issuedAt = now
        try await ticket.create(on: db)
        return ticket
    }

    func audit(_ action: String, _ booking: BookingModel, details: [String: String] = [:], on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor(booking.agencyID), action: action, subjectFIN: booking.citizenFIN,
                                                     objectType: "reception_booking", objectID: booking.number, details: details), on: db)
    }

    func auditTicket(_ action: String, _ ticket: TicketModel, agencyID: UUID, on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor(agencyID), action: action, objectType: "reception_ticket",
                                                     objectID: ticket.id?.uuidString, details: ["ticket": String(ticket.ticketNo)]), on: db)
    }
}

/// Why the desk cannot do this now; each has a message `reception.office.error.<raw value>`. The API
/// answers it as 422 `reception-not-allowed-now`; the office pages show the message on the form.
enum DeskRefusal: String, Refusal, Equatable {
    case notBookableState = "not_bookable_state"
    case notToday = "not_today"
    case walkInName = "walk_in_name"
    case grace
    case reason
    case notSeenState = "not_seen_state"
    case note
    case followUpUnit = "follow_up_unit"
    case followUpClosed = "follow_up_closed"
    case outcome

    var messageKey: String { "reception.office.error." + rawValue }
    var problem: APIProblem { APIProblem(.unprocessableEntity, slug: "reception-not-allowed-now", detailKey: messageKey) }
}
