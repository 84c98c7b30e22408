import Vapor

/// One structured log line per request with the route *pattern* (`/activate/:token`), never the raw
/// path or query: paths can carry tokens and identifiers that must not reach logs.
public struct RequestLogMiddleware: AsyncMiddleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        var status: UInt = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let millis = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            request.logger.info("request", metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(route),
                "status": .stringConvertible(status),
                "ms": .string(String(format: "%.1f", millis)),
            ])
        }
        do {
            let response = try await next.respond(to: request)
            status = response.status.code
            return response
        } catch let error as any AbortError {
            status = error.status.code
            throw error
        }
    }
}
