import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// `onewindow-smssim`: an SMS gateway simulator for development and tests, speaking the gateway protocol
/// of docs/sms-gateway.md on loopback. Accepts messages with a bearer key, answers 202 `{"id"}`, then
/// POSTs a signed delivery receipt to the message's callback URL (retried until a 2xx, bounded). Numbers
/// ending in `failSuffix` fail; `POST /faults` makes it answer 503 (or 429) for a while; `GET /messages`
/// lists what it received.
public final class SMSSim: Sendable {
    public struct Options: Sendable {
        public var hostname: String
        public var port: Int
        /// The bearer key callers must send.
        public var apiKey: String
        /// Signs receipts: `X-Signature: hex(HMAC-SHA256(secret, body))`.
        public var secret: String
        /// Numbers ending in this get a `failed` receipt.
        public var failSuffix: String
        /// How long after accepting a message the receipt goes out.
        public var receiptDelay: TimeInterval
        public var retryBase: TimeInterval
        public var maxAttempts: Int

        public static let developmentKey = "smssim-development-key-0123456789"
        public static let developmentSecret = "smssim-development-secret-0123456789abcdef"

        public init(hostname: String = "127.0.0.1", port: Int = 8191, apiKey: String = Options.developmentKey,
                    secret: String = Options.developmentSecret, failSuffix: String = "0000", receiptDelay: TimeInterval = 0.2,
                    retryBase: TimeInterval = 0.5, maxAttempts: Int = 10) {
            self.hostname = hostname
            self.port = port
            self.apiKey = apiKey
            self.secret = secret
            self.failSuffix = failSuffix
            self.receiptDelay = receiptDelay
            self.retryBase = retryBase
            self.maxAttempts = maxAttempts
        }
    }

    public let app: Application
    let store = SMSStore()
    let options: Options
    private let receipts = NIOLockedValueBox<(open: Bool, tasks: [UUID: Task<Void, Never>])>((true, [:]))

    init(app: Application, options: Options) {
        self.app = app
        self.options = options
    }

    /// Starts a simulator in this process (tests); port 0 picks a free loopback port.
    public static func start(_ options: Options) async throws -> SMSSim {
        let app = try await Application.make(Environment(name: "testing", arguments: ["smssim"]))
        app.logger.logLevel = .warning
        let sim = SMSSim(app: app, options: options)
        sim.configure()
        try await app.asyncBoot()
        try await app.server.start(address: .hostname(options.hostname, port: options.port))
        return sim
    }

    /// Runs a simulator until the process is stopped (the executable).
    public static func run(_ options: Options) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["onewindow-smssim", "serve"]))
        let sim = SMSSim(app: app, options: options)
        app.http.server.configuration.hostname = options.hostname
        app.http.server.configuration.port = options.port
        sim.configure()
        app.logger.notice("onewindow-smssim on http://\(options.hostname):\(options.port) (numbers ending in \(options.failSuffix) fail)")
        do {
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    public func shutdown() async throws {
        let running = receipts.withLockedValue { state in
            state.open = false
            defer { state.tasks = [:] }
            return Array(state.tasks.values)
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    public var baseURL: String {
        let port = app.http.server.shared.localAddress?.port ?? options.port
        return "http://\(options.hostname):\(port)"
    }

    /// Receipts still being sent (tests wait on this rather than on wall time).
    public var receiptsInFlight: Int { receipts.withLockedValue { $0.tasks.count } }

    /// Requests refused by an injected fault so far.
    public var refusedByFault: Int { store.refusedByFault }

    /// Test hook, the same as `POST /faults`: answer `status` to the next `count` sends, or for `seconds`.
    public func injectFault(status: Int = 503, count: Int? = nil, seconds: TimeInterval? = nil) {
        store.setFault(.init(status: status, remaining: count, until: seconds.map { Date().addingTimeInterval($0) }))
    }

    func configure() {
        app.middleware = Middlewares()
        app.middleware.use(ErrorMiddleware.default(environment: app.environment))
        SMSSimRoutes(sim: self).register(app)
    }

    static func signature(_ body: Data, secret: String) -> String {
        HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    struct Receipt: Codable {
        var id: String
        var reference: String
        var status: String
        var at: String
    }

    /// Decides the outcome and sends the signed receipt until the portal answers 2xx or attempts run out.
    func scheduleReceipt(for message: SMSStore.Message) {
        let sim = self
        let key = UUID()
        receipts.withLockedValue { state in
            guard state.open else { return }
            state.tasks[key] = Task.detached {
                await sim.sendReceipt(for: message)
                sim.receipts.withLockedValue { _ = $0.tasks.removeValue(forKey: key) }
            }
        }
    }

    private func sendReceipt(for message: SMSStore.Message) async {
        try? await Task.sleep(nanoseconds: UInt64(options.receiptDelay * 1_000_000_000))
        let outcome = !options.failSuffix.isEmpty && message.to.hasSuffix(options.failSuffix) ? "failed" : "delivered"
        store.update(message.id) { $0.status = outcome }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let body = try? encoder.encode(Receipt(id: message.id, reference: message.reference, status: outcome, at: SMSStore.now())) else { return }
        var attempt = 0
        while attempt < options.maxAttempts {
            if attempt > 0 {
                let delay = min(30, options.retryBase * pow(2, Double(attempt - 1)))
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            }
            if Task.isCancelled { return }
            attempt += 1
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.replaceOrAdd(name: "X-Signature", value: Self.signature(body, secret: options.secret))
            var status: Int?
            do {
                let response = try await app.client.post(URI(string: message.callback_url), headers: headers) { request in
                    request.body = ByteBuffer(data: body)
                    request.timeout = .seconds(10)
                }
                status = Int(response.status.code)
            } catch {
                status = nil
            }
            let delivered = status.map { (200..<300).contains($0) } ?? false
            store.update(message.id) {
                $0.receipt_attempts = attempt
                $0.receipt_last_status = status
                $0.receipt_delivered = delivered
            }
            if delivered { return }
        }
        app.logger.warning("receipt for \(message.id) not delivered after \(attempt) attempts")
    }
}
