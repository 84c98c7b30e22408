import Vapor

/// One structured log line per request with the route *pattern* (`/activate/:token`), never the raw
/// path or query: paths can carry tokens and identifiers that must not reach logs.
public struct RequestLogMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        return next.respond(to: request).always { result in
            let status: UInt
            switch result {
            case .success(let response): status = response.status.code
            case .failure(let error): status = (error as? any AbortError)?.status.code ?? 500
            }
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
    }
}
