import Foundation
import NIOConcurrencyHelpers

/// The simulator's payments, in memory (a restart forgets them: it is a test double, not a bank).
final class Store: Sendable {
    struct Payment: Codable, Sendable {
        var id: String
        var merchantId: String
        var orderId: String
        var amount: Int64
        var currency: String
        var description: String
        var returnUrl: String
        var callbackUrl: String
        var status: String  // pending, succeeded, failed, refunded
        var createdAt: Date
        var settledAt: Date?
        var refundId: String?
    }

    struct Event: Codable, Sendable {
        var eventId: String
        var type: String
        var paymentId: String
        var orderId: String
        var amount: Int64
        var currency: String
        var occurredAt: Date
    }

    struct Delivery: Sendable {
        var event: Event
        var callbackUrl: String
        var attempts: Int
        var delivered: Bool
        var lastStatus: Int?
    }

    private let state = NIOLockedValueBox(State())

    struct State {
        var payments: [String: Payment] = [:]
        var byOrder: [String: String] = [:]
        var deliveries: [String: Delivery] = [:]
        var counter = 0
    }

    /// Creates a payment, or returns the existing one for the same merchant and order (idempotent).
    func create(merchantId: String, orderId: String, amount: Int64, currency: String, description: String,
                returnUrl: String, callbackUrl: String) -> (Payment, created: Bool) {
        state.withLockedValue { state in
            if let id = state.byOrder[merchantId + "|" + orderId], let existing = state.payments[id] { return (existing, false) }
            state.counter += 1
            let id = "ps_" + String(format: "%06ld", state.counter) + "_" + UUID().uuidString.prefix(8).lowercased()
            let payment = Payment(id: id, merchantId: merchantId, orderId: orderId, amount: amount, currency: currency,
                                  description: description, returnUrl: returnUrl, callbackUrl: callbackUrl, status: "pending",
                                  createdAt: Date(), settledAt: nil, refundId: nil)
            state.payments[id] = payment
            state.byOrder[merchantId + "|" + orderId] = id
            return (payment, true)
        }
    }

    func payment(_ id: String) -> Payment? { state.withLockedValue { $0.payments[id] } }

    /// Moves a pending payment to `status`; returns the event to deliver (nil when not pending).
    func finish(_ id: String, status: String) -> (Payment, Event)? {
        state.withLockedValue { state in
            guard var payment = state.payments[id], payment.status == "pending" else { return nil }
            payment.status = status
            if status == "succeeded" { payment.settledAt = Date() }
            state.payments[id] = payment
            let event = Event(eventId: "evt_" + UUID().uuidString.lowercased(), type: "payment." + status, paymentId: id,
                              orderId: payment.orderId, amount: payment.amount, currency: payment.currency, occurredAt: Date())
            return (payment, event)
        }
    }

    /// Refunds a succeeded payment once; the same reference again answers the same refund.
    func refund(_ id: String, reference: String) -> (Payment, Event?)? {
        state.withLockedValue { state in
            guard var payment = state.payments[id] else { return nil }
            if payment.status == "refunded" { return (payment, nil) }
            guard payment.status == "succeeded" else { return nil }
            payment.status = "refunded"
            payment.refundId = "rf_" + reference.prefix(36)
            state.payments[id] = payment
            let event = Event(eventId: "evt_" + UUID().uuidString.lowercased(), type: "payment.refunded", paymentId: id,
                              orderId: payment.orderId, amount: payment.amount, currency: payment.currency, occurredAt: Date())
            return (payment, event)
        }
    }

    /// Payments settled (taken) on a UTC day, for the settlement report.
    func settled(on day: String) -> [Payment] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd"
        return state.withLockedValue { state in
            state.payments.values.filter { $0.settledAt.map { formatter.string(from: $0) == day } ?? false }
                .sorted { ($0.settledAt!, $0.id) < ($1.settledAt!, $1.id) }
        }
    }

    func record(_ delivery: Delivery) { state.withLockedValue { $0.deliveries[delivery.event.eventId] = delivery } }
    func deliveries() -> [Delivery] { state.withLockedValue { Array($0.deliveries.values) } }

    /// Test hook: corrupt a settled amount so reconciliation has something to find.
    func overrideAmount(_ id: String, amount: Int64) {
        state.withLockedValue { $0.payments[id]?.amount = amount }
    }
}
