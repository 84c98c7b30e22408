import Crypto
import Foundation

/// A one-time secret kept readable only with the portal's encryption key (AES-GCM): how a reset link
/// or verification code waits in the notification outbox until the worker renders its message.
public enum SealedSecret {
    public static func seal(_ secret: String, key: SymmetricKey) throws -> String {
        guard let combined = try AES.GCM.seal(Array(secret.utf8), using: key).combined else { throw SealedSecretError.sealFailed }
        return combined.base64EncodedString()
    }

    /// Nil when the text was not sealed with this key.
    public static func open(_ sealed: String, key: SymmetricKey) -> String? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key) else { return nil }
        return String(decoding: plain, as: UTF8.self)
    }
}

public enum SealedSecretError: Error { case sealFailed }
