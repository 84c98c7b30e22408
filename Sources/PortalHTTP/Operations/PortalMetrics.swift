import Foundation
import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// Process-wide Prometheus registry (one per process, however many Applications tests create).
public enum PortalMetrics {
    public static let registry = PrometheusCollectorRegistry()

    static let durationBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5),
    ]

    public static func counter(_ name: String, help: String, labels: [(String, String)] = []) -> Counter {
        registry.makeCounter(descriptor: .init(namespace: "onewindow", metricName: name, unitName: "total", helpText: help), labels: labels)
    }

    public static func gauge(_ name: String, help: String, labels: [(String, String)] = []) -> Gauge {
        registry.makeGauge(descriptor: .init(namespace: "onewindow", metricName: name, unitName: "", helpText: help), labels: labels)
    }

    public static func durations(_ name: String, help: String, labels: [(String, String)] = []) -> DurationHistogram {
        registry.makeDurationHistogram(
            descriptor: .init(namespace: "onewindow", metricName: name, unitName: "seconds", helpText: help),
            labels: labels, buckets: durationBuckets)
    }

    public static func exposition() -> String { registry.emitToString() }
}

/// Counts requests and their latency by route pattern (never by raw path: that would explode labels
/// and could put identifiers into metrics).
public struct MetricsMiddleware: Middleware {
    public init() {}

    /// The registry looks metrics up by name and labels under its lock; keep our own handles.
    static let handles = NIOLockedValueBox([String: (Counter, DurationHistogram)]())

    static func handles(method: String, route: String, status: UInt) -> (Counter, DurationHistogram) {
        let key = "\(method) \(route) \(status)"
        if let found = handles.withLockedValue({ $0[key] }) { return found }
        let made = (PortalMetrics.counter("http_requests", help: "HTTP requests served",
                                          labels: [("method", method), ("route", route), ("status", String(status))]),
                    PortalMetrics.durations("http_request_duration", help: "HTTP request latency", labels: [("method", method), ("route", route)]))
        handles.withLockedValue { $0[key] = made }
        return made
    }

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        return next.respond(to: request).always { result in
            let status: UInt
            switch result {
            case .success(let response): status = response.status.code
            case .failure(let error): status = (error as? any AbortError)?.status.code ?? 500
            }
            let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
            let (counter, histogram) = Self.handles(method: request.method.rawValue, route: route, status: status)
            counter.increment()
            histogram.record(ContinuousClock.now - start)
        }
    }
}
