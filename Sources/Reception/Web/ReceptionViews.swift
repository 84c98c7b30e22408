import PortalHTTP

/// Typed pieces the reception pages share.
struct SlotView: Sendable {
    var start: Int
    var time: String
    var iso: String
    var free: String
}

struct DayView: Sendable {
    var label: String
    var slots: [SlotView]
}

struct OfficialView: Sendable {
    var id: String
    var name: String
    var position: String
    var agency: String
    var agencyCode: String
    var unit: String
    var room: String
    var address: String
    var mode: String
    var video: Bool
    var topics: String
}

/// A video reception's meeting as the citizen's and the office's booking pages show it.
struct MeetingView: Sendable {
    var url: String
    /// Minutes before the start at which it opens.
    var opensMinutes: String
}

struct TimelineView: Sendable {
    var at: String
    var iso: String
    var text: String
    var note: String?
}

struct AlternativeView: Sendable {
    var start: Int
    var label: String
}

enum ReceptionViews {
    static func time(_ date: Date) -> String {
        let c = BakuTime.calendar().dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    static func dayLabel(_ day: LocalDate, _ req: Request) -> String {
        req.t("reception.weekday.\(day.isoWeekday)") + ", " + req.displayDate(day)
    }

    static func days(_ slots: [FreeSlot], _ req: Request) -> [DayView] {
        let grouped = Dictionary(grouping: slots.filter { $0.free > 0 }, by: { $0.slot.day })
        return grouped.keys.sorted().map { day in
            DayView(label: dayLabel(day, req), slots: grouped[day]!.map {
                SlotView(start: Int($0.slot.start.timeIntervalSince1970), time: time($0.slot.start), iso: BakuTime.iso8601($0.slot.start), free: String($0.free))
            })
        }
    }

    static func alternatives(_ slots: [SlotTime], _ req: Request) -> [AlternativeView] {
        slots.map { AlternativeView(start: Int($0.start.timeIntervalSince1970), label: dayLabel($0.day, req) + " " + time($0.start)) }
    }

    static func official(_ o: ReceptionOfficial, _ req: Request) async throws -> OfficialView {
        let agency = try await req.portal.directory.agency(id: o.agencyID)
        let unit = try await req.portal.directory.unit(code: o.unitCode)
        return OfficialView(id: o.id.uuidString, name: o.fullName, position: req.t("reception.position.\(o.position)"),
                            agency: agency?.name.text(req.language) ?? "", agencyCode: agency?.code ?? "", unit: unit?.name.text(req.language) ?? o.unitCode,
                            room: o.room, address: o.address, mode: req.t("reception.mode.\(o.mode.rawValue)"), video: o.mode == .video,
                            topics: o.topics.map { req.t("reception.topic.\($0.rawValue)") }.joined(separator: ", "))
    }

    /// The meeting of a video reception that is still to come or under way; nil for a reception in person
    /// (which has the desk's QR code) and once the reception is over or cancelled.
    static func meeting(_ booking: BookingRecord, _ official: ReceptionOfficial?, _ req: Request) -> MeetingView? {
        guard official?.mode == .video, let room = booking.videoRoom, booking.status.awaitsReception else { return nil }
        let settings = req.application.reception.settings
        return MeetingView(url: settings.meetingURL(room: room), opensMinutes: String(settings.videoOpensMinutes))
    }

    /// A booking's history (`ReceptionQueries.timeline(of:)`) in the reader's language.
    static func timeline(_ steps: [BookingStep], _ req: Request) -> [TimelineView] {
        steps.map { row in
            var note = row.note
            if row.kind == .outcome, let text = row.note, let colon = text.firstIndex(of: ":"),
               let outcome = ReceptionOutcome(rawValue: String(text[..<colon])) {
                note = req.t("reception.outcome.\(outcome.rawValue)") + " — " + text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return TimelineView(at: req.displayTime(row.at), iso: BakuTime.iso8601(row.at), text: req.t("reception.timeline.\(row.kind.rawValue)"), note: note)
        }
    }

    /// The topics an official receives on (all for none), and always "other".
    static func topicChoices(_ official: ReceptionOfficial?) -> [Choice] {
        var topics = official?.topics ?? ReceptionTopic.allCases
        if !topics.contains(.other) { topics.append(.other) }
        return topics.map { Choice(value: $0.rawValue, label: t(dynamic: "reception.topic.\($0.rawValue)")) }
    }

    static func refusalMessage(_ reason: ReceptionRefusal, _ req: Request) -> String {
        let s = req.application.reception.settings
        switch reason {
        case .tooManyActive: return req.t(reason.messageKey, String(s.maxActiveBookings))
        case .outsideWindow: return req.t(reason.messageKey, String(s.windowDays), String(format: "%02d:00", s.windowOpenHour))
        case .pastCutoff: return req.t(reason.messageKey, String(s.changeCutoffHours))
        default: return req.t(reason.messageKey)
        }
    }
}

/// Where the official receives: the mode, and for a visit the room and address.
struct OfficialWhere: HTMLView {
    let official: OfficialView

    var body: some HTMLContent {
        official.mode
        if !official.video { " — "; t("reception.official.room", official.room); ", "; official.address }
    }
}

/// A video reception's meeting link with when it opens (instead of the desk's QR code); the office's
/// page of the booking says it to the official.
struct VideoMeetingSection: HTMLView {
    let meeting: MeetingView
    var office = false

    var body: some HTMLContent {
        h2(.id("meeting-heading")) { t("reception.meeting.heading") }
        if office { p { t("reception.meeting.explain_office", meeting.opensMinutes) } } else { p { t("reception.meeting.explain", meeting.opensMinutes) } }
        p { a(.href(meeting.url), .id("meeting-link"), .class("button"), .rel("noopener noreferrer")) { t("reception.meeting.join") } }
        p(.class("hint")) {
            if office { t("reception.meeting.address_office") } else { t("reception.meeting.address") }
            " "; code(.id("meeting-url"), .class("wrap-anywhere")) { meeting.url }
        }
    }
}

/// Other free places offered after a refusal or an office cancellation; nothing when there are none.
struct AlternativeSlots: HTMLView {
    let officialID: String
    let alternatives: [AlternativeView]

    var body: some HTMLContent {
        if !alternatives.isEmpty {
            p { t("reception.alternatives") }
            ul { for alt in alternatives { li { a(.href("/reception/officials/\(officialID)/book?start=\(alt.start)")) { alt.label } } } }
        }
    }
}

/// A booking's history, oldest first: `<ol class="timeline">` (the citizen's page marks the times up).
struct BookingTimeline: HTMLView {
    let steps: [TimelineView]
    /// The citizen's page: an id on the list and `<time>` elements.
    let citizen: Bool

    var body: some HTMLContent {
        ol(.class("timeline"), .id(citizen ? "timeline" : nil)) {
            for step in steps {
                li {
                    if citizen { time(.datetime(step.iso)) { step.at } } else { step.at }
                    " — "
                    step.text
                    if let note = step.note { " "; span(.class("muted")) { "("; note; ")" } }
                }
            }
        }
    }
}
