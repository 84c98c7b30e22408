import PortalHTTP

extension OfficeReceptionPages {
    struct DayRow: Sendable {
        var number: String
        var time: String
        var citizen: String
        var topic: String
        var status: String
    }

    struct OfficialDay: Sendable {
        var id: String
        var name: String
        var position: String
        var rows: [DayRow]
        var waiting: String
    }

    /// `/office/reception`: the day's bookings per official, check-in by number, walk-ins, call next.
    struct DayPage: Sendable {
        var day: String
        var dayISO: String
        var officials: [OfficialDay]
        var officialChoices: [Choice]
        var boards: [String]
        var errors: FormErrors
    }

    /// `/office/reception/bookings/:number`: one booking, what the desk can do with it, its timeline.
    struct BookingPage: Sendable {
        var number: String
        var when: String
        var citizen: String
        var fin: String
        var official: String
        var status: String
        var topic: String
        var subject: String
        var attachment: String?
        var timeline: [TimelineView]
        var canCheckIn: Bool
        var canNoShow: Bool
        var canCancel: Bool
        var canRecord: Bool
        /// A video reception's meeting link (the office joins the same room).
        var meeting: MeetingView?
        var errors: FormErrors
    }

    struct FollowUpRow: Sendable {
        var id: String
        var number: String
        var citizen: String
        var assignedTo: String
        var due: String
        var overdue: Bool
    }

    /// `/office/reception/follow-ups`: the open follow-ups of the person's scope, a note or closing each.
    struct FollowUpsPage: Sendable {
        var rows: [FollowUpRow]
    }
}

extension OfficeReceptionPages.DayPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.office.heading", day) }
        ErrorSummary(errors)
        form(.method("get"), .action("/office/reception"), .class("inline-form")) {
            label(.for("day")) { t("reception.office.day") }
            input(.id("day"), .name("day"), .type("date"), .value(dayISO))
            Button(t("reception.office.show"), style: .secondary)
        }
        p {
            for code in boards { a(.href("/reception/board/\(code)")) { t("reception.board.link") }; " ("; code; ") " }
            "· "
            a(.href("/office/reception/follow-ups")) { t("reception.office.follow_ups.title") }
            " · "
            a(.href("/office/reception/stats.csv")) { t("reception.office.stats_csv") }
        }
        h2 { t("reception.office.check_in") }
        PostForm(action: "/office/reception/check-in", novalidate: true) {
            FormField.text("number", label: t("reception.office.number.label"), hint: t("reception.office.number.hint"), value: nil,
                           error: errors["number"], .class("input-medium"), .autocomplete("off"))
            Button(t("reception.office.check_in_submit"))
        }
        if !officials.isEmpty {
            h2 { t("reception.office.walk_in") }
            PostForm(action: "/office/reception/walk-in", novalidate: true) {
                FormField.text("walk_in_name", name: "name", label: t("reception.office.walk_in_name"), value: nil, error: errors["walk_in_name"],
                               .class("input-medium"))
                FormField.select("walk_in_official", name: "official", label: t("reception.book.official"), choices: officialChoices, selected: nil)
                Button(t("reception.office.walk_in_submit"), style: .secondary)
            }
        }
        for official in officials {
            h2 { official.name; " "; span(.class("muted")) { official.position } }
            PostForm(action: "/office/reception/officials/\(official.id)/call-next", class: "inline-form") {
                Button(t("reception.office.call_next", official.waiting))
            }
            if official.rows.isEmpty {
                p { t("reception.office.no_bookings") }
            } else {
                // Captioned by the official's name (data), so not the `Table` component (a locale key).
                table {
                    caption(.class("visually-hidden")) { official.name }
                    thead {
                        tr {
                            th(.scope("col")) { t("reception.office.time") }
                            th(.scope("col")) { t("reception.number") }
                            th(.scope("col")) { t("reception.office.citizen") }
                            th(.scope("col")) { t("reception.topic.label") }
                            th(.scope("col")) { t("reception.status") }
                        }
                    }
                    tbody {
                        for row in official.rows {
                            tr {
                                td { row.time }
                                td { a(.href("/office/reception/bookings/\(row.number)")) { row.number } }
                                td { row.citizen }
                                td { row.topic }
                                td { row.status }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension OfficeReceptionPages.BookingPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.office.booking.title", number) }
        ErrorSummary(errors)
        SummaryList {
            SummaryRow(t("reception.office.citizen")) { citizen; " ("; fin; ")" }
            SummaryRow(t("reception.book.when")) { when }
            SummaryRow(t("reception.book.official")) { official }
            div { dt { t("reception.status") }; dd(.id("office-status")) { status } }
            SummaryRow(t("reception.topic.label")) { topic }
            SummaryRow(t("reception.subject.label")) { subject }
            if let attachment { SummaryRow(t("reception.document.label")) { attachment } }
        }
        if let meeting { VideoMeetingSection(meeting: meeting, office: true) }
        if canCheckIn {
            PostForm(action: "/office/reception/bookings/\(number)/check-in") {
                button(.type("submit"), .id("check-in")) { t("reception.office.check_in_submit") }
            }
        }
        if canNoShow {
            PostForm(action: "/office/reception/bookings/\(number)/no-show") { Button(t("reception.office.no_show"), style: .secondary) }
        }
        if canRecord {
            h2 { t("reception.office.outcome") }
            PostForm(action: "/office/reception/bookings/\(number)/outcome", novalidate: true) {
                FormField.select("outcome", label: t("reception.office.outcome"), choices: Choice.all(ReceptionOutcome.self, keyPrefix: "reception.outcome."),
                                 selected: nil)
                FormField.textarea("note", label: t("reception.office.note"), rows: 4, value: nil, error: errors["note"])
                FormField.text("unit", label: t("reception.office.follow_up_unit"), hint: t("reception.office.follow_up_unit.hint"), value: nil)
                button(.type("submit"), .id("record-outcome")) { t("reception.office.record") }
            }
        }
        if canCancel {
            h2 { t("reception.office.cancel") }
            PostForm(action: "/office/reception/bookings/\(number)/cancel", novalidate: true) {
                FormField.textarea("reason", label: t("reception.office.reason"), rows: 2, value: nil, error: errors["reason"])
                Button(t("reception.office.cancel"), style: .warning)
            }
        }
        h2 { t("reception.detail.timeline") }
        BookingTimeline(steps: timeline, citizen: false)
        p { a(.href("/office/reception")) { t("reception.office.back") } }
    }
}

extension OfficeReceptionPages.FollowUpsPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.office.follow_ups.title") }
        if rows.isEmpty { p { t("reception.office.follow_ups.none") } }
        for row in rows {
            section(.class("follow-up")) {
                h2 { a(.href("/office/reception/bookings/\(row.number)")) { row.number }; " — "; row.citizen }
                p {
                    t("reception.follow_up.assigned"); ": "; row.assignedTo
                    " · "
                    t("reception.follow_up.due"); ": "; row.due
                    if row.overdue { " — "; strong { t("reception.follow_up.overdue") } }
                }
                PostForm(action: "/office/reception/follow-ups/\(row.id)", novalidate: true) {
                    FormField.textarea("note-\(row.id)", name: "note", label: t("reception.office.follow_up_note"), rows: 2, value: nil)
                    Checkbox("close-\(row.id)", name: "close", label: t("reception.office.follow_up_close"), checked: false)
                    Button(t("form.save"))
                }
            }
        }
        p { a(.href("/office/reception")) { t("reception.office.back") } }
    }
}
