import Vapor

/// Answers 405 with an `Allow` header when the path exists for other methods (Vapor's router says 404).
public struct MethodNotAllowedMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in
            guard error is RouteNotFound else { throw error }
            let allowed = Self.methods(for: request.url.path, in: request.application.routes.all)
            guard !allowed.isEmpty else { throw error }
            throw MethodNotAllowed(allowed: allowed)
        }
    }

    static func methods(for path: String, in routes: [Route]) -> [String] {
        let parts = path.split(separator: "/").map(String.init)
        var methods = Set<String>()
        for route in routes where matches(route.path, parts) {
            methods.insert(route.method.rawValue)
            if route.method == .GET { methods.insert("HEAD") }
        }
        return methods.sorted()
    }

    static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return true
            case .anything, .parameter: if index >= parts.count { return false }
            case .constant(let value): if index >= parts.count || parts[index] != value { return false }
            }
        }
        return pattern.count == parts.count
    }
}

public struct MethodNotAllowed: AbortError {
    let allowed: [String]
    public var status: HTTPResponseStatus { .methodNotAllowed }
    public var reason: String { "method not allowed" }
    public var headers: HTTPHeaders { ["Allow": allowed.joined(separator: ", ")] }
}
