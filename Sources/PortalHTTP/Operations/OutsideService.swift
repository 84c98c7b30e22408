import Foundation
import NIOConcurrencyHelpers
import Vapor

/// A service outside the portal that a module calls (the payment provider; later the SMTP server, the SMS
/// gateway, the bus gateways), with a circuit breaker: after `failureThreshold` failures in a row the
/// portal stops calling it for `cooldown` and answers at once that it is unavailable (the page says so,
/// the API gives `Retry-After`); after the cool-down one trial call is let through — its success closes
/// the circuit, its failure opens it again. `/ready` lists every outside service and its state.
///
/// Calls fail fast too: the shared HTTP client does not retry a refused connection until the request's
/// deadline (`retryConnectionEstablishment` off, see `OutsideServices.configureClient`), so a service that
/// is down costs a caller milliseconds, not the whole timeout.
public final class OutsideService: Sendable {
    public enum State: String, Sendable, Codable {
        /// Calls go through.
        case available
        /// Failing: calls are refused until the cool-down ends.
        case unavailable
        /// The cool-down ended: one trial call is on its way.
        case trial
    }

    /// A call refused without trying, because the circuit is open.
    public struct Unavailable: Error, CustomStringConvertible {
        public let service: String
        /// Seconds until the next trial call.
        public let retryAfter: Int
        public var description: String { "\(service) is unavailable (circuit open, next try in \(retryAfter) s)" }
    }

    struct Circuit {
        var failures = 0
        var openUntil: Date?
        var trialInFlight = false
        var lastFailure: String?
    }

    public let name: String
    public let failureThreshold: Int
    public let cooldown: TimeInterval
    private let circuit = NIOLockedValueBox(Circuit())

    public init(name: String, failureThreshold: Int = 5, cooldown: TimeInterval = 30) {
        self.name = name
        self.failureThreshold = failureThreshold
        self.cooldown = cooldown
    }

    /// Before a call: throws `Unavailable` while the circuit is open (or a trial call is already out).
    public func permit(now: Date) throws {
        try circuit.withLockedValue { circuit in
            guard let until = circuit.openUntil else { return }
            if now < until || circuit.trialInFlight {
                throw Unavailable(service: name, retryAfter: max(1, Int((until.timeIntervalSince(now)).rounded(.up))))
            }
            circuit.trialInFlight = true
        }
    }

    /// The call got an answer from the service (any answer that shows it is up, a 4xx included).
    public func succeeded() {
        circuit.withLockedValue { $0 = Circuit() }
    }

    /// The call failed to reach the service, or the service failed (5xx, timeout).
    public func failed(now: Date, reason: String) {
        circuit.withLockedValue { circuit in
            circuit.failures += 1
            circuit.lastFailure = reason
            circuit.trialInFlight = false
            if circuit.failures >= failureThreshold || circuit.openUntil != nil {
                circuit.openUntil = now.addingTimeInterval(cooldown)
            }
        }
    }

    public func state(now: Date) -> State {
        circuit.withLockedValue { circuit in
            guard let until = circuit.openUntil else { return .available }
            return circuit.trialInFlight || now >= until ? .trial : .unavailable
        }
    }

    /// What `/ready` shows of it.
    public struct Report: Content {
        public var name: String
        public var state: State
        /// Failures in a row.
        public var failures: Int
    }

    public func report(now: Date) -> Report {
        let failures = circuit.withLockedValue { $0.failures }
        return Report(name: name, state: state(now: now), failures: failures)
    }
}

/// The outside services of the running portal, by name.
public final class OutsideServices: Sendable {
    private let services = NIOLockedValueBox<[String: OutsideService]>([:])

    public init() {}

    /// The service of this name, registered on first use.
    public func service(_ name: String, failureThreshold: Int = 5, cooldown: TimeInterval = 30) -> OutsideService {
        services.withLockedValue { services in
            if let existing = services[name] { return existing }
            let service = OutsideService(name: name, failureThreshold: failureThreshold, cooldown: cooldown)
            services[name] = service
            return service
        }
    }

    public var all: [OutsideService] { services.withLockedValue { $0.values.sorted { $0.name < $1.name } } }

    /// Installs the registry and makes outgoing HTTP fail fast: a refused connection is an error at once
    /// instead of being retried with back-off until the request's deadline (AsyncHTTPClient's default),
    /// and connecting is bounded. Called once while the application is configured.
    public static func install(_ app: Application) {
        app.storage[OutsideServicesKey.self] = OutsideServices()
        app.http.client.configuration.connectionPool.retryConnectionEstablishment = false
        app.http.client.configuration.timeout.connect = .seconds(3)
    }
}

struct OutsideServicesKey: StorageKey { typealias Value = OutsideServices }

extension Application {
    /// Every outside service's circuit (`OutsideServices.install` runs while the portal is configured).
    public var outsideServices: OutsideServices {
        guard let services = storage[OutsideServicesKey.self] else { fatalError("OutsideServices.install was not called") }
        return services
    }
}
