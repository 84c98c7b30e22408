import Foundation
import Vapor
import NIOConcurrencyHelpers

/// `onewindow-paysim`: a payment provider simulator for development and tests. It speaks the provider
/// protocol (docs/adr/0006-payments-idempotency-and-callbacks.md) on loopback: signed API calls from the
/// merchant, a hosted payment page with Pay and Decline, signed callbacks retried until a 2xx (bounded
/// backoff), refunds and a daily settlement report (CSV).
public final class PaySim: Sendable {
    public struct Options: Sendable {
        public var hostname: String
        public var port: Int
        public var secret: String
        /// Merchants the simulator accepts.
        public var merchantID: String
        /// First retry delay; doubles each attempt up to `maxRetryDelay`.
        public var retryBase: TimeInterval
        public var maxRetryDelay: TimeInterval
        public var maxAttempts: Int
        /// The time the simulator signs with and checks signatures against. Tests pass the portal's clock:
        /// a provider and a merchant agree on the time, and a test that moves (or freezes) the portal's clock
        /// must not make every signature look stale once the test has run longer than the tolerance.
        public var clock: @Sendable () -> Date

        public static let developmentSecret = "paysim-development-secret-0123456789abcdef"

        public init(hostname: String = "127.0.0.1", port: Int = 8181, secret: String = Options.developmentSecret,
                    merchantID: String = "onewindow-demo", retryBase: TimeInterval = 0.5, maxRetryDelay: TimeInterval = 30,
                    maxAttempts: Int = 20, clock: @escaping @Sendable () -> Date = { Date() }) {
            self.hostname = hostname
            self.port = port
            self.secret = secret
            self.merchantID = merchantID
            self.retryBase = retryBase
            self.maxRetryDelay = maxRetryDelay
            self.maxAttempts = maxAttempts
            self.clock = clock
        }
    }

    public let app: Application
    let store = Store()
    let options: Options
    let signing: Signing
    /// Callback deliveries still running: shutdown cancels and awaits them, so none outlives the application
    /// whose HTTP client it uses.
    private let deliveries = NIOLockedValueBox<(open: Bool, tasks: [UUID: Task<Void, Never>])>((true, [:]))

    init(app: Application, options: Options) {
        self.app = app
        self.options = options
        self.signing = Signing(secret: options.secret)
    }

    /// Starts a simulator in this process (tests); port 0 picks a free loopback port.
    public static func start(_ options: Options) async throws -> PaySim {
        let app = try await Application.make(Environment(name: "testing", arguments: ["paysim"]))
        app.logger.logLevel = .warning
        let sim = PaySim(app: app, options: options)
        try sim.configure()
        try await app.asyncBoot()
        try await app.server.start(address: .hostname(options.hostname, port: options.port))
        return sim
    }

    /// Runs a simulator until the process is stopped (the executable).
    public static func run(_ options: Options) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["onewindow-paysim", "serve"]))
        let sim = PaySim(app: app, options: options)
        app.http.server.configuration.hostname = options.hostname
        app.http.server.configuration.port = options.port
        try sim.configure()
        app.logger.notice("onewindow-paysim on http://\(options.hostname):\(options.port) (merchant \(options.merchantID))")
        do {
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    public func shutdown() async throws {
        let running = deliveries.withLockedValue { state in
            state.open = false
            defer { state.tasks = [:] }
            return Array(state.tasks.values)
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    /// `http://127.0.0.1:<port>` of the running server.
    public var baseURL: String {
        let port = app.http.server.shared.localAddress?.port ?? options.port
        return "http://\(options.hostname):\(port)"
    }

    /// The callbacks sent so far (tests).
    public var deliveredEvents: [(eventId: String, type: String, attempts: Int, delivered: Bool, lastStatus: Int?)] {
        store.deliveries().map { ($0.event.eventId, $0.event.type, $0.attempts, $0.delivered, $0.lastStatus) }
    }

    /// How many callbacks are still being tried (delivered neither yet nor given up on). Tests wait on
    /// this instead of on wall time: a loaded machine makes deliveries slow, never endless (each is
    /// bounded by `maxAttempts`).
    public var deliveriesInFlight: Int { deliveries.withLockedValue { $0.tasks.count } }

    /// Test hook: pretend the provider settled another amount for a payment.
    public func overrideSettledAmount(paymentID: String, amount: Int64) { store.overrideAmount(paymentID, amount: amount) }

    func configure() throws {
        app.middleware = Middlewares()
        app.middleware.use(ErrorMiddleware.default(environment: app.environment))
        app.routes.defaultMaxBodySize = "64kb"
        let routes = PaySimRoutes(sim: self)
        routes.register(app)
    }

    /// Sends `event` to the merchant's callback URL, signed, until it answers 2xx or attempts run out.
    func deliver(_ event: Store.Event, to url: String) {
        let sim = self
        let id = UUID()
        deliveries.withLockedValue { state in
            guard state.open else { return }
            state.tasks[id] = Task.detached {
                await sim.send(event, to: url)
                sim.deliveries.withLockedValue { _ = $0.tasks.removeValue(forKey: id) }
            }
        }
    }

    private func send(_ event: Store.Event, to url: String) async {
        var delivery = Store.Delivery(event: event, callbackUrl: url, attempts: 0, delivered: false, lastStatus: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        guard let body = try? encoder.encode(event) else { return }
        while delivery.attempts < options.maxAttempts && !delivery.delivered {
            if delivery.attempts > 0 {
                let delay = min(options.maxRetryDelay, options.retryBase * pow(2, Double(delivery.attempts - 1)))
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            }
            if Task.isCancelled { return }
            delivery.attempts += 1
            let timestamp = Int(options.clock().timeIntervalSince1970)
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.replaceOrAdd(name: "X-Signature-Timestamp", value: String(timestamp))
            headers.replaceOrAdd(name: "X-Signature", value: signing.sign(body, timestamp: timestamp))
            do {
                let response = try await app.client.post(URI(string: url), headers: headers) { request in
                    request.body = ByteBuffer(data: body)
                    request.timeout = .seconds(10)
                }
                delivery.lastStatus = Int(response.status.code)
                delivery.delivered = (200..<300).contains(response.status.code)
            } catch {
                delivery.lastStatus = nil
            }
            store.record(delivery)
        }
        if !delivery.delivered {
            app.logger.warning("callback \(event.eventId) not delivered after \(delivery.attempts) attempts")
        }
    }
}
