import Crypto
import Foundation

/// Secrets the portal must read back (TOTP seeds, webhook signing secrets) are stored sealed with
/// AES-GCM under a key derived from the portal secret (`PortalServices.encryptionKey`), so a copy of
/// the database alone does not yield them.
public struct SecretBox: @unchecked Sendable {
    let key: SymmetricKey

    public init(key: SymmetricKey) { self.key = key }

    public func seal(_ plaintext: [UInt8]) throws -> String {
        guard let combined = try AES.GCM.seal(plaintext, using: key).combined else { throw SecretBoxError.sealFailed }
        return combined.base64EncodedString()
    }

    public func open(_ sealed: String) throws -> [UInt8] {
        guard let data = Data(base64Encoded: sealed) else { throw SecretBoxError.malformed }
        return Array(try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: key))
    }
}

public enum SecretBoxError: Error { case sealFailed, malformed }
