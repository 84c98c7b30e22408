import Vapor

/// Serves `Public/` only for its own top-level folders (`/css/…`), so other requests do not pay for a
/// file-system look-up on the thread pool.
public struct StaticFilesMiddleware: Middleware {
    let files: FileMiddleware
    let prefixes: [String]

    public init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, defaultFile: nil)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: publicDirectory)) ?? []
        prefixes = folders.filter { !$0.hasPrefix(".") }.map { "/" + $0 + "/" }
    }

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .GET || request.method == .HEAD, prefixes.contains(where: request.url.path.hasPrefix) else {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask {
            let response = try await self.files.respond(to: request, chainingTo: AsyncBasicResponder { try await next.respond(to: $0).get() })
            response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
            return response
        }
    }
}
