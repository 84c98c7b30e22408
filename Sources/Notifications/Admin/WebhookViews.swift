import Foundation
import PortalHTTP

struct WebhookListPage: Sendable {
    struct Row: Sendable {
        var id: String
        var agency: String
        var url: String
        var events: [String]
        var enabled: Bool
        var created: String
    }

    var rows: [Row]
}

extension WebhookListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("notifications.webhooks.heading") }
        p { t("notifications.webhooks.lead") }
        p { a(.class("button"), .href("/office/webhooks/new")) { t("notifications.webhooks.new") } }
        if rows.isEmpty {
            p(.id("webhooks-empty")) { t("notifications.webhooks.empty") }
        } else {
            Table(caption: t("notifications.webhooks.heading"),
                  columns: [.init(t("notifications.webhooks.url")), .init(t("notifications.webhooks.agency")),
                            .init(t("notifications.webhooks.events")), .init(t("notifications.webhooks.state")), .init(t("table.when"))],
                  rows: rows) { row in
                td { a(.href("/office/webhooks/\(row.id)")) { code { row.url } } }
                td { row.agency }
                td { row.events.joined(separator: ", ") }
                td { StatusTag(row.enabled ? t("notifications.webhooks.enabled") : t("notifications.webhooks.disabled"),
                               tone: row.enabled ? .online : .neutral) }
                td { row.created }
            }
        }
    }
}

struct WebhookFormPage: Sendable {
    var agencies: [Choice]
    var agency: String
    var url: String
    var events: [String]
    var description: String
    var errors: FormErrors
}

extension WebhookFormPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/office/webhooks")) { t("notifications.webhooks.heading") } }
        h1 { t("notifications.webhooks.new_heading") }
        ErrorSummary(errors)
        PostForm(action: "/office/webhooks", novalidate: true) {
            FormField.select("agency", label: t("notifications.webhooks.agency"), choices: agencies, selected: agency,
                             placeholder: agencies.count == 1 ? nil : t("notifications.webhooks.agency_choose"), error: errors["agency"])
            FormField.text("url", label: t("notifications.webhooks.url"), hint: t("notifications.webhooks.url_hint"), value: url,
                           error: errors["url"], type: "url", .autocomplete("off"))
            FormField.checkboxes("events", legend: t("notifications.webhooks.events"), hint: t("notifications.webhooks.events_hint"),
                                 choices: WebhookEventType.allCases.map { Choice(value: $0.rawValue, label: t(dynamic: "notifications.webhooks.event.\($0.rawValue)")) },
                                 selected: events, error: errors["events"])
            FormField.text("description", label: t("notifications.webhooks.description"), value: description, error: errors["description"])
            Button(t("notifications.webhooks.register"))
        }
    }
}

/// The answer to a registration: the only time the secret is shown.
struct WebhookSecretPage: Sendable {
    var id: String
    var url: String
    var secret: String
}

extension WebhookSecretPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("notifications.webhooks.secret_heading") }
        p { t("notifications.webhooks.secret_lead") }
        SummaryList {
            SummaryRow(t("notifications.webhooks.url")) { code { url } }
            SummaryRow(t("notifications.webhooks.secret")) { code(.id("webhook-secret")) { secret } }
        }
        p { t("notifications.webhooks.verify_hint") }
        p { a(.href("/office/webhooks/\(id)")) { t("notifications.webhooks.continue") } }
    }
}

struct WebhookPage: Sendable {
    struct Delivery: Sendable {
        var id: String
        var messageID: String
        var type: String
        var status: String
        var retryable: Bool
        var attempts: Int
        var answer: String
        var error: String
        var when: String
    }

    var id: String
    var url: String
    var events: [String]
    var description: String
    var enabled: Bool
    var disabled: String?
    var deliveries: [Delivery]
}

extension WebhookPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/office/webhooks")) { t("notifications.webhooks.heading") } }
        h1 { t("notifications.webhooks.endpoint_heading") }
        SummaryList {
            SummaryRow(t("notifications.webhooks.url")) { code { url } }
            SummaryRow(t("notifications.webhooks.events")) { events.joined(separator: ", ") }
            if !description.isEmpty { SummaryRow(t("notifications.webhooks.description")) { description } }
            SummaryRow(t("notifications.webhooks.state")) {
                if let disabled { t("notifications.webhooks.disabled_at", disabled) } else { t("notifications.webhooks.enabled") }
            }
        }
        if enabled {
            PostForm(action: "/office/webhooks/\(id)/disable") { Button(t("notifications.webhooks.disable"), style: .warning) }
        }
        h2 { t("notifications.webhooks.deliveries") }
        if deliveries.isEmpty {
            p(.id("deliveries-empty")) { t("notifications.webhooks.no_deliveries") }
        } else {
            Table(caption: t("notifications.webhooks.deliveries"),
                  columns: [.init(t("table.when")), .init(t("notifications.webhooks.event")), .init(t("notifications.webhooks.message_id")),
                            .init(t("notifications.message.status")), .init(t("notifications.office.attempts"), numeric: true),
                            .init(t("notifications.webhooks.answer")), .init(t("notifications.office.error")),
                            .init(t("table.actions"), hidden: true)],
                  rows: deliveries) { row in
                td { row.when }
                td { code { row.type } }
                td { code { row.messageID } }
                td { row.status }
                td(.class("numeric")) { row.attempts }
                td { row.answer }
                td { row.error }
                td {
                    if row.retryable && enabled {
                        PostForm(action: "/office/webhooks/\(id)/deliveries/\(row.id)/retry") { Button(t("notifications.office.retry"), style: .secondary) }
                    }
                }
            }
        }
    }
}
