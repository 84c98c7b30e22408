import Foundation
import PortalHTTP

/// `/cabinet/inbox`: the signed-in person's messages (unread first, 20 a page), one message (opening
/// it marks it read) and archiving. Another person's message is not found.
struct InboxPages {
    static let pageSize = 20

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "inbox", use: list)
        signedIn.get("cabinet", "inbox", ":id", use: message)
        signedIn.post("cabinet", "inbox", ":id", "archive", use: archive)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let archived = req.query[String.self, at: "archived"] == "1"
        let page = max(1, min(10_000, req.query[Int.self, at: "page"] ?? 1))
        let result = try await InboxQueries(db: req.db).page(of: principal.userID, archived: archived, limit: Self.pageSize,
                                                            offset: (page - 1) * Self.pageSize)
        let templates = NoticeTemplates(localizer: req.portal.localizer)
        let rows = result.items.map { message in
            InboxListPage.Row(id: message.id.uuidString.lowercased(), subject: templates.render(message.event, in: req.language).subject,
                              when: req.displayTime(message.createdAt), unread: message.readAt == nil)
        }
        let pages = (result.total + Self.pageSize - 1) / Self.pageSize
        let links = pages > 1 ? PageLink.pages(pages, current: page) { "/cabinet/inbox?\(archived ? "archived=1&" : "")page=\($0)" } : []
        return try req.render(InboxListPage(rows: rows, archived: archived, links: links), titleKey: "notifications.inbox.title")
    }

    @Sendable func message(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        guard case .opened(let message, let deliveries) = try await OpenInboxMessage(app: req.application).run(id, reader: principal, ip: req.clientIP)
        else { throw Abort(.notFound) }
        let notice = NoticeTemplates(localizer: req.portal.localizer).render(message.event, in: req.language)
        let page = InboxMessagePage(
            id: id.uuidString.lowercased(), notice: notice, when: req.displayTime(message.createdAt), archived: message.archived,
            deliveries: deliveries.map {
                InboxMessagePage.Delivery(channel: req.t("notifications.channel.\($0.channel.rawValue)"), address: $0.address ?? "",
                                          status: req.t("notifications.status.\($0.status.rawValue)"))
            })
        return try req.render(page, titleKey: "notifications.message.title")
    }

    @Sendable func archive(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let id = try req.uuidParameter("id")
        switch try await ArchiveInboxMessage(app: req.application).run(id, reader: principal, ip: req.clientIP) {
        case .archived: return req.redirect(to: "/cabinet/inbox", flash: "flash.notifications.archived")
        case .notFound: throw Abort(.notFound)
        }
    }
}
