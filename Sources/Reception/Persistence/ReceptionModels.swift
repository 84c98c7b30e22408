import Fluent
import Foundation

/// A person who receives citizens: head or deputy head of an executive authority, or an official of
/// a central agency. Not necessarily a portal account: the office acts for them.
final class ReceptionOfficialModel: Model, @unchecked Sendable {
    static let schema = "reception_officials"

    @ID(key: .id) var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    /// ISO 3166-2 unit the official receives in (the agency's unit for a local executive authority).
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "full_name") var fullName: String
    /// `head`, `deputy_head` or `official`.
    @Field(key: "position") var position: String
    /// Space-separated `ReceptionTopic` codes.
    @Field(key: "topics") var topics: String
    @Field(key: "room") var room: String
    @Field(key: "address") var address: String
    @Enum(key: "mode") var mode: ReceptionMode
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var topicList: [ReceptionTopic] { topics.split(separator: " ").compactMap { ReceptionTopic(rawValue: String($0)) } }
}

final class WeeklySessionModel: Model, @unchecked Sendable {
    static let schema = "reception_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "official_id") var officialID: UUID
    @Field(key: "weekday") var weekday: Int
    @Field(key: "start_minute") var startMinute: Int
    @Field(key: "end_minute") var endMinute: Int
    @Field(key: "slot_minutes") var slotMinutes: Int
    @Field(key: "capacity") var capacity: Int

    init() {}

    var session: WeeklySession {
        WeeklySession(weekday: weekday, startMinute: startMinute, endMinute: endMinute, slotMinutes: slotMinutes, capacity: capacity)
    }
}

final class ExceptionModel: Model, @unchecked Sendable {
    static let schema = "reception_exceptions"

    @ID(key: .id) var id: UUID?
    @Field(key: "official_id") var officialID: UUID
    /// `YYYY-MM-DD` (Baku).
    @Field(key: "day") var day: String
    @Enum(key: "kind") var kind: ScheduleException.Kind
    @OptionalField(key: "start_minute") var startMinute: Int?
    @OptionalField(key: "end_minute") var endMinute: Int?
    @OptionalField(key: "slot_minutes") var slotMinutes: Int?
    @OptionalField(key: "capacity") var capacity: Int?
    @OptionalField(key: "note") var note: String?

    init() {}
}

/// A booked place in a slot. The place number and the partial unique index on
/// (official, start, place) are what make double booking impossible (ADR 0005).
final class BookingModel: Model, @unchecked Sendable {
    static let schema = "reception_bookings"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: String
    @Field(key: "citizen_id") var citizenID: UUID
    @Field(key: "citizen_fin") var citizenFIN: String
    @Field(key: "citizen_name") var citizenName: String
    @Field(key: "official_id") var officialID: UUID
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "slot_minutes") var slotMinutes: Int
    @Field(key: "place_no") var placeNo: Int
    @Field(key: "capacity") var capacity: Int
    @Field(key: "week_key") var weekKey: String
    /// The booking's place among the citizen's bookings with this official in this week (1…limit).
    @Field(key: "week_seq") var weekSeq: Int
    @Enum(key: "status") var status: BookingStatus
    @Field(key: "topic") var topic: String
    @Field(key: "subject") var subject: String
    @OptionalField(key: "attachment_name") var attachmentName: String?
    @OptionalField(key: "attachment") var attachment: Data?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "hold_expires_at") var holdExpiresAt: Date?
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?
    @OptionalEnum(key: "cancelled_by") var cancelledBy: ReceptionActor?
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    @OptionalField(key: "checked_in_at") var checkedInAt: Date?
    @OptionalField(key: "called_at") var calledAt: Date?
    @OptionalField(key: "seen_at") var seenAt: Date?
    @OptionalEnum(key: "outcome") var outcome: ReceptionOutcome?
    @OptionalField(key: "outcome_note") var outcomeNote: String?
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "rating_comment") var ratingComment: String?
    /// A video reception's meeting room (`VideoMeeting`); nil for a reception in person.
    @OptionalField(key: "video_room") var videoRoom: String?

    init() {}

    var slot: SlotTime { SlotTime(start: startsAt, minutes: slotMinutes, capacity: capacity) }
}

/// One step of a booking's timeline (what the citizen sees in the cabinet).
final class TimelineModel: Model, @unchecked Sendable {
    static let schema = "reception_timeline"

    @ID(key: .id) var id: UUID?
    @Field(key: "booking_id") var bookingID: UUID
    @Field(key: "at") var at: Date
    @Enum(key: "kind") var kind: TimelineKind
    @Enum(key: "actor") var actor: ReceptionActor
    @OptionalField(key: "note") var note: String?

    init() {}
}

/// A numbered ticket in an office's waiting room, for a checked-in booking or a walk-in.
final class TicketModel: Model, @unchecked Sendable {
    static let schema = "reception_tickets"

    @ID(key: .id) var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "day") var day: String
    @Field(key: "ticket_no") var ticketNo: Int
    @OptionalField(key: "booking_id") var bookingID: UUID?
    @OptionalField(key: "official_id") var officialID: UUID?
    @OptionalField(key: "walk_in_name") var walkInName: String?
    @Enum(key: "status") var status: TicketStatus
    @Field(key: "issued_at") var issuedAt: Date
    @OptionalField(key: "called_at") var calledAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}

/// "Tell me when a slot frees up" for one official.
final class WaitlistModel: Model, @unchecked Sendable {
    static let schema = "reception_waitlist"

    @ID(key: .id) var id: UUID?
    @Field(key: "official_id") var officialID: UUID
    @Field(key: "citizen_id") var citizenID: UUID
    @Field(key: "citizen_fin") var citizenFIN: String
    @Field(key: "citizen_name") var citizenName: String
    @Field(key: "topic") var topic: String
    @Field(key: "subject") var subject: String
    @Enum(key: "status") var status: WaitlistStatus
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "booking_id") var bookingID: UUID?

    init() {}
}

/// The follow-up case an official opened at a reception, tracked to its deadline.
final class FollowUpModel: Model, @unchecked Sendable {
    static let schema = "reception_follow_ups"

    @ID(key: .id) var id: UUID?
    @Field(key: "booking_id") var bookingID: UUID
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "unit_code") var unitCode: String
    @Field(key: "assigned_to") var assignedTo: String
    @Field(key: "due_on") var dueOn: String
    @Enum(key: "status") var status: FollowUpStatus
    @Field(key: "opened_at") var openedAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "resolution") var resolution: String?

    init() {}
}

/// Booking bumps this row first: on PostgreSQL the UPDATE's row lock serialises one citizen's parallel
/// bookings, so two cannot both pass the active-bookings limit.
final class CitizenLockModel: Model, @unchecked Sendable {
    static let schema = "reception_citizen_locks"

    @ID(custom: "citizen_id", generatedBy: .user) var id: UUID?
    @Field(key: "bookings") var bookings: Int

    init() {}
    init(id: UUID) { self.id = id; bookings = 0 }
}
