import Foundation

/// Where a payment attempt is. Every change goes through `PaymentStatus.after(_:)`: the one place the
/// allowed transitions are written down (and tested as a table in PaymentStatusTests).
public enum PaymentStatus: String, Codable, Sendable, CaseIterable {
    /// The portal recorded the attempt; the provider has not been asked yet (or its answer was lost).
    case created
    /// The provider created its payment; the citizen is on (or was sent to) the hosted page.
    case started
    case succeeded
    case failed
    case cancelled
    /// Not finished within the expiry window (90 minutes by default).
    case expired
    case refunded

    /// What moves a payment.
    public enum Event: String, Codable, Sendable, CaseIterable {
        case providerAccepted, succeeded, failed, cancelled, expired, refunded
    }

    /// The status after `event`, or nil when the event is not allowed from here.
    ///
    /// A success may arrive for a payment still `created` (the portal crashed between the provider's
    /// answer and recording it) or already `expired` (the citizen paid in the last minute and the callback
    /// came late): the money was taken, so the portal accepts it rather than losing track of it.
    public func after(_ event: Event) -> PaymentStatus? {
        switch (self, event) {
        case (.created, .providerAccepted): return .started
        case (.created, .succeeded), (.started, .succeeded), (.expired, .succeeded): return .succeeded
        case (.created, .failed), (.started, .failed): return .failed
        case (.created, .cancelled), (.started, .cancelled): return .cancelled
        case (.created, .expired), (.started, .expired): return .expired
        case (.succeeded, .refunded): return .refunded
        default: return nil
        }
    }

    /// Still waiting for the citizen or the provider.
    public var isActive: Bool { self == .created || self == .started }
    /// Money was taken (and possibly given back).
    public var tookMoney: Bool { self == .succeeded || self == .refunded }
}

/// An invoice's state: it is paid by exactly one succeeded payment.
public enum InvoiceStatus: String, Codable, Sendable, CaseIterable {
    case unpaid, paid, refunded, cancelled
}

/// A fine's state, following its invoice's.
enum FineStatus: String, Codable, Sendable, CaseIterable {
    case unpaid, paid, refunded, cancelled
}

/// Why money is owed.
public enum InvoicePurpose: String, Codable, Sendable, CaseIterable {
    case stateFee = "state_fee"
    case fine
}
