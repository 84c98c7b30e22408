import Foundation
import NIOConcurrencyHelpers

/// The simulator's memory: messages received, and the fault it was told to answer with (a restart forgets both).
final class SMSStore: Sendable {
    struct Message: Codable, Sendable {
        var id: String
        var to: String
        var text: String
        var reference: String
        var callback_url: String
        /// `accepted`, then `delivered` or `failed` once the receipt is made.
        var status: String
        var received_at: String
        var receipt_attempts: Int
        var receipt_delivered: Bool
        var receipt_last_status: Int?
    }

    struct Fault: Sendable {
        var status: Int
        var remaining: Int?
        var until: Date?
    }

    private struct State {
        var messages: [Message] = []
        var byReference: [String: Int] = [:]
        var counter = 0
        var fault: Fault?
        var refusedByFault = 0
    }

    private let state = NIOLockedValueBox(State())

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }

    /// Accepts a message, or returns the one already accepted under the same reference (a retry).
    func accept(to: String, text: String, reference: String, callbackURL: String) -> (Message, created: Bool) {
        state.withLockedValue { state in
            if let index = state.byReference[reference] { return (state.messages[index], false) }
            state.counter += 1
            let id = "sms_" + String(format: "%06ld", state.counter) + "_" + UUID().uuidString.prefix(8).lowercased()
            let message = Message(id: id, to: to, text: text, reference: reference, callback_url: callbackURL, status: "accepted",
                                  received_at: Self.now(), receipt_attempts: 0, receipt_delivered: false, receipt_last_status: nil)
            state.byReference[reference] = state.messages.count
            state.messages.append(message)
            return (message, true)
        }
    }

    func update(_ id: String, _ change: (inout Message) -> Void) {
        state.withLockedValue { state in
            guard let index = state.messages.firstIndex(where: { $0.id == id }) else { return }
            change(&state.messages[index])
        }
    }

    func messages() -> [Message] { state.withLockedValue { $0.messages } }

    func setFault(_ fault: Fault?) { state.withLockedValue { $0.fault = fault } }

    /// The status to answer instead of accepting, while a fault is active; counts it down.
    func takeFault(now: Date = Date()) -> Int? {
        state.withLockedValue { state in
            guard var fault = state.fault else { return nil }
            if let until = fault.until, now >= until {
                state.fault = nil
                return nil
            }
            if let remaining = fault.remaining {
                if remaining <= 0 {
                    state.fault = nil
                    return nil
                }
                fault.remaining = remaining - 1
                state.fault = fault
            }
            state.refusedByFault += 1
            return fault.status
        }
    }

    var refusedByFault: Int { state.withLockedValue { $0.refusedByFault } }
}
