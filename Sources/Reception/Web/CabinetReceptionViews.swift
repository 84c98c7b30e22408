import PortalHTTP

extension CabinetReceptionPages {
    struct Row: Sendable {
        var number: String
        var when: String
        var official: String
        var status: String
    }

    /// `/cabinet/receptions`: the citizen's upcoming and past receptions.
    struct ListPage: Sendable {
        var upcoming: [Row]
        var past: [Row]
    }

    /// `/cabinet/receptions/:number/reschedule`: the official's other free slots.
    struct ReschedulePage: Sendable {
        var number: String
        var when: String
        var days: [DayView]
        var refusal: String?
    }
}

extension CabinetReceptionPages.ListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.cabinet.heading") }
        p { a(.href("/reception")) { t("reception.cabinet.book_new") } }
        h2 { t("reception.cabinet.upcoming") }
        if upcoming.isEmpty { p { t("reception.cabinet.none_upcoming") } } else { bookings(upcoming, caption: t("reception.cabinet.upcoming")) }
        h2 { t("reception.cabinet.past") }
        if past.isEmpty { p { t("reception.cabinet.none_past") } } else { bookings(past, caption: t("reception.cabinet.past")) }
    }

    @HTMLBuilder
    func bookings(_ rows: [CabinetReceptionPages.Row], caption: Localized) -> some HTMLContent {
        Table(caption: caption, columns: [.init(t("reception.number")), .init(t("reception.book.when")), .init(t("reception.book.official")),
                                          .init(t("reception.status"))], rows: rows) { row in
            td { a(.href("/cabinet/receptions/\(row.number)")) { row.number } }
            td { row.when }
            td { row.official }
            td { row.status }
        }
    }
}

extension CabinetReceptionPages.ReschedulePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.reschedule.heading") }
        if let refusal { div(.class("error-summary"), .role("alert"), .tabindex(-1)) { h2 { refusal } } }
        p { t("reception.reschedule.current", when) }
        if days.isEmpty {
            p { t("reception.slots.none") }
        } else {
            PostForm(action: "/cabinet/receptions/\(number)/reschedule") {
                for day in days {
                    fieldset(.class("field")) {
                        legend { day.label }
                        for slot in day.slots {
                            div(.class("checkbox")) {
                                input(.type("radio"), .id("slot-\(slot.start)"), .name("start"), .value(String(slot.start)))
                                label(.for("slot-\(slot.start)")) { time(.datetime(slot.iso)) { slot.time } }
                            }
                        }
                    }
                }
                button(.type("submit"), .id("reschedule-submit")) { t("reception.reschedule.submit") }
            }
        }
        p { a(.href("/cabinet/receptions/\(number)")) { t("reception.cabinet.back_to_booking") } }
    }
}
