import Crypto
import Foundation
import Vapor

/// Password hashing: bcrypt over base64(SHA-256(password)).
///
/// bcrypt reads at most 72 bytes, and an Azerbaijani or Russian passphrase of 40 letters is already
/// 80 bytes of UTF-8. Pre-hashing makes every character count; base64 keeps NUL bytes out of bcrypt's
/// input. The stored value is prefixed so the scheme can change later (docs/security.md).
public struct PasswordHasher: Sendable {
    public static let scheme = "sha256-bcrypt$"
    public let cost: Int

    public init(cost: Int) { self.cost = cost }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.precomposedStringWithCanonicalMapping.utf8))).base64EncodedString()
    }

    public func hash(_ password: String) throws -> String {
        Self.scheme + (try Bcrypt.hash(Self.prehash(password), cost: cost))
    }

    public func verify(_ password: String, against stored: String) -> Bool {
        guard stored.hasPrefix(Self.scheme) else { return false }
        return (try? Bcrypt.verify(Self.prehash(password), created: String(stored.dropFirst(Self.scheme.count)))) ?? false
    }

    /// Hashing costs ~0.25 s of CPU at cost 12: run it on the thread pool, never on an event loop.
    public func hash(_ password: String, on app: Application) async throws -> String {
        try await app.threadPool.runIfActive { try self.hash(password) }
    }

    public func verify(_ password: String, against stored: String, on app: Application) async throws -> Bool {
        try await app.threadPool.runIfActive { self.verify(password, against: stored) }
    }
}
