import PortalHTTP

/// An amount owed by a person (or company) to an agency, for one subject of another module.
final class InvoiceModel: Model, @unchecked Sendable {
    static let schema = "payments_invoices"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: String
    @Field(key: "payer_fin") var payerFIN: String
    @OptionalField(key: "payer_voen") var payerVOEN: String?
    @Field(key: "amount") var amount: Int64
    @Field(key: "currency") var currency: String
    @Enum(key: "purpose") var purpose: InvoicePurpose
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectID: String
    @Field(key: "description") var descriptionJSON: String
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "agency_code") var agencyCode: String
    /// The territorial unit the invoice belongs to (payments.v2.regions): the case's region for a state
    /// fee, the payer's registered district otherwise; nil when the register does not know it.
    @OptionalField(key: "unit_code") var unitCode: String?
    @Field(key: "return_path") var returnPath: String
    @Enum(key: "status") var status: InvoiceStatus
    @OptionalField(key: "paid_payment_id") var paidPaymentID: UUID?
    @OptionalField(key: "paid_at") var paidAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var info: InvoiceInfo {
        get throws {
            InvoiceInfo(id: id!, number: number, status: status,
                        amount: Money(minorUnits: amount, currency: currency), purpose: purpose,
                        payer: InvoicePayer(fin: payerFIN, voen: payerVOEN), subject: InvoiceSubject(type: subjectType, id: subjectID),
                        description: try CanonicalJSON.decode(InvoiceDescription.self, from: descriptionJSON),
                        agencyID: agencyID, agencyCode: agencyCode, returnPath: returnPath, createdAt: createdAt,
                        paidAt: paidAt, paidByPayment: paidPaymentID, unitCode: unitCode)
        }
    }
}

/// One attempt to pay an invoice through the provider.
final class PaymentModel: Model, @unchecked Sendable {
    static let schema = "payments_payments"

    @ID(key: .id) var id: UUID?
    @Field(key: "invoice_id") var invoiceID: UUID
    @Field(key: "payer_user_id") var payerUserID: UUID
    @Field(key: "amount") var amount: Int64
    @Field(key: "currency") var currency: String
    @Enum(key: "status") var status: PaymentStatus
    @OptionalField(key: "provider_payment_id") var providerPaymentID: String?
    @OptionalField(key: "redirect_url") var redirectURL: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}
}

/// A provider event already processed: the primary key makes each event count once.
final class ProviderEventModel: Model, @unchecked Sendable {
    static let schema = "payments_provider_events"

    @ID(custom: "event_id", generatedBy: .user) var id: String?
    @Field(key: "payment_id") var paymentID: UUID
    @Field(key: "type") var type: String
    @Field(key: "outcome") var outcome: String
    @Field(key: "received_at") var receivedAt: Date

    init() {}
}

/// An `Idempotency-Key` of one account, the hash of the request that used it first and, once answered,
/// the answer. Unique on (user, key) in the schema.
final class IdempotencyKeyModel: Model, @unchecked Sendable {
    static let schema = "payments_idempotency_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "key") var key: String
    @Field(key: "request_hash") var requestHash: String
    @OptionalField(key: "payment_id") var paymentID: UUID?
    @OptionalField(key: "response_status") var responseStatus: Int?
    @OptionalField(key: "response_body") var responseBody: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A fine an agency recorded against a person (traffic, administrative), with its invoice.
final class FineModel: Model, @unchecked Sendable {
    static let schema = "payments_fines"

    @ID(key: .id) var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "agency_code") var agencyCode: String
    @Field(key: "protocol_number") var protocolNumber: String
    @Field(key: "offender_fin") var offenderFIN: String
    /// The offender's registered district when the fine was recorded (the same unit as its invoice).
    @OptionalField(key: "unit_code") var unitCode: String?
    @Field(key: "amount") var amount: Int64
    @Field(key: "offence") var offence: String
    @Field(key: "offence_date") var offenceDate: String
    @Enum(key: "status") var status: FineStatus
    @OptionalField(key: "invoice_id") var invoiceID: UUID?
    @OptionalField(key: "recorded_by") var recordedBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "paid_at") var paidAt: Date?

    init() {}
}

/// A refund: requested by one official, decided by the agency's head, who must be someone else.
final class RefundModel: Model, @unchecked Sendable {
    static let schema = "payments_refunds"

    enum State: String, Codable, Sendable, CaseIterable { case requested, approved, rejected, completed }

    @ID(key: .id) var id: UUID?
    @Field(key: "payment_id") var paymentID: UUID
    @Field(key: "invoice_id") var invoiceID: UUID
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "amount") var amount: Int64
    @Field(key: "reason") var reason: String
    @Enum(key: "state") var state: State
    @Field(key: "requested_by") var requestedBy: UUID
    @Field(key: "requested_at") var requestedAt: Date
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "provider_refund_id") var providerRefundID: String?

    init() {}
}

/// The provider's settlement file for a day (fetched or uploaded), kept for the reconciliation report.
final class SettlementFileModel: Model, @unchecked Sendable {
    static let schema = "payments_settlement_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "day") var day: String
    @Field(key: "source") var source: String
    @Field(key: "content") var content: String
    @Field(key: "stored_by") var storedBy: UUID
    @Field(key: "stored_at") var storedAt: Date

    init() {}
}
