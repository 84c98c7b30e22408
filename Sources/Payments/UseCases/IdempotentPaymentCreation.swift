import FluentKit
import PortalHTTP

/// `POST /api/v1/payments` with an `Idempotency-Key`: the key row (unique on account + key) and the
/// payment are inserted in one transaction, so two requests with the same key cannot both create one.
/// The answer is stored on the row once the provider has answered; a retry with the same key and the
/// same request gets that answer byte for byte (within 24 hours), a retry before it resumes the same
/// payment, and the same key with another request is refused. A new key resumes the person's own attempt
/// that never reached the provider (it was down), so a client that gave up and retried is not told
/// "in progress" about a payment nobody can pay.
struct IdempotentPaymentCreation {
    let app: Application

    static let retention: TimeInterval = 24 * 3600

    enum Outcome {
        case answer(status: Int, body: String, replayed: Bool)
        case keyReusedWithOtherRequest
        case notFound
        case notPayable
        case inProgress
        /// The provider could not be reached; `retryAfter` when the portal has stopped calling it for a while.
        case providerUnavailable(retryAfter: Int?)
    }

    private enum Claim {
        case claimed(paymentID: UUID)
        case existing(IdempotencyKeyModel)
        case refused(Outcome)
    }

    func run(key: String, requestHash: String, invoiceID: UUID, principal: Principal, ip: String,
             limit: () throws -> Void) async throws -> Outcome {
        let start = StartPayment(app: app)
        // Only new keys count against the creation limit: retries of an answered request are free.
        if try await IdempotencyKeyModel.query(on: app.db).filter(\.$userID == principal.userID).filter(\.$key == key).first() == nil {
            try limit()
        }
        var claim: Claim?
        for _ in 0..<3 where claim == nil {
            do {
                claim = try await app.db.writeTransaction { db -> Claim in
                    // Requests for one invoice queue on its row (PostgreSQL), so the key row a concurrent request
                    // committed is visible here and it is replayed, not refused as "in progress".
                    try await db.lockRow(InvoiceModel.schema, id: invoiceID)
                    let cutoff = app.portal.now().addingTimeInterval(-Self.retention)
                    if let row = try await IdempotencyKeyModel.query(on: db).filter(\.$userID == principal.userID).filter(\.$key == key).first() {
                        if row.createdAt >= cutoff { return .existing(row) }
                        // Older than 24 hours: the key may be used afresh.
                        try await row.delete(on: db)
                    }
                    // An attempt of this person the provider never answered (it was down) is resumed under
                    // the new key; one the provider accepted is in progress (pay it or let it expire).
                    switch try await start.record(invoiceID: invoiceID, principal: principal, reuse: .unlaunched, ip: ip, on: db) {
                    case .notFound: return .refused(.notFound)
                    case .notPayable: return .refused(.notPayable)
                    case .inProgress: return .refused(.inProgress)
                    case .recorded(let payment, _):
                        let row = IdempotencyKeyModel()
                        row.userID = principal.userID
                        row.key = key
                        row.requestHash = requestHash
                        row.paymentID = payment.id
                        row.createdAt = app.portal.now()
                        try await row.create(on: db)
                        return .claimed(paymentID: payment.id!)
                    }
                }
            } catch where error.isConstraintViolation {
                continue  // another request with this key committed first: read its row
            }
        }
        let paymentID: UUID
        switch claim {
        case nil: throw Abort(.serviceUnavailable, reason: "could not claim the idempotency key")
        case .refused(let outcome): return outcome
        case .existing(let row):
            guard row.requestHash == requestHash else { return .keyReusedWithOtherRequest }
            if let status = row.responseStatus, let body = row.responseBody { return .answer(status: status, body: body, replayed: true) }
            guard let id = row.paymentID else { return .providerUnavailable(retryAfter: nil) }
            paymentID = id
        case .claimed(let id):
            paymentID = id
        }
        return try await complete(paymentID: paymentID, key: key, principal: principal, start: start)
    }

    /// Asks the provider (idempotent by order id), then stores the answer on the key row if none is yet.
    func complete(paymentID: UUID, key: String, principal: Principal, start: StartPayment) async throws -> Outcome {
        guard let payment = try await PaymentModel.find(paymentID, on: app.db),
              let invoice = try await InvoiceModel.find(payment.invoiceID, on: app.db) else { return .notFound }
        let launched: PaymentModel
        do {
            launched = try await start.launch(payment, invoice: invoice)
        } catch let unavailable as ProviderUnavailable {
            return .providerUnavailable(retryAfter: unavailable.retryAfter)
        }
        let body = String(decoding: try Self.encoder.encode(PaymentsAPI.dto(try launched.record, number: invoice.number)), as: UTF8.self)
        let stored: (Int, String) = try await app.db.writeTransaction { db in
            guard let row = try await IdempotencyKeyModel.query(on: db).filter(\.$userID == principal.userID).filter(\.$key == key).first() else {
                return (201, body)
            }
            if let status = row.responseStatus, let existing = row.responseBody { return (status, existing) }
            row.responseStatus = 201
            row.responseBody = body
            try await row.update(on: db)
            return (201, body)
        }
        return .answer(status: stored.0, body: stored.1, replayed: stored.1 != body)
    }

    static let encoder = CanonicalJSON.encoder()
}
