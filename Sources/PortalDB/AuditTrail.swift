import FluentKit
import Foundation
import PortalCore

/// The append-only audit trail as other modules use it. Implemented by the Audit module.
public protocol AuditTrail: Sendable {
    /// Appends an entry inside the caller's transaction (pass the transaction's database).
    func record(_ event: AuditEvent, on db: any Database) async throws
    /// Appends several entries, in order, in one transaction (the caller's, or one of its own): one
    /// row per event, the chain head read and written once.
    func recordAll(_ events: [AuditEvent], on db: any Database) async throws
    /// Reads of this citizen's data by anyone else, newest first.
    func dataAccess(for fin: FIN, limit: Int, on db: any Database) async throws -> [DataAccessRecord]
    /// Entries about this citizen's account (sign-ins, failures, changes), newest first.
    func accountActivity(for fin: FIN, actions prefix: String, limit: Int, on db: any Database) async throws -> [AuditEntrySummary]
}

extension AuditTrail {
    /// One `record` per event inside one write transaction (implementations may do better).
    public func recordAll(_ events: [AuditEvent], on db: any Database) async throws {
        guard !events.isEmpty else { return }
        try await db.writeTransaction { db in
            for event in events { try await record(event, on: db) }
        }
    }
}

public struct AuditEntrySummary: Sendable, Codable, Hashable {
    public var at: Date
    public var action: String
    public var ip: String?
    public var details: [String: String]

    public init(at: Date, action: String, ip: String?, details: [String: String]) {
        self.at = at
        self.action = action
        self.ip = ip
        self.details = details
    }
}
