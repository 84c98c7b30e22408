import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A real HTTP client for tests against `PortalHarness.withServer`: every call opens a new connection
/// (a new client, `Connection: close`) and can send the body in paced chunks, as a browser on a slow
/// network does.
enum RealHTTP {
    struct Answer {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: String
    }

    static func send(_ url: String, method: HTTPMethod = .GET, headers: HTTPHeaders = [:], body: [UInt8]? = nil,
                     chunks: Int = 1, pause: Duration = .milliseconds(20)) async throws -> Answer {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            var request = HTTPClientRequest(url: url)
            request.method = method
            request.headers = headers
            request.headers.replaceOrAdd(name: "Connection", value: "close")
            if let body {
                let size = max(1, (body.count + chunks - 1) / chunks)
                let parts = stride(from: 0, to: body.count, by: size).map { ByteBuffer(bytes: body[$0..<min($0 + size, body.count)]) }
                let stream = AsyncStream<ByteBuffer> { continuation in
                    Task {
                        for (index, part) in parts.enumerated() {
                            if index > 0 { try? await Task.sleep(for: pause) }
                            continuation.yield(part)
                        }
                        continuation.finish()
                    }
                }
                request.body = .stream(stream, length: .known(Int64(body.count)))
            }
            // Longer than the test database pool's wait (120 s): under a loaded parallel suite a request may
            // queue that long, and a client that gave up earlier would leave it running past the test.
            let response = try await client.execute(request, timeout: .seconds(300))
            let bytes = try await response.body.collect(upTo: 4 << 20)
            let answer = Answer(status: response.status, headers: response.headers, body: String(buffer: bytes))
            try await client.shutdown()
            return answer
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// The value of cookie `name` set by a response.
    static func cookie(_ name: String, in headers: HTTPHeaders) -> String? {
        for header in headers["Set-Cookie"] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0] == name { return parts[1] }
        }
        return nil
    }

    /// The CSRF token in a page's forms.
    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
