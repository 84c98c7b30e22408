import Crypto
import Foundation
import PortalCore

/// The events an agency's endpoint can subscribe to (`AgencyEvent.type`).
public enum WebhookEventType: String, Sendable, CaseIterable, Codable {
    case applicationStatusChanged = "application.status_changed"
    case paymentSucceeded = "payment.succeeded"
    case receptionBooked = "reception.booked"
    case receptionCancelled = "reception.cancelled"
}

/// Signing as the Standard Webhooks specification (standardwebhooks.com) has it, so an agency verifies
/// with any of its libraries: headers `webhook-id`, `webhook-timestamp` (Unix seconds) and
/// `webhook-signature: v1,<base64 HMAC-SHA256(secret, "id.timestamp.body")>`; the secret is shown to
/// the agency once as `whsec_<base64>` and kept sealed (`SecretBox`).
public enum WebhookSignature {
    public static let secretPrefix = "whsec_"

    /// 32 random bytes.
    public static func newSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// How the agency is given the secret (once, when the endpoint is registered).
    public static func display(_ secret: [UInt8]) -> String { secretPrefix + Data(secret).base64EncodedString() }

    public static func sign(secret: [UInt8], id: String, timestamp: Int, body: [UInt8]) -> String {
        var content = Array("\(id).\(timestamp).".utf8)
        content += body
        let mac = HMAC<SHA256>.authenticationCode(for: content, using: SymmetricKey(data: secret))
        return "v1," + Data(mac).base64EncodedString()
    }

    /// The receiver's check (used by the tests and documented for agencies): a `v1` signature in the
    /// space-separated list matches, and the timestamp is within `tolerance` of `now`.
    public static func verify(secret: [UInt8], id: String, timestamp: Int, body: [UInt8], header: String,
                              now: Date, tolerance: TimeInterval = 300) -> Bool {
        guard abs(now.timeIntervalSince1970 - TimeInterval(timestamp)) <= tolerance else { return false }
        let expected = sign(secret: secret, id: id, timestamp: timestamp, body: body)
        return header.split(separator: " ").contains { candidate in
            // Constant time over equal lengths.
            let a = Array(candidate.utf8), b = Array(expected.utf8)
            guard a.count == b.count else { return false }
            return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
    }
}

/// Which endpoint addresses an agency may register: `https://` with a host, no user or password in
/// the URL, at most 500 characters; `http://` only to this host (127.0.0.1, ::1, localhost) and never in
/// production. Nil when acceptable, else the locale key of the problem.
public enum WebhookURLRule {
    public static func problem(_ text: String, production: Bool) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return "notifications.webhooks.error.url_required" }
        guard text.count <= 500, let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
              let host = parts.host, !host.isEmpty, parts.user == nil, parts.password == nil, parts.fragment == nil else {
            return "notifications.webhooks.error.url_invalid"
        }
        switch scheme {
        case "https": return nil
        case "http":
            let loopback = host.lowercased() == "localhost" || IPAddress(host)?.isLoopback == true
            return loopback && !production ? nil : "notifications.webhooks.error.url_https"
        default: return "notifications.webhooks.error.url_invalid"
        }
    }
}

/// What an agency's system receives: `{"type", "timestamp", "data"}` (the Standard Webhooks payload
/// shape), the body fixed when the event is written so every retry sends the same bytes.
struct WebhookPayload: Codable, Sendable {
    var type: String
    var timestamp: String
    var data: [String: String]
}
