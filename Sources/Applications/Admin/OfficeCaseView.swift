import PortalHTTP

/// `/office/applications/:id`: a case as the agency handles it — applicant, status and deadline,
/// taking it, the answers, the next step, the result, extending the deadline, internal notes, the
/// timeline; an action refused comes back with its problem beside the field and in the summary.
struct OfficeCasePage: Sendable {
    struct Answer: Sendable {
        var label: String
        var value: String
        /// The download link when the answer is a file.
        var file: String?
    }

    struct Note: Sendable {
        var at: String
        var text: String
    }

    var id: String
    var number: String
    var service: String
    var applicant: String
    var company: String?
    var status: String
    var due: String?
    var overdue: Bool
    var paused: Bool
    var extensionReason: String?
    var deadlineDays: Int
    var answers: [Answer]
    var timeline: [TimelineEntry]
    var notes: [Note]
    var assignedToMe: Bool
    /// The steps this official may take from here.
    var next: [Choice]
    var reasons: [Choice]
    var canExtend: Bool
    var canUploadResult: Bool
    var resultFile: String?
    var final: Bool
    /// An operator who has reviewed the case may hand it to whoever decides (`SendForDecision`).
    var canSendForDecision: Bool
    var errors: FormErrors
}

extension OfficeCasePage: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/office/applications")) { t("applications.office.queue_title") } }
        p(.class("muted")) { service }
        h1 { t("applications.case.heading", number) }
        ErrorSummary(errors)
        SummaryList {
            SummaryRow(t("applications.office.applicant")) { applicant; if let company { " · "; t("applications.case.company", company) } }
            SummaryRow(t("applications.case.status")) { status }
            if let due { SummaryRow(t("applications.case.due")) { deadline(due) } }
        }
        if !final {
            PostForm(action: "/office/applications/\(id)/assign", class: "inline-form") {
                if assignedToMe {
                    HiddenField("to", "none")
                    Button(t("applications.office.unassign"), style: .secondary)
                } else {
                    HiddenField("to", "me")
                    Button(t("applications.office.take"))
                }
            }
        }
        h2 { t("applications.office.answers") }
        SummaryList {
            for row in answers {
                div { dt { row.label }; dd { if let file = row.file { a(.href(file)) { row.value } } else { row.value } } }
            }
        }
        if !next.isEmpty { transition }
        if canSendForDecision { sendForDecision }
        if canUploadResult { result }
        if canExtend { extend }
        h2 { t("applications.office.notes") }
        p(.class("hint")) { t("applications.office.notes_hint") }
        ul { for note in notes { li { span(.class("muted")) { note.at }; " "; note.text } } }
        PostForm(action: "/office/applications/\(id)/note", novalidate: true) {
            div(.class(fieldClass("note"))) {
                label(.for("note")) { t("applications.office.note") }
                problem("note")
                textarea(.id("note"), .name("text"), .rows(3))
            }
            Button(t("applications.office.add_note"), style: .secondary)
        }
        h2 { t("applications.case.timeline") }
        Timeline(timeline)
    }

    @HTMLBuilder func deadline(_ due: String) -> some HTMLContent {
        due
        " ("
        t("applications.start.deadline_days", String(deadlineDays))
        ")"
        if paused { " "; StatusTag(t("applications.case.paused")) }
        if overdue { " "; StatusTag(t("applications.case.overdue"), tone: .warning) }
        if let extensionReason { br(); t("applications.office.extended_because", extensionReason) }
    }

    /// The next step (radios), the reason for a refusal, the message to the applicant.
    @HTMLBuilder var transition: some HTMLContent {
        h2 { t("applications.office.next_step") }
        PostForm(action: "/office/applications/\(id)/transition", novalidate: true) {
            fieldset(.class(fieldClass("to")), .id("to")) {
                legend { t("applications.office.choose_step") }
                problem("to")
                for choice in next {
                    div(.class("checkbox")) {
                        input(.type("radio"), .id("to-" + choice.value), .name("to"), .value(choice.value))
                        label(.for("to-" + choice.value)) { choice.label }
                    }
                }
            }
            div(.class(fieldClass("reason"))) {
                label(.for("reason")) { t("applications.office.reason") }
                problem("reason", id: "reason-error")
                select(.id("reason"), .name("reason")) {
                    option(.value("")) { "—" }
                    Options(reasons, selected: nil)
                }
            }
            div(.class(fieldClass("message"))) {
                label(.for("message")) { t("applications.office.message") }
                p(.class("hint"), .id("message-hint")) { t("applications.office.message_hint") }
                problem("message", id: "message-error")
                textarea(.id("message"), .name("message"), .rows(4), .ariaDescribedBy("message-hint"))
            }
            Button(t("applications.office.record"))
        }
    }

    @HTMLBuilder var sendForDecision: some HTMLContent {
        h2 { t("applications.office.send_for_decision") }
        PostForm(action: "/office/applications/\(id)/decision-request", novalidate: true) {
            div(.class(fieldClass("decisionNote"))) {
                label(.for("decision-note")) { t("applications.office.decision_note") }
                p(.class("hint"), .id("decision-note-hint")) { t("applications.office.send_for_decision_hint") }
                problem("decisionNote", id: "decision-note-error")
                textarea(.id("decision-note"), .name("note"), .rows(3), .ariaDescribedBy("decision-note-hint"))
            }
            Button(t("applications.office.send"))
        }
    }

    @HTMLBuilder var result: some HTMLContent {
        h2 { t("applications.office.result") }
        if let resultFile { p { a(.href(resultFile)) { t("applications.case.download_result") } } }
        PostForm(action: "/office/applications/\(id)/result", multipart: true, novalidate: true) {
            div(.class(fieldClass("file"))) {
                label(.for("file")) { t("applications.office.result_file") }
                problem("file", id: "file-error")
                input(.id("file"), .name("file"), .type("file"), .accept("application/pdf"))
            }
            Button(t("applications.office.upload_result"))
        }
    }

    @HTMLBuilder var extend: some HTMLContent {
        h2 { t("applications.office.extend") }
        PostForm(action: "/office/applications/\(id)/extend", novalidate: true) {
            HiddenField("days", "30")
            div(.class(fieldClass("extensionReason"))) {
                label(.for("extension-reason")) { t("applications.office.extend_reason") }
                problem("extensionReason")
                input(.id("extension-reason"), .name("reason"), .type("text"))
            }
            Button(t("applications.office.extend_button"), style: .secondary)
        }
    }

    func fieldClass(_ field: String) -> String { errors[field] == nil ? "field" : "field field-error" }

    /// The error beside a field as the office's forms show it: the message alone.
    @HTMLBuilder func problem(_ field: String, id: String? = nil) -> some HTMLContent {
        if let message = errors[field] { p(.class("error-message"), .id(id)) { message } }
    }
}
