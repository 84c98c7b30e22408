import PortalHTTP

extension CabinetReceptionPages {
    struct FollowUpView: Sendable {
        var assignedTo: String
        var due: String
        var open: Bool
        var overdue: Bool
        var resolution: String?
    }

    /// `/cabinet/receptions/:number`: the booking, its QR code for check-in, what can still be done
    /// (confirm a hold, cancel, reschedule, rate), the outcome, the follow-up and the timeline.
    struct DetailPage: Sendable {
        var number: String
        var when: String
        var iso: String
        var official: OfficialView
        var status: String
        var topic: String
        var subject: String
        var attachment: String?
        /// The check-in QR code as SVG, drawn by PortalCore's encoder (`QRCodeSVG`); nil once it is no use.
        var qr: String?
        /// A video reception's meeting link (no QR code then).
        var meeting: MeetingView?
        /// Whether the "Add to calendar" file is offered.
        var calendar: Bool
        var timeline: [TimelineView]
        var held: Bool
        var holdUntil: String?
        var canChange: Bool
        var canRate: Bool
        var rating: String?
        var cancelledByOffice: Bool
        var cancelReason: String?
        var alternatives: [AlternativeView]
        var outcome: String?
        var outcomeNote: String?
        var followUp: FollowUpView?
        var errors: FormErrors
        var cutoffHours: String
    }
}

extension CabinetReceptionPages.DetailPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.detail.heading", number) }
        ErrorSummary(errors)
        SummaryList {
            div { dt { t("reception.number") }; dd(.id("booking-number")) { number } }
            div { dt { t("reception.status") }; dd(.id("booking-status")) { status } }
            SummaryRow(t("reception.book.when")) { time(.datetime(iso), .id("booking-when")) { when } }
            SummaryRow(t("reception.book.official")) { official.name; ", "; official.position; ", "; official.agency }
            SummaryRow(t("reception.official.where")) { OfficialWhere(official: official) }
            SummaryRow(t("reception.topic.label")) { topic }
            SummaryRow(t("reception.subject.label")) { subject }
            if let attachment { SummaryRow(t("reception.document.label")) { attachment } }
        }
        if let qr {
            h2 { t("reception.detail.qr_heading") }
            p { t("reception.detail.qr_explain") }
            // The SVG is drawn by our own QR encoder from the check-in link, never from data as markup.
            figure(.class("qr"), .id("qr")) { TrustedHTML(verbatim: qr); figcaption { number } }
        }
        if let meeting { VideoMeetingSection(meeting: meeting) }
        if calendar {
            p {
                a(.href("/cabinet/receptions/\(number)/calendar.ics"), .id("add-to-calendar"), .download()) { t("reception.calendar.add") }
                " "; span(.class("hint")) { t("reception.calendar.hint") }
            }
        }
        if held {
            div(.class("notice")) {
                p { t("reception.detail.held", holdUntil ?? "") }
                PostForm(action: "/cabinet/receptions/\(number)/confirm") { button(.type("submit"), .id("confirm")) { t("reception.detail.confirm") } }
                PostForm(action: "/cabinet/receptions/\(number)/cancel") { Button(t("reception.detail.decline"), style: .secondary) }
            }
        }
        if cancelledByOffice {
            div(.class("notice")) {
                p { t("reception.detail.cancelled_by_office", cancelReason ?? "") }
                AlternativeSlots(officialID: official.id, alternatives: alternatives)
            }
        }
        if let outcome {
            h2 { t("reception.detail.outcome") }
            p(.id("outcome")) { strong { outcome }; " — "; outcomeNote }
        }
        if let followUp {
            h2 { t("reception.detail.follow_up") }
            dl(.class("summary-list"), .id("follow-up")) {
                SummaryRow(t("reception.follow_up.assigned")) { followUp.assignedTo }
                SummaryRow(t("reception.follow_up.due")) {
                    followUp.due
                    if followUp.overdue { " — "; strong { t("reception.follow_up.overdue") } }
                }
                SummaryRow(t("reception.status")) {
                    if followUp.open { t("reception.follow_up.open") } else { t("reception.follow_up.closed"); " — "; followUp.resolution }
                }
            }
        }
        h2 { t("reception.detail.timeline") }
        BookingTimeline(steps: timeline, citizen: true)
        if canChange {
            h2 { t("reception.detail.change") }
            p(.class("hint")) { t("reception.detail.cutoff", cutoffHours) }
            p { a(.href("/cabinet/receptions/\(number)/reschedule"), .id("reschedule")) { t("reception.detail.reschedule") } }
            form(.method("post"), .action("/cabinet/receptions/\(number)/cancel"), .id("cancel")) {
                CSRFField()
                Button(t("reception.detail.cancel"), style: .warning)
            }
        }
        if canRate {
            h2 { t("reception.detail.rate") }
            PostForm(action: "/cabinet/receptions/\(number)/rate", novalidate: true) {
                FormField.rating("stars", legend: t("reception.rate.stars"), error: errors["stars"])
                FormField.textarea("comment", label: t("reception.rate.comment"), value: nil)
                Button(t("reception.rate.submit"))
            }
        }
        if let rating { p { t("reception.rate.given", rating) } }
        p { a(.href("/cabinet/receptions")) { t("reception.cabinet.back") } }
    }
}
