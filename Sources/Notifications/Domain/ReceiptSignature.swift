import Crypto
import Foundation

/// The SMS gateway's signature on a delivery receipt: `X-Signature: hex(HMAC-SHA256(secret, body))`,
/// checked in constant time over the exact bytes received.
public struct ReceiptSignature: Sendable {
    public static let header = "X-Signature"
    let key: SymmetricKey

    public init(secret: String) { key = SymmetricKey(data: Data(secret.utf8)) }

    public func sign(_ body: Data) -> String {
        HMAC<SHA256>.authenticationCode(for: body, using: key).map { String(format: "%02x", $0) }.joined()
    }

    public func isValid(_ body: Data, signature: String?) -> Bool {
        guard let signature, signature.count == 64, let given = Self.bytes(hex: signature) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: body, using: key)
    }

    static func bytes(hex: String) -> Data? {
        var out = Data()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            out.append(byte)
            index = next
        }
        return out
    }
}
