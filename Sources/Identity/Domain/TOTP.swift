import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as every
/// authenticator app computes them.
public struct TOTP: Sendable {
    public let secret: [UInt8]
    public let digits: Int
    public let period: TimeInterval

    public init(secret: [UInt8], digits: Int = 6, period: TimeInterval = 30) {
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// A new random 160-bit secret (RFC 4226 recommends at least 128 bits).
    public static func generateSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<20).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    public func step(at date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / period).rounded(.down)) }

    public func code(forStep step: Int64) -> String {
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt32(mac[offset] & 0x7f) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        let modulus = UInt32(pow(10, Double(digits)))
        return String(format: "%0\(digits)d", binary % modulus)
    }

    public func code(at date: Date) -> String { code(forStep: step(at: date)) }

    /// The step the code matches within ±`window` steps (clock drift), or nil. Callers refuse a step
    /// at or before the last one accepted, so a code cannot be replayed.
    public func matchingStep(_ candidate: String, at date: Date, window: Int64 = 1) -> Int64? {
        let cleaned = candidate.filter { !$0.isWhitespace }
        guard cleaned.count == digits, cleaned.allSatisfy(\.isNumber) else { return nil }
        let now = step(at: date)
        for offset in -window...window where constantTimeEqual(code(forStep: now + offset), cleaned) {
            return now + offset
        }
        return nil
    }

    /// `otpauth://totp/…` for authenticator apps.
    public func provisioningURI(account: String, issuer: String) -> String {
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? account
        let issuerParam = issuer.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? issuer
        return "otpauth://totp/\(label)?secret=\(Base32.encode(secret))&issuer=\(issuerParam)&algorithm=SHA1&digits=\(digits)&period=\(Int(period))"
    }

    func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// RFC 4648 base32 without padding, the encoding authenticator apps expect for secrets.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    public static func encode(_ bytes: [UInt8]) -> String {
        var output = ""
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]) }
        return output
    }

    public static func decode(_ text: String) -> [UInt8]? {
        var buffer: UInt32 = 0
        var bits = 0
        var output: [UInt8] = []
        for ch in text.uppercased() where ch != "=" && !ch.isWhitespace {
            guard let value = alphabet.firstIndex(of: ch) else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> UInt32(bits - 8)) & 0xff))
                bits -= 8
            }
        }
        return output
    }
}
