import PortalHTTP

/// `/cabinet/inbox` (and `?archived=1`).
struct InboxListPage: Sendable {
    struct Row: Sendable {
        var id: String
        var subject: String
        var when: String
        var unread: Bool
    }

    var rows: [Row]
    var archived: Bool
    var links: [PageLink]
}

extension InboxListPage: HTMLView {
    var body: some HTMLContent {
        h1 { if archived { t("notifications.inbox.archived_heading") } else { t("notifications.inbox.heading") } }
        p {
            if archived {
                a(.href("/cabinet/inbox")) { t("notifications.inbox.show_inbox") }
            } else {
                a(.href("/cabinet/inbox?archived=1")) { t("notifications.inbox.show_archived") }
            }
            " · "
            a(.href("/cabinet/notifications/settings")) { t("notifications.settings.link") }
        }
        if rows.isEmpty {
            p(.id("inbox-empty")) { t("notifications.inbox.empty") }
        } else {
            Table(caption: t("notifications.inbox.heading"), captionHidden: true,
                  columns: [.init(t("notifications.inbox.subject")), .init(t("table.when")), .init(t("notifications.inbox.state"))],
                  rows: rows) { row in
                td {
                    a(.href("/cabinet/inbox/\(row.id)"), .class(row.unread ? "unread" : nil)) {
                        if row.unread { strong { row.subject } } else { row.subject }
                    }
                }
                td { row.when }
                td {
                    if row.unread { StatusTag(t("notifications.inbox.unread"), tone: .emphasis) } else { t("notifications.inbox.read") }
                }
            }
            if !links.isEmpty { Pagination(label: t("notifications.inbox.pages"), links: links) }
        }
    }
}

/// `/cabinet/inbox/:id`: the message, what it is about, where else it went.
struct InboxMessagePage: Sendable {
    struct Delivery: Sendable {
        var channel: String
        var address: String
        var status: String
    }

    var id: String
    var notice: RenderedNotice
    var when: String
    var archived: Bool
    var deliveries: [Delivery]
}

extension InboxMessagePage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/cabinet/inbox")) { t("notifications.message.back") } }
        if let note = notice.fallbackNote { Notice(announced: false) { p(.id("fallback-note")) { note } } }
        h1 { notice.subject }
        p(.class("muted")) { when }
        for paragraph in notice.paragraphs { p { paragraph } }
        p { ButtonLink(href: notice.path, label: t("notifications.message.open")) }
        if !deliveries.isEmpty {
            Table(caption: t("notifications.message.deliveries"),
                  columns: [.init(t("notifications.message.channel")), .init(t("notifications.message.address")),
                            .init(t("notifications.message.status"))],
                  rows: deliveries) { delivery in
                td { delivery.channel }
                td { delivery.address }
                td { delivery.status }
            }
        }
        if !archived {
            PostForm(action: "/cabinet/inbox/\(id)/archive") { Button(t("notifications.message.archive"), style: .secondary) }
        }
    }
}
