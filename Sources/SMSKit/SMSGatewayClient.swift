import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import PortalCore

/// Where text messages go: `ONEWINDOW_SMS_GATEWAY_URL`, `ONEWINDOW_SMS_GATEWAY_KEY`, and the portal's
/// receipt endpoint the gateway calls back (`ONEWINDOW_SMS_CALLBACK_URL`). The protocol: docs/sms-gateway.md.
public struct SMSGatewayConfiguration: Sendable, Equatable {
    public var baseURL: String
    public var apiKey: String
    public var callbackURL: String
    public var timeout: Double

    public init(baseURL: String, apiKey: String, callbackURL: String, timeout: Double = 15) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.callbackURL = callbackURL
        self.timeout = timeout
    }

    public struct Invalid: Error, CustomStringConvertible, Equatable { public let description: String }

    /// nil when `ONEWINDOW_SMS_GATEWAY_URL` is unset (no SMS channel). `callbackURL` is the portal's default
    /// receipt address, used unless `ONEWINDOW_SMS_CALLBACK_URL` is set.
    public static func fromEnvironment(_ environment: [String: String], defaultCallbackURL: String) throws -> SMSGatewayConfiguration? {
        guard let url = environment["ONEWINDOW_SMS_GATEWAY_URL"], !url.isEmpty else { return nil }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              components.query == nil, components.user == nil else {
            throw Invalid(description: "ONEWINDOW_SMS_GATEWAY_URL must be an http(s) URL without credentials or query")
        }
        guard let key = environment["ONEWINDOW_SMS_GATEWAY_KEY"], key.count >= 16,
              key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw Invalid(description: "ONEWINDOW_SMS_GATEWAY_KEY is required with ONEWINDOW_SMS_GATEWAY_URL (16+ printable characters)")
        }
        let callback = environment["ONEWINDOW_SMS_CALLBACK_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultCallbackURL
        guard callback.hasPrefix("http://") || callback.hasPrefix("https://") else {
            throw Invalid(description: "ONEWINDOW_SMS_CALLBACK_URL must be an http(s) URL")
        }
        return SMSGatewayConfiguration(baseURL: url, apiKey: key, callbackURL: callback)
    }
}

/// Hands text messages to the HTTP gateway: `POST {base}/messages` with a bearer key, 202 `{"id"}`.
/// 400/422 (a number or text the gateway will never take) are permanent; 429, 5xx, refused keys,
/// timeouts and broken connections are temporary. The portal's `reference` makes a retry idempotent.
public final class SMSGatewayClient: SMSTransport, Sendable {
    public let configuration: SMSGatewayConfiguration
    private let client: HTTPClient

    public init(configuration: SMSGatewayConfiguration, client: HTTPClient = .shared) {
        self.configuration = configuration
        self.client = client
    }

    struct Request: Encodable {
        var to: String
        var text: String
        var reference: String
        var callback_url: String
    }

    struct Accepted: Decodable { var id: String }

    public func send(_ sms: OutgoingSMS) async throws -> String {
        var request = HTTPClientRequest(url: configuration.baseURL + "/messages")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(configuration.apiKey)")
        let body = try JSONEncoder().encode(Request(to: sms.to, text: sms.text, reference: sms.reference,
                                                    callback_url: configuration.callbackURL))
        request.body = .bytes(ByteBuffer(data: body))
        let response: HTTPClientResponse
        let payload: ByteBuffer
        do {
            response = try await client.execute(request, timeout: .milliseconds(Int64(configuration.timeout * 1000)))
            payload = try await response.body.collect(upTo: 64 * 1024)
        } catch {
            throw MessageSendError.temporary("SMS gateway unreachable: \(error)")
        }
        let status = Int(response.status.code)
        let detail = String(buffer: payload).prefix(200)
        switch status {
        case 200..<300:
            guard let accepted = try? JSONDecoder().decode(Accepted.self, from: Data(buffer: payload)), !accepted.id.isEmpty else {
                throw MessageSendError.temporary("SMS gateway answered \(status) without an id")
            }
            return accepted.id
        case 400, 422:
            throw MessageSendError.permanent("SMS gateway refused the message (\(status)): \(detail)")
        default:
            throw MessageSendError.temporary("SMS gateway answered \(status): \(detail)")
        }
    }
}
