import Crypto
import Fluent
import Foundation
import PortalCore
import PortalDB
import PortalHTTP
import Vapor

/// The append-only, chained audit trail every module writes to (docs/audit-events.md).
public struct AuditModule: PortalModule {
    public init() {}

    public var name: String { "audit" }

    public var migrations: [any Migration] { [CreateAuditEvents(), ProtectAuditEvents()] }

    public func configure(_ app: Application) throws {
        app.portal.auditTrail = Self.trail(for: app)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        [Stat(key: "audit.entries", value: Int64(try await AuditEventModel.query(on: db).count())),
         Stat(key: "audit.personal_data_reads", value: Int64(try await AuditEventModel.query(on: db).filter(\.$personalDataRead == true).count()))]
    }

    /// The trail, keyed with a key derived from the portal secret (or `ONEWINDOW_AUDIT_KEY`).
    public static func trail(for app: Application) -> DatabaseAuditTrail {
        let secret = Environment.get("ONEWINDOW_AUDIT_KEY") ?? app.portal.config.secretKey
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Data(secret.utf8)),
                                         info: Data("onewindow.audit-chain".utf8), outputByteCount: 32)
        return DatabaseAuditTrail(chain: AuditChain(key: key), clock: app.portal.clock)
    }
}
