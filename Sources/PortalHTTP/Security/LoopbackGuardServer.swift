import Vapor

/// The HTTP server, refusing to listen beyond loopback while a built-in development secret is in use
/// (`PortalServices.developmentSecretsInUse`). The address is the one `serve --hostname/--bind` asked
/// for, or the configured default; a Unix socket is local.
public struct LoopbackGuardServer: Server {
    let inner: HTTPServer
    let application: Application

    public init(wrapping inner: HTTPServer, application: Application) {
        self.inner = inner
        self.application = application
    }

    public struct Refused: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String { "refusing to start:\n - " + problems.joined(separator: "\n - ") }
    }

    func check(_ address: BindAddress?) throws {
        let hostname: String
        switch address ?? inner.configuration.address {
        case .hostname(let name, _): hostname = name ?? inner.configuration.hostname
        case .unixDomainSocket: return
        }
        let problems = PortalConfig.listeningProblems(hostname: hostname, developmentSecrets: application.portal.developmentSecretsInUse)
        guard problems.isEmpty else { throw Refused(problems: problems) }
    }

    public var onShutdown: EventLoopFuture<Void> { inner.onShutdown }

    public func start(address: BindAddress?) throws {
        try check(address)
        try inner.start(address: address)
    }

    public func start(address: BindAddress?) async throws {
        try check(address)
        try await inner.start(address: address)
    }

    public func shutdown() { inner.shutdown() }

    public func shutdown() async { await inner.shutdown() }
}
