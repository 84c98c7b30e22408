import Vapor

/// The unread count for the signed-in person's header, counted once per page (GET) by `InboxCounter`
/// and drawn beside the inbox's navigation link.
struct NavigationBadge: Sendable {
    var path: String
    var count: Int
}

struct NavigationBadgeKey: StorageKey { typealias Value = NavigationBadge }

/// Counts unread messages for signed-in GET requests before the page is drawn: one indexed count, no
/// query at all for visitors, forms (POST) or when no counter is configured. After the session middleware.
public struct NavigationBadgeMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .GET, let principal = request.principal, let counter = request.portal.inboxCounter else {
            return next.respond(to: request)
        }
        let db = request.db
        return request.eventLoop.makeFutureWithTask {
            try await counter.unread(userID: principal.userID, on: db)
        }.flatMap { count in
            request.storage[NavigationBadgeKey.self] = NavigationBadge(path: counter.path, count: count)
            return next.respond(to: request)
        }
    }
}
