import Crypto
import Foundation
import PortalCore
import Vapor

/// `limit` (1…100, default 20) and `offset` (≥ 0) of a list endpoint, validated.
public struct Paging: Sendable {
    public var limit: Int
    public var offset: Int

    public init(_ req: Request, defaultLimit: Int = 20, maxLimit: Int = 100) throws {
        var issues: [(field: String, issue: ValidationIssue)] = []
        func read(_ name: String, fallback: Int, range: ClosedRange<Int>) -> Int {
            guard let raw = req.query[String.self, at: name] else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                issues.append((field: name, issue: ValidationIssue("validation.\(name).range")))
                return fallback
            }
            return value
        }
        limit = read("limit", fallback: defaultLimit, range: 1...maxLimit)
        offset = read("offset", fallback: 0, range: 0...Int(Int32.max))
        if !issues.isEmpty { throw APIProblem.validation(issues) }
    }
}

extension Request {
    /// JSON with a strong ETag over the body; answers 304 when the client already has it.
    public func cachedJSON<T: Encodable>(_ value: T, maxAge: Int = 60) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let body = try encoder.encode(value)
        let etag = "\"" + SHA256.hash(data: body).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        let response: Response
        if let match = headers.first(name: .ifNoneMatch), match.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).contains(etag) {
            response = Response(status: .notModified)
        } else {
            response = Response(status: .ok, body: .init(data: body))
            response.headers.contentType = .json
        }
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        return response
    }

    /// Personal JSON: never cached by intermediaries.
    public func privateJSON<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let response = Response(status: status, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
