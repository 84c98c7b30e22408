import Crypto
import Foundation
import PortalCore

/// Short-lived state carried through a multi-step form in a hidden field, signed so it cannot be
/// altered (the registration's verified FIN and ID card between its two steps).
struct SignedState: @unchecked Sendable {
    let key: SymmetricKey

    func sign(_ fields: [String: String], expires: Date) throws -> String {
        var payload = fields
        payload["exp"] = String(Int(expires.timeIntervalSince1970))
        let body = try CanonicalJSON.encode(payload)
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: key)
        return body.base64URLEncodedString() + "." + Data(mac).base64URLEncodedString()
    }

    func verify(_ token: String, now: Date) -> [String: String]? {
        let parts = token.split(separator: ".").map(String.init)
        guard parts.count == 2, let body = Data(base64URLEncoded: parts[0]), let mac = Data(base64URLEncoded: parts[1]),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: key),
              let payload = try? CanonicalJSON.decode([String: String].self, from: body),
              let exp = payload["exp"].flatMap(Double.init), Date(timeIntervalSince1970: exp) > now else { return nil }
        return payload
    }
}

/// Random tokens and their stored digests (session IDs, personal access tokens, invitations).
enum Tokens {
    static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64URLEncodedString()
    }

    /// SHA-256 hex: tokens are high-entropy, so a fast digest is enough and lets us look them up.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Ten recovery codes of the form `xxxx-xxxx-xx` (lower-case base32, ~50 bits each).
    static func recoveryCodes(count: Int = 10) -> [String] {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            let chars = (0..<10).map { _ in alphabet.randomElement(using: &generator)! }
            return String(chars[0..<4]) + "-" + String(chars[4..<8]) + "-" + String(chars[8..<10])
        }
    }

    static func normalizeRecoveryCode(_ code: String) -> String {
        code.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
