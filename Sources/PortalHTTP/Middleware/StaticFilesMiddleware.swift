import Vapor

/// Serves `Public/` only for its own top-level folders (`/css/…`), so other requests do not pay for a
/// file-system look-up on the thread pool.
public struct StaticFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware
    let prefixes: [String]

    public init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, defaultFile: nil)
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: publicDirectory)) ?? []
        prefixes = folders.filter { !$0.hasPrefix(".") }.map { "/" + $0 + "/" }
    }

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, prefixes.contains(where: request.url.path.hasPrefix) else {
            return try await next.respond(to: request)
        }
        let response = try await files.respond(to: request, chainingTo: next)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }
}
