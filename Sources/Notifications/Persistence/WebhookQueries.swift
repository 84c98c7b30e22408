import Fluent
import Foundation
import PortalDB
import PortalHTTP

/// An endpoint as the office and the worker see it (without its secret).
public struct WebhookRecord: Sendable, Equatable {
    public var id: UUID
    public var agencyID: UUID
    public var url: String
    public var events: [WebhookEventType]
    public var description: String
    public var createdAt: Date
    public var disabledAt: Date?
}

public struct WebhookDeliveryRecord: Sendable, Equatable {
    public var id: UUID
    public var messageID: String
    public var type: String
    public var status: DeliveryStatus
    public var attempts: Int
    public var responseStatus: Int?
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?
}

/// A delivery claimed by the worker: where to, what, and the endpoint's sealed secret.
struct ClaimedWebhookDelivery: Sendable {
    var id: UUID
    var messageID: String
    var url: String
    var body: String
    var secretSealed: String
    var attempts: Int
}

/// The endpoints' and their deliveries' reads and writes.
struct WebhookQueries {
    let db: any Database

    func endpoints(of agencies: [UUID]?) async throws -> [WebhookRecord] {
        var query = WebhookModel.query(on: db)
        if let agencies { query = query.filter(\.$agencyID ~~ agencies) }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).all().map(Self.record)
    }

    func endpoint(_ id: UUID) async throws -> WebhookModel? { try await WebhookModel.find(id, on: db) }

    func insert(_ model: WebhookModel) async throws { try await model.create(on: db) }

    func disable(_ model: WebhookModel, by official: UUID, at now: Date) async throws {
        model.disabledAt = now
        model.disabledBy = official
        try await model.update(on: db)
    }

    /// The newest deliveries of one endpoint.
    func deliveries(of webhook: UUID, limit: Int) async throws -> [WebhookDeliveryRecord] {
        try await WebhookDeliveryModel.query(on: db).filter(\.$webhookID == webhook)
            .sort(\.$createdAt, .descending).sort(\.$id).limit(limit).all().map(Self.record)
    }

    /// One delivery row per enabled endpoint of the agency that takes this event type; a repeat of
    /// the same dedupe key writes nothing (`ON CONFLICT DO NOTHING`, so the caller's PostgreSQL
    /// transaction is not aborted by a caught violation).
    func enqueue(_ event: AgencyEvent, body: String, now: Date) async throws -> Int {
        let endpoints = try await WebhookModel.query(on: db).filter(\.$agencyID == event.agencyID).filter(\.$disabledAt == nil).all()
            .filter { $0.eventTypes.map(\.rawValue).contains(event.type) }
        guard !endpoints.isEmpty, let sql = db as? any SQLDatabase else { return 0 }
        for endpoint in endpoints {
            try await sql.insert(into: WebhookDeliveryModel.schema)
                .columns("id", "webhook_id", "dedupe_key", "type", "body", "status", "attempts", "next_attempt_at", "created_at")
                .values(SQLBind(UUID()), SQLBind(endpoint.id!), SQLBind(event.dedupeKey), SQLBind(event.type), SQLBind(body),
                        SQLBind(DeliveryStatus.queued.rawValue), SQLBind(0), SQLBind(now), SQLBind(now))
                .ignoringConflicts(with: ["dedupe_key", "webhook_id"])
                .run()
        }
        return endpoints.count
    }

    /// As `OutboxQueries.claimDue` (`DeliveryQueue.dueIDs`): due rows become `sending` (one more attempt)
    /// and that is committed before anything is sent.
    func claimDue(now: Date, limit: Int) async throws -> [ClaimedWebhookDelivery] {
        try await db.writeTransaction { db in
            let ids = try await DeliveryQueue.dueIDs(in: WebhookDeliveryModel.schema, now: now, limit: limit, on: db)
            guard !ids.isEmpty else { return [] }
            let rows = try await WebhookDeliveryModel.query(on: db).filter(\.$id ~~ ids).all()
            let endpoints = try await WebhookModel.query(on: db).filter(\.$id ~~ Array(Set(rows.map(\.webhookID)))).all()
            let byID = Dictionary(uniqueKeysWithValues: endpoints.map { ($0.id!, $0) })
            var claimed: [ClaimedWebhookDelivery] = []
            for row in rows where row.status.isDue {
                guard let endpoint = byID[row.webhookID] else { continue }
                if endpoint.disabledAt != nil {
                    // The agency switched the endpoint off: what it had not yet received is not sent.
                    row.status = .dead
                    row.lastError = "the endpoint was disabled"
                    try await row.save(on: db)
                    continue
                }
                row.status = .sending
                row.claimedAt = now
                row.attempts += 1
                try await row.save(on: db)
                claimed.append(ClaimedWebhookDelivery(id: row.id!, messageID: row.messageID, url: endpoint.url, body: row.body,
                                                      secretSealed: endpoint.secretSealed, attempts: row.attempts))
            }
            return claimed
        }
    }

    /// Rows left `sending` longer than `lease` (the portal stopped mid-send): due again, same message id.
    func recoverStuck(now: Date, lease: TimeInterval) async throws -> Int {
        try await DeliveryQueue.recoverStuck(in: WebhookDeliveryModel.schema, note: "interrupted while sending; retried with the same webhook-id",
                                             now: now, lease: lease, on: db)
    }

    func record(_ id: UUID, _ result: OutboxQueries.Result, responseStatus: Int?, now: Date) async throws {
        try await db.writeTransaction { db in
            guard let row = try await WebhookDeliveryModel.find(id, on: db), row.status == .sending else { return }
            row.responseStatus = responseStatus
            switch result {
            case .sent:
                row.status = .sent
                row.sentAt = now
                row.lastError = nil
            case .retry(let at, let error):
                row.status = .failed
                row.nextAttemptAt = at
                row.lastError = String(error.prefix(500))
            case .dead(let error), .bounced(let error):
                row.status = .dead
                row.lastError = String(error.prefix(500))
            case .postponed(let until):
                row.status = .queued
                row.attempts = max(0, row.attempts - 1)
                row.nextAttemptAt = until
            }
            try await row.save(on: db)
        }
    }

    /// The office sends a failed or dead delivery again: queued, due now, a fresh run of tries.
    func requeue(_ id: UUID, of webhook: UUID, now: Date) async throws -> WebhookDeliveryRecord? {
        guard let row = try await WebhookDeliveryModel.query(on: db).filter(\.$id == id).filter(\.$webhookID == webhook).first(),
              row.status == .dead || row.status == .failed else { return nil }
        row.status = .queued
        row.attempts = 0
        row.nextAttemptAt = now
        try await row.save(on: db)
        return Self.record(row)
    }

    static func record(_ row: WebhookModel) -> WebhookRecord {
        WebhookRecord(id: row.id!, agencyID: row.agencyID, url: row.url, events: row.eventTypes, description: row.description,
                      createdAt: row.createdAt, disabledAt: row.disabledAt)
    }

    static func record(_ row: WebhookDeliveryModel) -> WebhookDeliveryRecord {
        WebhookDeliveryRecord(id: row.id!, messageID: row.messageID, type: row.type, status: row.status, attempts: row.attempts,
                              responseStatus: row.responseStatus, lastError: row.lastError, createdAt: row.createdAt, sentAt: row.sentAt)
    }
}
