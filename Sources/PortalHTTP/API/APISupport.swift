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
    /// JSON with a strong ETag over the body (and Last-Modified when known); answers 304 when the
    /// client already has it (If-None-Match, or else If-Modified-Since).
    public func cachedJSON<T: Encodable>(_ value: T, maxAge: Int = 60, lastModified: Date? = nil) async throws -> Response {
        let body = try CanonicalJSON.encode(value)
        let etag = "\"" + SHA256.hash(data: body).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        let response: Response
        let seconds = lastModified.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) }
        let notModified: Bool
        if let match = headers.first(name: .ifNoneMatch) {
            notModified = match.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }).contains(etag) || match == "*"
        } else if let since = headers.first(name: .ifModifiedSince).flatMap(Self.httpDate), let seconds {
            notModified = seconds <= since
        } else {
            notModified = false
        }
        if notModified {
            response = Response(status: .notModified)
        } else {
            response = Response(status: .ok, body: .init(data: body))
            response.headers.contentType = .json
        }
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        if let seconds { response.headers.lastModified = HTTPHeaders.LastModified(seconds) }
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        return response
    }

    /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }

    /// Personal JSON: never cached by intermediaries.
    public func privateJSON<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        let response = Response(status: status, body: .init(data: try CanonicalJSON.encode(value)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
