import Crypto
import Foundation
import PortalCore

/// The signature on messages between the portal and the payment provider (both directions):
/// `X-Signature-Timestamp: <unix seconds>` and `X-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`.
/// Signing the timestamp with the body lets the receiver refuse old (replayed) messages.
public struct ProviderSignature: Sendable {
    public static let timestampHeader = "X-Signature-Timestamp"
    public static let signatureHeader = "X-Signature"

    public enum Verdict: Equatable, Sendable {
        case valid
        case missing
        case malformed
        case mismatch
        case outsideTolerance(skewSeconds: Int)
    }

    let key: SymmetricKey
    /// Seconds a message's timestamp may differ from now.
    public let tolerance: TimeInterval

    public init(secret: String, tolerance: TimeInterval = 300) {
        self.key = SymmetricKey(data: Data(secret.utf8))
        self.tolerance = tolerance
    }

    public func sign(_ body: Data, timestamp: Int) -> String {
        "v1=" + Hex.encode(mac(body, timestamp: timestamp))
    }

    func mac(_ body: Data, timestamp: Int) -> Data {
        var message = Data("\(timestamp).".utf8)
        message.append(body)
        return Data(HMAC<SHA256>.authenticationCode(for: message, using: key))
    }

    /// Checks a received message. The comparison is constant-time (`isValidAuthenticationCode`).
    public func verify(_ body: Data, timestamp rawTimestamp: String?, signature rawSignature: String?, now: Date) -> Verdict {
        guard let rawTimestamp, let rawSignature else { return .missing }
        guard let timestamp = Int(rawTimestamp), rawSignature.hasPrefix("v1="),
              let given = Hex.decode(String(rawSignature.dropFirst(3))), given.count == 32 else { return .malformed }
        var message = Data("\(timestamp).".utf8)
        message.append(body)
        guard HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: message, using: key) else { return .mismatch }
        let skew = Int(now.timeIntervalSince1970) - timestamp
        guard abs(Double(skew)) <= tolerance else { return .outsideTolerance(skewSeconds: skew) }
        return .valid
    }
}
