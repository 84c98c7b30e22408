import Crypto
import Fluent
import Foundation
import PortalDB
import SQLKit

/// Issues and spends `OneTimeSecretModel`s, on the `Database` of the caller's write transaction.
/// Spending is one conditional `UPDATE … RETURNING`, so a link or code works exactly once even when two
/// requests carry it at the same moment (PostgreSQL re-checks the condition after waiting for the row).
struct OneTimeSecrets {
    let db: any Database
    /// The portal's signing key: a code's digest is an HMAC under it.
    let key: SymmetricKey
    let now: Date

    /// A new link secret (32 random bytes, base64url); earlier unused ones of the same purpose end.
    func issueLink(_ purpose: OneTimeSecretModel.Purpose, userID: UUID, address: String, lifetime: TimeInterval) async throws -> (OneTimeSecretModel, String) {
        let token = Tokens.random()
        let row = try await issue(purpose, userID: userID, address: address, lifetime: lifetime) { _ in Tokens.digest(token) }
        return (row, token)
    }

    /// A new 6-digit code; earlier unused ones of the same purpose end.
    func issueCode(_ purpose: OneTimeSecretModel.Purpose, userID: UUID, address: String, lifetime: TimeInterval) async throws -> (OneTimeSecretModel, String) {
        var generator = SystemRandomNumberGenerator()
        let code = String(format: "%06d", Int.random(in: 0..<1_000_000, using: &generator))
        let row = try await issue(purpose, userID: userID, address: address, lifetime: lifetime) { id in codeDigest(code, id: id) }
        return (row, code)
    }

    private func issue(_ purpose: OneTimeSecretModel.Purpose, userID: UUID, address: String, lifetime: TimeInterval,
                       digest: (UUID) -> String) async throws -> OneTimeSecretModel {
        try await endOpen(userID: userID, purposes: [purpose])
        let row = OneTimeSecretModel()
        row.id = UUID()
        row.userID = userID
        row.purpose = purpose
        row.secretHash = digest(row.id!)
        row.address = address
        row.createdAt = now
        row.expiresAt = now.addingTimeInterval(lifetime)
        row.tries = 0
        try await row.create(on: db)
        return row
    }

    func codeDigest(_ code: String, id: UUID) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(id.uuidString.lowercased()):\(code)".utf8), using: key)
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }

    /// The live (unused, unexpired) link secret behind `token`, of this purpose.
    func liveLink(_ token: String, purpose: OneTimeSecretModel.Purpose) async throws -> OneTimeSecretModel? {
        guard !token.isEmpty, token.count <= 128,
              let row = try await OneTimeSecretModel.query(on: db).filter(\.$secretHash == Tokens.digest(token)).first(),
              row.purpose == purpose, row.usedAt == nil, row.expiresAt > now else { return nil }
        return row
    }

    /// Marks the secret used; true only for the one request whose update found it live.
    func spend(_ id: UUID) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            UPDATE identity_one_time_secrets SET used_at = \(bind: now)
            WHERE id = \(bind: id) AND used_at IS NULL AND expires_at > \(bind: now) RETURNING id
            """).all()
        return rows.count == 1
    }

    enum CodeCheck {
        case right(OneTimeSecretModel)
        /// Wrong; this many tries are left (0: the code works no more).
        case wrong(triesLeft: Int)
        /// Unknown, used, expired or out of tries.
        case dead
    }

    /// Checks a code against the live code `id` of this purpose (and account, when given): a wrong one
    /// spends a try (counted in the row, conditionally, so parallel guesses cannot share one try); the
    /// right one spends the code.
    func check(code: String, id: UUID, purpose: OneTimeSecretModel.Purpose, userID: UUID? = nil) async throws -> CodeCheck {
        guard let sql = db as? any SQLDatabase,
              let row = try await OneTimeSecretModel.find(id, on: db), row.purpose == purpose, userID == nil || row.userID == userID,
              row.usedAt == nil, row.expiresAt > now, row.tries < OneTimeSecretModel.maximumTries else { return .dead }
        let cleaned = code.filter(\.isNumber)
        let counted = try await sql.raw("""
            UPDATE identity_one_time_secrets SET tries = tries + 1
            WHERE id = \(bind: id) AND used_at IS NULL AND tries < \(bind: OneTimeSecretModel.maximumTries) RETURNING tries
            """).all()
        guard let tries = try counted.first?.decode(column: "tries", as: Int.self) else { return .dead }
        if cleaned.count == 6, codeDigest(cleaned, id: id) == row.secretHash, try await spend(id) {
            return .right(row)
        }
        return .wrong(triesLeft: OneTimeSecretModel.maximumTries - tries)
    }

    /// Ends every unused secret of these purposes for the account (a new one replaces them; a reset ends all).
    func endOpen(userID: UUID, purposes: [OneTimeSecretModel.Purpose]) async throws {
        try await OneTimeSecretModel.query(on: db).filter(\.$userID == userID).filter(\.$purpose ~~ purposes)
            .filter(\.$usedAt == nil).set(\.$usedAt, to: now).update()
    }

    /// Forgets secrets that expired more than a day ago.
    static func purge(before date: Date, on db: any Database) async throws {
        try await OneTimeSecretModel.query(on: db).filter(\.$expiresAt < date).delete()
    }
}
