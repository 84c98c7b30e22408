import NIOConcurrencyHelpers
import PortalHTTP

/// The Payments module's settings, read once from the environment (documented in docs/configuration.md).
public struct PaymentsConfig: Sendable {
    /// Base URL of the provider's API and hosted pages (the simulator in development).
    public var providerBaseURL: String
    public var merchantID: String
    /// Shared secret for HMAC-SHA256 signatures in both directions.
    public var secret: String
    /// Where the provider sends its signed callbacks; nil means `<public URL>/payments/provider/callback`.
    public var callbackURL: String?
    /// Seconds a signed message's timestamp may differ from now.
    public var timestampTolerance: TimeInterval
    /// How long a started payment may take before it expires.
    public var expiry: TimeInterval
    /// Payment creations per account per minute (web and API together).
    public var creationsPerMinute: Int

    public static let developmentSecret = "paysim-development-secret-0123456789abcdef"

    public init(providerBaseURL: String = "http://127.0.0.1:8181", merchantID: String = "onewindow-demo",
                secret: String = PaymentsConfig.developmentSecret, callbackURL: String? = nil,
                timestampTolerance: TimeInterval = 300, expiry: TimeInterval = 90 * 60, creationsPerMinute: Int = 10) {
        self.providerBaseURL = providerBaseURL
        self.merchantID = merchantID
        self.secret = secret
        self.callbackURL = callbackURL
        self.timestampTolerance = timestampTolerance
        self.expiry = expiry
        self.creationsPerMinute = creationsPerMinute
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// The secret has no default outside development: production refuses to start without one, and
    /// testing (where nothing may reach a provider) gets a random one nobody can sign with. Development
    /// falls back to the simulator's secret, which — like every built-in secret — is refused unless the
    /// portal stays on loopback (`PortalConfig.startupProblems`, `LoopbackGuardServer`).
    public static func fromEnvironment(_ env: [String: String], portal: PortalConfig) throws -> PaymentsConfig {
        let mode = portal.mode
        func number(_ name: String, _ fallback: Int) throws -> Int {
            guard let raw = env[name] else { return fallback }
            guard let value = Int(raw), value > 0 else { throw Problem(description: "\(name) must be a positive whole number (got \(raw))") }
            return value
        }
        // Tests never reach a provider by accident: the discard port refuses the connection.
        let base = env["ONEWINDOW_PAYMENTS_PROVIDER_URL"] ?? (mode == .testing ? "http://127.0.0.1:9" : "http://127.0.0.1:8181")
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            throw Problem(description: "ONEWINDOW_PAYMENTS_PROVIDER_URL must be an http(s) URL")
        }
        let secret: String
        switch (env["ONEWINDOW_PAYMENTS_SECRET"].flatMap { $0.isEmpty ? nil : $0 }, mode) {
        case (let configured?, _): secret = configured
        case (nil, .development): secret = developmentSecret
        case (nil, .testing): secret = CSRF.randomToken()
        case (nil, .production): throw Problem(description: "ONEWINDOW_PAYMENTS_SECRET must be set in production")
        }
        let config = PaymentsConfig(
            providerBaseURL: base.hasSuffix("/") ? String(base.dropLast()) : base,
            merchantID: env["ONEWINDOW_PAYMENTS_MERCHANT_ID"] ?? "onewindow-demo",
            secret: secret,
            callbackURL: env["ONEWINDOW_PAYMENTS_CALLBACK_URL"],
            timestampTolerance: TimeInterval(try number("ONEWINDOW_PAYMENTS_TIMESTAMP_TOLERANCE_SECONDS", 300)),
            expiry: TimeInterval(try number("ONEWINDOW_PAYMENTS_EXPIRY_MINUTES", 90) * 60),
            creationsPerMinute: try number("ONEWINDOW_PAYMENTS_CREATIONS_PER_MINUTE", 10))
        if config.secret == developmentSecret, !PortalConfig.isLoopbackHTTP(portal.publicBaseURL) {
            throw Problem(description: "ONEWINDOW_PAYMENTS_SECRET is the built-in development secret, allowed only with an http:// "
                          + "loopback ONEWINDOW_PUBLIC_URL (not \(portal.publicBaseURL))")
        }
        if mode == .production {
            if config.secret.utf8.count < 32 { throw Problem(description: "ONEWINDOW_PAYMENTS_SECRET must be at least 32 bytes") }
            if !config.providerBaseURL.hasPrefix("https://") { throw Problem(description: "ONEWINDOW_PAYMENTS_PROVIDER_URL must be https:// in production") }
        }
        return config
    }
}

/// What the Payments module keeps in the application: its settings, the provider and the settlement
/// handlers other modules register (`app.payments.register(handler, forSubjectType: "application")`).
public final class PaymentsServices: Sendable {
    private let state: NIOLockedValueBox<State>

    struct State {
        var config: PaymentsConfig
        var provider: any PaymentProvider
        var handlers: [String: any PaymentSettlementHandler] = [:]
    }

    init(config: PaymentsConfig, provider: any PaymentProvider) {
        state = NIOLockedValueBox(State(config: config, provider: provider))
    }

    public var config: PaymentsConfig {
        get { state.withLockedValue { $0.config } }
        set { state.withLockedValue { $0.config = newValue } }
    }

    /// The provider adapter (tests may replace it, e.g. to point at an in-process simulator).
    public var provider: any PaymentProvider {
        get { state.withLockedValue { $0.provider } }
        set { state.withLockedValue { $0.provider = newValue } }
    }

    /// Registers the module that owns invoices of `subjectType`; it is told when they are paid or refunded.
    public func register(_ handler: any PaymentSettlementHandler, forSubjectType subjectType: String) {
        state.withLockedValue { $0.handlers[subjectType] = handler }
    }

    func handler(for subjectType: String) -> (any PaymentSettlementHandler)? {
        state.withLockedValue { $0.handlers[subjectType] }
    }
}

struct PaymentsServicesKey: StorageKey { typealias Value = PaymentsServices }

extension Application {
    /// The Payments module's services (configured by `PaymentsModule`).
    public var payments: PaymentsServices {
        guard let services = storage[PaymentsServicesKey.self] else { fatalError("the Payments module is not configured") }
        return services
    }
}

/// No handler is registered for an invoice's subject type: the payment is not recorded, so the
/// provider retries and the error is visible in the logs until the owning module is wired.
struct NoSettlementHandler: Error, CustomStringConvertible {
    let subjectType: String
    var description: String { "no payment settlement handler is registered for subject type \(subjectType)" }
}
