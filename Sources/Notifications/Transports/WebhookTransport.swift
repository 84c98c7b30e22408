import AsyncHTTPClient
import Foundation
import NIOCore
import PortalHTTP

/// Posts a signed webhook body; answers the endpoint's HTTP status. Throws for no answer at all
/// (refused, timed out, broken). Tests replace it.
public protocol WebhookTransport: Sendable {
    func post(url: String, headers: [(String, String)], body: [UInt8]) async throws -> Int
}

/// The real one: its own HTTP client that follows no redirect (an endpoint answers for itself; a
/// redirect would send the event somewhere the agency did not register), 3 s to connect, 10 s in all,
/// and reads at most 4 KiB of the answer. Shut down with the application.
final class HTTPWebhookTransport: WebhookTransport, LifecycleHandler, @unchecked Sendable {
    private let client: HTTPClient

    init() {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout.connect = .seconds(3)
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func post(url: String, headers: [(String, String)], body: [UInt8]) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "OneWindow-Webhooks/1")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: .seconds(10))
        _ = try? await response.body.collect(upTo: 4096)
        return Int(response.status.code)
    }

    func shutdownAsync(_ application: Application) async {
        try? await client.shutdown()
    }
}
