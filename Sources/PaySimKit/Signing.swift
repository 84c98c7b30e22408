import Crypto
import Foundation

/// The provider's side of the message signature: `X-Signature-Timestamp` and
/// `X-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`. Written separately from the
/// portal's implementation on purpose: the two meet only over HTTP, like a real provider and merchant.
struct Signing: Sendable {
    let key: SymmetricKey
    let tolerance: TimeInterval

    init(secret: String, tolerance: TimeInterval = 300) {
        key = SymmetricKey(data: Data(secret.utf8))
        self.tolerance = tolerance
    }

    func sign(_ body: Data, timestamp: Int) -> String {
        var message = Data(String(timestamp).utf8)
        message.append(UInt8(ascii: "."))
        message.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: key)
        return "v1=" + code.map { String(format: "%02x", $0) }.joined()
    }

    func verify(_ body: Data, timestamp: String?, signature: String?, now: Date) -> Bool {
        guard let timestamp, let seconds = Int(timestamp), let signature, signature.hasPrefix("v1=") else { return false }
        let hex = Array(signature.utf8.dropFirst(3))
        guard hex.count == 64 else { return false }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: 64, by: 2) {
            guard let byte = UInt8(String(decoding: hex[index..<index + 2], as: UTF8.self), radix: 16) else { return false }
            bytes.append(byte)
        }
        var message = Data(String(seconds).utf8)
        message.append(UInt8(ascii: "."))
        message.append(body)
        guard HMAC<SHA256>.isValidAuthenticationCode(bytes, authenticating: message, using: key) else { return false }
        return abs(now.timeIntervalSince1970 - Double(seconds)) <= tolerance
    }
}
