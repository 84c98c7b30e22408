import Crypto
import Fluent
import PortalCore
import PortalDB
import Vapor

/// The services every module reaches through `app.portal` / `req.portal`, wired once by the App.
public final class PortalServices: @unchecked Sendable {
    public let config: PortalConfig
    public let clock: any PortalClock
    public let localizer: Localizer
    public let calendar: WorkingDayCalendar
    public let rateLimiter: RateLimiter
    /// Key for CSRF tokens and signed form state, derived from the configured secret.
    public let signingKey: SymmetricKey
    /// Key for secrets stored encrypted at rest (TOTP seeds), derived separately.
    public let encryptionKey: SymmetricKey

    // Set while the App configures modules; read-only afterwards.
    public var permissions = PermissionTable([])
    public var auditTrail: (any AuditTrail)?
    public var registry: (any RegistryLookup)?
    public var reference: (any ReferenceDirectory)?
    public var staffDirectory: (any StaffDirectory)?
    /// The notification service (Notifications); without it notices are not written.
    public var notices: (any NoticeSending)?
    /// Agencies' webhooks (Notifications); without it agency events are not written.
    public var agencyEvents: (any AgencyEventPublishing)?
    /// Account holders' contact details (Identity).
    public var accountContacts: (any AccountContacts)?
    /// The header's unread-messages count (Notifications).
    public var inboxCounter: (any InboxCounter)?
    public var modules: [any PortalModule] = []
    public var navigation: [NavigationLink] = []
    public var homeEntries: [HomeEntry] = []
    public var searchProviders: [any SiteSearchProvider] = []
    /// The modules' parts of the cabinet overview (`CabinetSummaryProvider`).
    public var cabinetProviders: [any CabinetSummaryProvider] = []
    public var openAPIDocument: JSONValue = .null
    /// Settings still at a built-in development secret (`ONEWINDOW_SECRET_KEY`, a module's own): with
    /// any, the server refuses to listen beyond loopback (`LoopbackGuardServer`).
    public var developmentSecretsInUse: [String] = []

    public init(config: PortalConfig, clock: any PortalClock, localizer: Localizer, calendar: WorkingDayCalendar) {
        self.config = config
        self.clock = clock
        self.localizer = localizer
        self.calendar = calendar
        self.rateLimiter = RateLimiter(clock: clock)
        let master = SymmetricKey(data: Data(config.secretKey.utf8))
        self.signingKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("onewindow.signing".utf8), outputByteCount: 32)
        self.encryptionKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("onewindow.encryption".utf8), outputByteCount: 32)
    }

    /// The audit trail; configuring the App without the Audit module is a programming error.
    public var audit: any AuditTrail {
        guard let auditTrail else { fatalError("the Audit module is not configured") }
        return auditTrail
    }

    public var registryLookup: any RegistryLookup {
        guard let registry else { fatalError("no RegistryLookup is configured") }
        return registry
    }

    public var directory: any ReferenceDirectory {
        guard let reference else { fatalError("the Reference module is not configured") }
        return reference
    }

    public var staff: any StaffDirectory {
        guard let staffDirectory else { fatalError("the Identity module is not configured") }
        return staffDirectory
    }

    public func now() -> Date { clock.now() }

    /// Writes `notice` to the outbox on `db`, the caller's transaction (a no-op without Notifications).
    public func notify(_ notice: OutgoingNotice, on db: any Database) async throws {
        try await notices?.notify(notice, on: db)
    }

    /// Writes an agency event for the agency's webhooks on `db`, the caller's transaction.
    public func publish(_ event: AgencyEvent, on db: any Database) async throws {
        try await agencyEvents?.publish(event, on: db)
    }
}

struct PortalServicesKey: StorageKey { typealias Value = PortalServices }

extension Application {
    public var portal: PortalServices {
        get {
            guard let services = storage[PortalServicesKey.self] else { fatalError("PortalServices not configured") }
            return services
        }
        set { storage[PortalServicesKey.self] = newValue }
    }
}

extension Request {
    public var portal: PortalServices { application.portal }

    /// The client's address for throttles and audit: the socket peer, unless that peer is a trusted
    /// proxy (`ONEWINDOW_TRUSTED_PROXIES`); then the right-most `X-Forwarded-For` entry that is not a
    /// trusted proxy (entries further left were written by the client and prove nothing).
    public var clientIP: String {
        ClientAddress.resolve(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
                              trusted: portal.config.trustedProxies)
    }

    /// An actor for audit entries made on behalf of this request.
    public func auditActor() -> AuditActor {
        guard let principal = principal else { return AuditActor(kind: .anonymous, ip: clientIP) }
        return principal.auditActor(ip: clientIP)
    }
}
