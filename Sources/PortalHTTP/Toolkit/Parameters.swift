import Vapor

extension Request {
    /// The path parameter `name` as a UUID. Anything else is 404, as for an id that does not exist:
    /// a malformed id tells a prober nothing more than a wrong one.
    public func uuidParameter(_ name: String = "id") throws -> UUID {
        guard let id = parameters.get(name).flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }
}
