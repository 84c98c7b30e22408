import Fluent
import Foundation
import PortalCore
import PortalDB
import SQLKit

/// The audit trail kept in this portal's database.
public struct DatabaseAuditTrail: AuditTrail {
    let chain: AuditChain
    let clock: any PortalClock

    public init(chain: AuditChain, clock: any PortalClock) {
        self.chain = chain
        self.clock = clock
    }

    static let detailsEncoder = CanonicalJSON.encoder()

    public func record(_ event: AuditEvent, on db: any Database) async throws {
        try await recordAll([event], on: db)
    }

    /// The entries are sealed one after the other from the head, inserted with one multi-row INSERT,
    /// and the head moved once: a list read of 200 cases costs three statements, not 600.
    public func recordAll(_ events: [AuditEvent], on db: any Database) async throws {
        guard !events.isEmpty else { return }
        let at = Int64((clock.now().timeIntervalSince1970 * 1_000_000).rounded())
        let details = try events.map { String(decoding: try Self.detailsEncoder.encode($0.details), as: UTF8.self) }
        try await db.writeTransaction { db in
            let head = try await Self.lockHead(on: db)
            var entries: [AuditEventModel] = []
            entries.reserveCapacity(events.count)
            for (index, event) in events.enumerated() {
                let entry = AuditEventModel()
                entry.id = head.lastSeq + 1
                entry.occurredAtMicros = at
                entry.actorKind = event.actor.kind.rawValue
                entry.actorUserID = event.actor.userID
                entry.actorAgencyID = event.actor.agencyID
                entry.ip = event.actor.ip
                entry.action = event.action
                entry.subjectFIN = event.subjectFIN
                entry.objectType = event.objectType
                entry.objectID = event.objectID
                entry.purpose = event.purpose
                entry.details = details[index]
                entry.personalDataRead = event.isPersonalDataRead
                entry.previousHash = head.lastHash
                entry.hash = chain.seal(entry.chainFields, previous: head.lastHash)
                entries.append(entry)
                head.lastSeq = entry.id!
                head.lastHash = entry.hash
            }
            // Bounded batches keep each statement well under both engines' bind-parameter limits.
            for start in stride(from: 0, to: entries.count, by: 200) {
                try await entries[start..<min(start + 200, entries.count)].create(on: db)
            }
            try await head.update(on: db)
        }
    }

    /// Reads the chain head, locking it on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises).
    static func lockHead(on db: any Database) async throws -> AuditChainHead {
        if !db.isSQLite, let sql = db as? any SQLDatabase {
            _ = try await sql.raw("SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE").all()
        }
        guard let head = try await AuditChainHead.find(1, on: db) else {
            throw AuditTrailError.missingChainHead
        }
        return head
    }

    public func dataAccess(for fin: FIN, limit: Int, on db: any Database) async throws -> [DataAccessRecord] {
        try await AuditEventModel.query(on: db)
            .filter(\.$subjectFIN == fin.value)
            .filter(\.$personalDataRead == true)
            .sort(\.$id, .descending)
            .limit(limit)
            .all()
            .map {
                DataAccessRecord(at: Date(timeIntervalSince1970: Double($0.occurredAtMicros) / 1_000_000),
                                 actorKind: AuditActor.Kind(rawValue: $0.actorKind) ?? .system,
                                 agencyID: $0.actorAgencyID, action: $0.action, purpose: $0.purpose)
            }
    }

    public func accountActivity(for fin: FIN, actions prefix: String, limit: Int, on db: any Database) async throws -> [AuditEntrySummary] {
        try await AuditEventModel.query(on: db)
            .filter(\.$subjectFIN == fin.value)
            .filter(\.$action, .custom("LIKE"), prefix + "%")
            .sort(\.$id, .descending)
            .limit(limit)
            .all()
            .map {
                AuditEntrySummary(at: Date(timeIntervalSince1970: Double($0.occurredAtMicros) / 1_000_000), action: $0.action,
                                  ip: $0.ip, details: (try? CanonicalJSON.decode([String: String].self, from: $0.details)) ?? [:])
            }
    }

    /// Walks the whole chain in order and reports the first entry that was edited, inserted or deleted.
    public func verify(on db: any Database, batchSize: Int = 1_000) async throws -> AuditVerification {
        var previous = AuditChain.genesis
        var expected: Int64 = 1
        while true {
            let batch = try await AuditEventModel.query(on: db)
                .filter(\.$id >= expected)
                .sort(\.$id)
                .limit(batchSize)
                .all()
            if batch.isEmpty { break }
            for entry in batch {
                let seq = entry.id!
                if seq != expected { return .deleted(afterSeq: expected - 1, missing: expected...(seq - 1)) }
                if entry.previousHash != previous { return .inserted(seq: seq) }
                if chain.seal(entry.chainFields, previous: previous) != entry.hash { return .edited(seq: seq) }
                previous = entry.hash
                expected += 1
            }
        }
        let last = expected - 1
        guard let head = try await AuditChainHead.find(1, on: db) else { throw AuditTrailError.missingChainHead }
        if head.lastSeq != last || head.lastHash != previous {
            if head.lastSeq > last { return .truncated(lastSeq: last, headSeq: head.lastSeq) }
            return .inserted(seq: last)
        }
        return .intact(entries: last)
    }
}

enum AuditTrailError: Error { case missingChainHead }
