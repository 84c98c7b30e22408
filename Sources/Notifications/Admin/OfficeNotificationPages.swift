import Foundation
import PortalHTTP

/// `/office/notifications`: deliveries that failed, bounced or were dead-lettered (retry one), and
/// `/office/notifications/templates`: every kind of notice previewed in a chosen language.
struct OfficeNotificationPages {
    static let pageSize = 50

    func register(_ office: any RoutesBuilder) {
        office.get("notifications", use: problems)
        office.post("notifications", ":id", "retry", use: retry)
        office.get("notifications", "templates", use: templates)
    }

    @Sendable func problems(req: Request) async throws -> Response {
        _ = try req.require(NotificationsPermissions.office)
        let principal = try req.requirePrincipal()
        let page = max(1, min(10_000, req.query[Int.self, at: "page"] ?? 1))
        let result = try await RetryDelivery(app: req.application).problems(by: principal, ip: req.clientIP, limit: Self.pageSize,
                                                                             offset: (page - 1) * Self.pageSize)
        let rows = result.items.map { d in
            OfficeProblemsPage.Row(id: d.id.uuidString.lowercased(), kind: d.kind, channel: req.t("notifications.channel.\(d.channel.rawValue)"),
                                   address: d.address ?? "", status: req.t("notifications.status.\(d.status.rawValue)"),
                                   attempts: d.attempts, error: d.lastError ?? "", when: req.displayTime(d.createdAt))
        }
        let pages = (result.total + Self.pageSize - 1) / Self.pageSize
        return try req.render(OfficeProblemsPage(rows: rows, links: pages > 1 ? PageLink.pages(pages, current: page) { "/office/notifications?page=\($0)" } : []),
                              titleKey: "notifications.office.title")
    }

    @Sendable func retry(req: Request) async throws -> Response {
        _ = try req.require(NotificationsPermissions.office)
        let id = try req.uuidParameter("id")
        switch try await RetryDelivery(app: req.application).run(id, by: try req.requirePrincipal(), ip: req.clientIP) {
        case .queued: return req.redirect(to: "/office/notifications", flash: "flash.notifications.retried")
        case .notRetryable: return req.redirect(to: "/office/notifications", flash: "flash.notifications.not_retryable")
        case .notFound: throw Abort(.notFound)
        }
    }

    @Sendable func templates(req: Request) async throws -> Response {
        _ = try req.require(NotificationsPermissions.office)
        let language = req.query[String.self, at: "lang"].flatMap(Language.init(rawValue:)) ?? req.language
        let engine = NoticeTemplates(localizer: req.portal.localizer)
        let previews = NoticeTemplates.samples(now: req.portal.now()).map { event in
            OfficeTemplatesPage.Preview(kind: event.kind, category: req.t("notifications.category.\(event.category.rawValue)"),
                                        notice: engine.render(event, in: language))
        }
        return try req.render(OfficeTemplatesPage(language: language.rawValue, previews: previews), titleKey: "notifications.templates.title")
    }
}

struct OfficeProblemsPage: Sendable {
    struct Row: Sendable {
        var id: String
        var kind: String
        var channel: String
        var address: String
        var status: String
        var attempts: Int
        var error: String
        var when: String
    }

    var rows: [Row]
    var links: [PageLink]
}

extension OfficeProblemsPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("notifications.office.heading") }
        p { a(.href("/office/notifications/templates")) { t("notifications.templates.link") } }
        if rows.isEmpty {
            p(.id("problems-empty")) { t("notifications.office.empty") }
        } else {
            Table(caption: t("notifications.office.heading"),
                  columns: [.init(t("table.when")), .init(t("notifications.office.kind")), .init(t("notifications.message.channel")),
                            .init(t("notifications.message.address")), .init(t("notifications.message.status")),
                            .init(t("notifications.office.attempts"), numeric: true), .init(t("notifications.office.error")),
                            .init(t("table.actions"), hidden: true)],
                  rows: rows) { row in
                td { row.when }
                td { code { row.kind } }
                td { row.channel }
                td { row.address }
                td { row.status }
                td(.class("numeric")) { row.attempts }
                td { row.error }
                td { PostForm(action: "/office/notifications/\(row.id)/retry") { Button(t("notifications.office.retry"), style: .secondary) } }
            }
            if !links.isEmpty { Pagination(label: t("notifications.inbox.pages"), links: links) }
        }
    }
}

struct OfficeTemplatesPage: Sendable {
    struct Preview: Sendable {
        var kind: String
        var category: String
        var notice: RenderedNotice
    }

    var language: String
    var previews: [Preview]
}

extension OfficeTemplatesPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/office/notifications")) { t("notifications.office.heading") } }
        h1 { t("notifications.templates.heading") }
        p { t("notifications.templates.lead") }
        nav(.ariaLabel(t("notifications.templates.languages"))) {
            ul(.class("inline-list")) {
                li { a(.href("/office/notifications/templates?lang=az"), .ariaCurrent("page", when: language == "az")) { "Azərbaycanca" } }
                li { a(.href("/office/notifications/templates?lang=en"), .ariaCurrent("page", when: language == "en")) { "English" } }
                li { a(.href("/office/notifications/templates?lang=ru"), .ariaCurrent("page", when: language == "ru")) { "Русский" } }
            }
        }
        for preview in previews {
            section(.class("template-preview"), .id("template-\(preview.kind)")) {
                h2 { code { preview.kind }; " — "; preview.category }
                if let note = preview.notice.fallbackNote { p(.class("warning")) { note } }
                div(.lang(preview.notice.language.rawValue)) {
                    p { strong { preview.notice.subject } }
                    for paragraph in preview.notice.paragraphs { p { paragraph } }
                }
                p(.class("muted")) { preview.notice.path }
            }
        }
    }
}
