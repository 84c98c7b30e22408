import Fluent
import PortalDB
import PortalHTTP

/// The citizen who holds a booking, and what their changes (CancelBooking, RescheduleBooking,
/// ConfirmHeldBooking, RateReception) share: the outcome, finding their own booking, the cut-off and
/// the audit actor. A booking of someone else is "not found" (never "forbidden"), so numbers cannot be
/// probed.
struct BookingHolder {
    enum Outcome: Sendable {
        /// The change is recorded (or there was nothing to change).
        case changed
        /// Not this citizen's booking, or no such number.
        case notFound
        /// Not allowed; for a new time, with the nearest slots that are free.
        case refused(Refused)
    }

    let app: Application
    let citizen: Principal
    let ip: String?

    var settings: ReceptionSettings { app.reception.settings }
    var actor: AuditActor { AuditActor(kind: .citizen, userID: citizen.userID, ip: ip) }

    /// The citizen's own booking by number, or nil.
    func own(_ number: String, on db: any Database) async throws -> BookingModel? {
        try await BookingModel.query(on: db).filter(\.$number == BookingNumber.normalise(number))
            .filter(\.$citizenID == citizen.userID).first()
    }

    /// Whether a booking starting at `startsAt` may still be changed (the cut-off has not passed).
    static func beforeCutoff(_ startsAt: Date, app: Application) -> Bool {
        startsAt.timeIntervalSince(app.portal.now()) >= TimeInterval(app.reception.settings.changeCutoffHours * 3600)
    }

    func beforeCutoff(_ booking: BookingModel) -> Bool { Self.beforeCutoff(booking.startsAt, app: app) }

    func refused(_ reason: ReceptionRefusal) -> Outcome { .refused(Refused(reason: reason, alternatives: [])) }

    func audit(_ action: String, _ booking: BookingModel, details: [String: String] = [:], on db: any Database) async throws {
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, subjectFIN: booking.citizenFIN, objectType: "reception_booking",
                                                     objectID: booking.number, details: details), on: db)
    }
}
