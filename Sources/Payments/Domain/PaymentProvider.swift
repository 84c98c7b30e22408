import Foundation

/// What the portal asks a provider to do. The HTTP adapter speaks the protocol in docs/adr/0006;
/// the simulator (`onewindow-paysim`) implements the other side.
public protocol PaymentProvider: Sendable {
    /// Creates (or, for the same `orderID`, returns the existing) provider payment.
    func createPayment(_ request: ProviderPaymentRequest) async throws -> ProviderPayment
    /// Returns the money of a succeeded payment.
    func refund(providerPaymentID: String, amount: Int64, reference: String) async throws -> ProviderRefund
    /// The provider's settlement file (CSV) for a UTC day `YYYY-MM-DD`.
    func settlementReport(day: String) async throws -> String
}

public struct ProviderPaymentRequest: Sendable, Codable, Hashable {
    public var merchantId: String
    /// The portal's payment id: the provider answers the same payment for the same order.
    public var orderId: String
    public var amount: Int64
    public var currency: String
    public var description: String
    public var returnUrl: String
    public var callbackUrl: String

    public init(merchantId: String, orderId: String, amount: Int64, currency: String, description: String, returnUrl: String, callbackUrl: String) {
        self.merchantId = merchantId
        self.orderId = orderId
        self.amount = amount
        self.currency = currency
        self.description = description
        self.returnUrl = returnUrl
        self.callbackUrl = callbackUrl
    }
}

public struct ProviderPayment: Sendable, Codable, Hashable {
    public var id: String
    public var orderId: String
    public var status: String
    public var amount: Int64
    /// The hosted payment page the citizen is sent to.
    public var paymentUrl: String

    public init(id: String, orderId: String, status: String, amount: Int64, paymentUrl: String) {
        self.id = id
        self.orderId = orderId
        self.status = status
        self.amount = amount
        self.paymentUrl = paymentUrl
    }
}

public struct ProviderRefund: Sendable, Codable, Hashable {
    public var id: String
    public var paymentId: String
    public var status: String

    public init(id: String, paymentId: String, status: String) {
        self.id = id
        self.paymentId = paymentId
        self.status = status
    }
}

/// A signed server-to-server message from the provider about one payment.
public struct ProviderEvent: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case succeeded = "payment.succeeded"
        case failed = "payment.failed"
        case cancelled = "payment.cancelled"
        case refunded = "payment.refunded"
    }

    /// Unique per event: a redelivery carries the same id.
    public var eventId: String
    public var type: Kind
    public var paymentId: String
    public var orderId: String
    public var amount: Int64
    public var currency: String
    public var occurredAt: Date

    public init(eventId: String, type: Kind, paymentId: String, orderId: String, amount: Int64, currency: String, occurredAt: Date) {
        self.eventId = eventId
        self.type = type
        self.paymentId = paymentId
        self.orderId = orderId
        self.amount = amount
        self.currency = currency
        self.occurredAt = occurredAt
    }
}

/// The provider could not be reached or refused the request.
public struct ProviderUnavailable: Error, CustomStringConvertible {
    public let description: String
    /// Seconds until the portal calls the provider again, when it has stopped calling it (circuit open).
    public let retryAfter: Int?
    public init(_ description: String, retryAfter: Int? = nil) {
        self.description = description
        self.retryAfter = retryAfter
    }
}
