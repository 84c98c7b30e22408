import Foundation
import PortalHTTP

/// `/api/v1/me/notifications`: the token owner's inbox (scope notifications:read), unread first, and
/// marking one read (scope notifications:write). Another person's message is 404.
struct NotificationsAPI {
    struct Message: Content {
        var id: UUID
        var kind: String
        var category: String
        var subject: String
        var text: String
        var path: String
        var createdAt: Date
        var readAt: Date?
        var archived: Bool
    }

    func register(_ api: any RoutesBuilder) {
        api.get("me", "notifications", use: list)
        api.post("me", "notifications", ":id", "read", use: read)
    }

    func principal(_ req: Request, scope: String) throws -> Principal {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else {
            throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope")
        }
        return principal
    }

    func dto(_ message: InboxMessage, _ req: Request) -> Message {
        let notice = NoticeTemplates(localizer: req.portal.localizer).render(message.event, in: req.language)
        return Message(id: message.id, kind: message.event.kind, category: message.event.category.rawValue, subject: notice.subject,
                       text: notice.paragraphs.joined(separator: "\n\n"), path: notice.path, createdAt: message.createdAt,
                       readAt: message.readAt, archived: message.archived)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "notifications:read")
        let paging = try Paging(req)
        let archived = req.query[Bool.self, at: "archived"] ?? false
        let result = try await InboxQueries(db: req.db).page(of: principal.userID, archived: archived, limit: paging.limit, offset: paging.offset)
        return try req.privateJSON(ListPage(items: result.items.map { dto($0, req) }, total: result.total, paging: paging))
    }

    @Sendable func read(req: Request) async throws -> Response {
        let principal = try principal(req, scope: "notifications:write")
        let id = try req.uuidParameter("id")
        guard case .opened(let message, _) = try await OpenInboxMessage(app: req.application).run(id, reader: principal, ip: req.clientIP) else {
            throw Abort(.notFound)
        }
        return try req.privateJSON(dto(message, req))
    }
}
