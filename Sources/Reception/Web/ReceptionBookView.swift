import PortalHTTP

extension ReceptionPages {
    /// `/reception/officials/:id/book?start=…`: the slot, topic, subject and an optional document; a
    /// refusal (the place was taken, a rule) with other free places.
    struct BookPage: Sendable {
        var official: OfficialView
        var start: Int
        var when: String
        var topics: [Choice]
        var topic: String?
        var subject: String
        var errors: FormErrors
        var refusal: String?
        var alternatives: [AlternativeView]
    }
}

extension ReceptionPages.BookPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reception.book.heading") }
        ErrorSummary(errors)
        if let refusal {
            div(.class("error-summary"), .role("alert"), .tabindex(-1), .id("refusal")) {
                h2 { refusal }
                AlternativeSlots(officialID: official.id, alternatives: alternatives)
                p { a(.href("/reception/officials/\(official.id)")) { t("reception.all_slots") } }
            }
        }
        SummaryList {
            SummaryRow(t("reception.book.official")) { official.name; ", "; official.position }
            SummaryRow(t("reception.book.when")) { when }
            SummaryRow(t("reception.official.where")) { OfficialWhere(official: official) }
        }
        PostForm(action: "/reception/officials/\(official.id)/book", multipart: true, novalidate: true) {
            HiddenField("start", String(start))
            FormField.select("topic", label: t("reception.topic.label"), choices: topics, selected: topic, error: errors["topic"])
            FormField.textarea("subject", label: t("reception.subject.label"), hint: t("reception.subject.hint"), rows: 5, value: subject,
                               error: errors["subject"])
            FormField.text("document", label: t("reception.document.label"), hint: t("reception.document.hint"), value: nil,
                           error: errors["document"], type: "file", .accept(".pdf,.jpg,.jpeg,.png"))
            Button(t("reception.book.submit"))
        }
    }
}
