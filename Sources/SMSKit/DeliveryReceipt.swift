import Crypto
import Foundation
import PortalCore

/// The gateway's delivery receipt, POSTed to the portal's callback URL:
/// `{"id","reference","status":"delivered"|"failed","at"}` with `X-Signature: hex(HMAC-SHA256(secret, body))`.
public struct SMSDeliveryReceipt: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case delivered, failed }

    public var id: String
    public var reference: String
    public var status: Status
    /// ISO 8601, as the gateway saw the outcome.
    public var at: String

    public init(id: String, reference: String, status: Status, at: String) {
        self.id = id
        self.reference = reference
        self.status = status
        self.at = at
    }
}

/// Checks and reads a receipt for the portal's callback endpoint. The body must be checked exactly as it
/// arrived (before any JSON decoding), and only a receipt whose signature matches is believed.
public enum SMSReceiptVerifier {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingSignature, badSignature, malformedBody

        public var description: String {
            switch self {
            case .missingSignature: return "X-Signature header missing"
            case .badSignature: return "X-Signature does not match the body"
            case .malformedBody: return "the receipt is not the expected JSON"
            }
        }
    }

    /// `hex(HMAC-SHA256(secret, body))`, lower-case: what the gateway sends.
    public static func signature(body: [UInt8], secret: String) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8))))
    }

    /// Constant-time check of `X-Signature` against the raw body.
    public static func isValid(body: [UInt8], signature: String?, secret: String) -> Bool {
        guard let signature, let mac = Hex.decode(signature.trimmingCharacters(in: .whitespaces)), mac.count == 32 else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: SymmetricKey(data: Data(secret.utf8)))
    }

    /// Verifies, then decodes. Throws `Failure`.
    public static func receipt(body: [UInt8], signature: String?, secret: String) throws -> SMSDeliveryReceipt {
        guard let signature, !signature.isEmpty else { throw Failure.missingSignature }
        guard isValid(body: body, signature: signature, secret: secret) else { throw Failure.badSignature }
        guard let receipt = try? JSONDecoder().decode(SMSDeliveryReceipt.self, from: Data(body)),
              !receipt.id.isEmpty, !receipt.reference.isEmpty else { throw Failure.malformedBody }
        return receipt
    }
}
