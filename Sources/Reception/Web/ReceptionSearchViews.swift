import PortalHTTP

extension ReceptionPages {
    /// `/reception`: choose a unit (and a topic), then the officials of the unit.
    struct IndexPage: Sendable {
        var units: [Choice]
        var unit: String?
        var topic: String?
        /// The chosen unit's name; nil until a unit is chosen.
        var unitName: String?
        var officials: [OfficialView]
        /// The queue board of the unit's local executive authority.
        var boardCode: String?
    }

    /// `/reception/officials/:id`: the official, the free slots by day, the waitlist.
    struct OfficialPage: Sendable {
        var official: OfficialView
        var days: [DayView]
        var signedIn: Bool
        var topics: [Choice]
        var windowDays: String
        var openHour: String
        var errors: FormErrors
    }
}

extension ReceptionPages.IndexPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.heading") }
        p(.class("lead")) { t("reception.lead") }
        form(.method("get"), .action("/reception"), .class("filters")) {
            FormField.select("unit", label: t("reception.unit.label"), choices: units, selected: unit, placeholder: t("reception.choose_unit"))
            FormField.select("topic", label: t("reception.topic.label"), choices: Choice.all(ReceptionTopic.self, keyPrefix: "reception.topic."),
                             selected: topic, placeholder: t("reception.any_topic"))
            button(.type("submit")) { t("reception.show_officials") }
        }
        if let unitName {
            h2 { t("reception.officials_in", unitName) }
            if officials.isEmpty { p { t("reception.no_officials") } }
            ul(.class("result-list")) {
                for official in officials {
                    li {
                        h3 { a(.href("/reception/officials/\(official.id)")) { official.name } }
                        p { official.position; ", "; official.agency }
                        p(.class("muted")) { t("reception.topics"); ": "; official.topics; " · "; official.mode }
                    }
                }
            }
            if let boardCode { p { a(.href("/reception/board/\(boardCode)")) { t("reception.board.link") } } }
        }
    }
}

extension ReceptionPages.OfficialPage: HTMLView {
    var body: some HTMLContent {
        h1 { official.name }
        ErrorSummary(errors)
        SummaryList {
            SummaryRow(t("reception.official.position")) { official.position; ", "; official.agency }
            SummaryRow(t("reception.topics")) { official.topics }
            SummaryRow(t("reception.official.where")) { OfficialWhere(official: official) }
        }
        h2 { t("reception.slots.heading") }
        p(.class("hint")) { t("reception.slots.window", windowDays, openHour) }
        if days.isEmpty { p { t("reception.slots.none") } }
        for day in days {
            h3 { day.label }
            ul(.class("slot-list")) {
                for slot in day.slots {
                    li {
                        a(.class("button-link"), .href("/reception/officials/\(official.id)/book?start=\(slot.start)")) {
                            time(.datetime(slot.iso)) { slot.time }
                            span(.class("visually-hidden")) { " "; day.label }
                        }
                        " "
                        span(.class("muted")) { t("reception.slots.free", slot.free) }
                    }
                }
            }
        }
        h2 { t("reception.waitlist.heading") }
        p { t("reception.waitlist.explain") }
        if signedIn {
            PostForm(action: "/reception/officials/\(official.id)/waitlist", novalidate: true) {
                FormField.select("waitlist_topic", name: "topic", label: t("reception.topic.label"), choices: topics, selected: nil)
                FormField.textarea("waitlist_subject", name: "subject", label: t("reception.subject.label"), value: nil, error: errors["waitlist_subject"])
                Button(t("reception.waitlist.join"), style: .secondary)
            }
        } else {
            p { a(.href("/signin?next=/reception/officials/\(official.id)")) { t("reception.sign_in_to_book") } }
        }
    }
}
