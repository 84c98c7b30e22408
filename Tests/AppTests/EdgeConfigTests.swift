import App
import Foundation
import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Configuration edges: fail closed, client address, metrics")
struct EdgeConfigTests {
    static let strongSecret = String(repeating: "s", count: 48)

    @Test("development secrets only on a loopback http:// public URL, whatever ONEWINDOW_ENV says")
    func failClosedPublicURL() throws {
        for mode in ["development", "testing", "production"] {
            for url in ["http://portal.example.az", "https://portal.example.az", "http://0.0.0.0:8080", "http://127.0.0.1.evil.example:8080",
                        "https://127.0.0.1:8443"] {
                let config = try PortalConfig.fromEnvironment(["ONEWINDOW_ENV": mode, "ONEWINDOW_PUBLIC_URL": url, "ONEWINDOW_SECURE_COOKIES": "true"])
                #expect(config.startupProblems().contains { $0.contains("built-in development secret") }, "\(mode) \(url)")
                var keyed = config
                keyed.secretKey = Self.strongSecret
                #expect(!keyed.startupProblems().contains { $0.contains("built-in development secret") }, "\(mode) \(url) with a real secret")
            }
        }
        for url in ["http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080", "http://127.0.0.2"] {
            #expect(try PortalConfig.fromEnvironment(["ONEWINDOW_ENV": "development", "ONEWINDOW_PUBLIC_URL": url]).startupProblems().isEmpty, "\(url)")
            #expect(try PortalConfig.fromEnvironment(["ONEWINDOW_ENV": "testing", "ONEWINDOW_PUBLIC_URL": url]).startupProblems().isEmpty, "\(url)")
        }
    }

    @Test("with a development secret the server listens on loopback only; a public URL elsewhere refuses to configure")
    func failClosedListening() async throws {
        #expect(!PortalConfig.listeningProblems(hostname: "0.0.0.0", developmentSecrets: ["ONEWINDOW_SECRET_KEY"]).isEmpty)
        #expect(!PortalConfig.listeningProblems(hostname: "::", developmentSecrets: ["ONEWINDOW_PAYMENTS_SECRET"]).isEmpty)
        #expect(!PortalConfig.listeningProblems(hostname: "portal.example.az", developmentSecrets: ["ONEWINDOW_SECRET_KEY"]).isEmpty)
        for host in ["127.0.0.1", "localhost", "::1"] {
            #expect(PortalConfig.listeningProblems(hostname: host, developmentSecrets: ["ONEWINDOW_SECRET_KEY"]).isEmpty)
        }
        #expect(PortalConfig.listeningProblems(hostname: "0.0.0.0", developmentSecrets: []).isEmpty)

        try await withPortal(config: {
            $0.secretKey = PortalConfig.developmentSecret
            $0.publicBaseURL = "http://127.0.0.1:8080"
        }) { portal in
            #expect(portal.app.portal.developmentSecretsInUse == ["ONEWINDOW_SECRET_KEY"])
            for host in ["0.0.0.0", "::"] {
                await #expect(throws: LoopbackGuardServer.Refused.self, "\(host)") {
                    try await portal.app.server.start(address: .hostname(host, port: 0))
                }
            }
            try await portal.withServer { base async throws in
                #expect(try await RealHTTP.send(base + "/health").status == .ok, "loopback is fine")
            }
        }
        // A module's development secret counts the same.
        try await withPortal { portal in
            portal.app.portal.developmentSecretsInUse.append("ONEWINDOW_PAYMENTS_SECRET")
            await #expect(throws: LoopbackGuardServer.Refused.self) { try await portal.app.server.start(address: .hostname("0.0.0.0", port: 0)) }
        }
        await #expect(throws: PortalApp.StartupRefused.self) {
            try await withPortal(config: { $0.secretKey = PortalConfig.developmentSecret }) { _ in }  // public URL https://portal.test
        }
    }

    @Test("the payment provider secret has no default outside development")
    func paymentSecret() throws {
        func portal(_ mode: PortalConfig.Mode, _ url: String) -> PortalConfig {
            PortalConfig(mode: mode, database: .sqlite(path: ":memory:"), publicBaseURL: url, secretKey: Self.strongSecret)
        }
        let production = portal(.production, "https://portal.example.az")
        #expect(throws: PaymentsConfig.Problem.self) {
            try PaymentsConfig.fromEnvironment(["ONEWINDOW_PAYMENTS_PROVIDER_URL": "https://pay.example.az"], portal: production)
        }
        #expect(throws: PaymentsConfig.Problem.self) {
            try PaymentsConfig.fromEnvironment(["ONEWINDOW_PAYMENTS_PROVIDER_URL": "https://pay.example.az",
                                                "ONEWINDOW_PAYMENTS_SECRET": PaymentsConfig.developmentSecret], portal: production)
        }
        #expect(try PaymentsConfig.fromEnvironment(["ONEWINDOW_PAYMENTS_PROVIDER_URL": "https://pay.example.az",
                                                    "ONEWINDOW_PAYMENTS_SECRET": Self.strongSecret], portal: production).secret == Self.strongSecret)
        let testing = try PaymentsConfig.fromEnvironment([:], portal: portal(.testing, "https://portal.test"))
        #expect(testing.secret != PaymentsConfig.developmentSecret && testing.secret.utf8.count >= 32)
        #expect(try PaymentsConfig.fromEnvironment([:], portal: portal(.testing, "https://portal.test")).secret != testing.secret, "random, not a default")
        #expect(try PaymentsConfig.fromEnvironment([:], portal: portal(.development, "http://127.0.0.1:8080")).secret == PaymentsConfig.developmentSecret)
        #expect(throws: PaymentsConfig.Problem.self, "development on a public address") {
            try PaymentsConfig.fromEnvironment([:], portal: portal(.development, "http://portal.example.az"))
        }
    }

    @Test("settings: trusted proxies (addresses and ranges), the replaced variable, the metrics token")
    func settings() throws {
        let config = try PortalConfig.fromEnvironment(["ONEWINDOW_TRUSTED_PROXIES": " 10.0.0.0/8, 192.0.2.1 ,2001:db8::/32,::1"])
        #expect(config.trustedProxies.map(\.description) == ["10.0.0.0/8", "192.0.2.1/32", "2001:db8::/32", "::1/128"])
        #expect(try PortalConfig.fromEnvironment([:]).trustedProxies.isEmpty)
        #expect(throws: PortalConfig.Problem.self) { try PortalConfig.fromEnvironment(["ONEWINDOW_TRUSTED_PROXIES": "10.0.0.0/40"]) }
        #expect(throws: PortalConfig.Problem.self) { try PortalConfig.fromEnvironment(["ONEWINDOW_TRUSTED_PROXIES": "proxy.internal"]) }
        #expect(throws: PortalConfig.Problem.self, "the old switch is refused, not ignored") {
            try PortalConfig.fromEnvironment(["ONEWINDOW_TRUST_FORWARDED_FOR": "true"])
        }
        #expect(throws: PortalConfig.Problem.self) { try PortalConfig.fromEnvironment(["ONEWINDOW_METRICS_TOKEN": "short"]) }
        #expect(try PortalConfig.fromEnvironment(["ONEWINDOW_METRICS_TOKEN": Self.strongSecret]).metricsToken == Self.strongSecret)
    }

    @Test("client address: the socket peer, or the right-most untrusted X-Forwarded-For entry behind a trusted proxy")
    func clientAddress() throws {
        let proxies = ["10.0.0.0/8", "2001:db8::/32"].compactMap(IPNetwork.init)
        func resolve(_ peer: String?, _ forwarded: [String], _ trusted: [IPNetwork] = proxies) -> String {
            ClientAddress.resolve(peer: peer, forwardedFor: forwarded, trusted: trusted)
        }
        #expect(resolve("203.0.113.5", ["198.51.100.7"], []) == "203.0.113.5", "no trusted proxies: the header is ignored")
        #expect(resolve("203.0.113.5", ["198.51.100.7"]) == "203.0.113.5", "an untrusted peer's header is ignored")
        #expect(resolve("10.0.0.2", ["6.6.6.6, 198.51.100.7"]) == "198.51.100.7", "the client cannot choose its address by sending the header")
        #expect(resolve("10.0.0.2", ["198.51.100.7, 10.0.0.3"]) == "198.51.100.7", "a chain of trusted proxies")
        #expect(resolve("10.0.0.2", ["6.6.6.6", "198.51.100.7, 10.0.0.3"]) == "198.51.100.7", "several header lines")
        #expect(resolve("10.0.0.2", ["198.51.100.7:5555"]) == "198.51.100.7", "a port is dropped")
        #expect(resolve("10.0.0.2", ["10.0.0.9, 10.0.0.3"]) == "10.0.0.9", "all trusted: the left-most")
        #expect(resolve("10.0.0.2", ["6.6.6.6, not-an-address"]) == "10.0.0.2", "a broken entry stops at the proxy that passed it")
        #expect(resolve("10.0.0.2", []) == "10.0.0.2")
        #expect(resolve("::ffff:10.0.0.2", ["198.51.100.7"]) == "198.51.100.7", "dual-stack peers match IPv4 ranges")
        #expect(resolve("2001:db8::1", ["2a00:1450::5, [2001:db8::9]:443"]) == "2a00:1450::5", "IPv6")
        #expect(resolve(nil, ["198.51.100.7"]) == "unknown")
    }

    /// Signs in badly as `identifier` from behind the proxy; returns the audit trail's address for it.
    static func failedSignIn(_ base: String, forwardedFor: String, identifier: String, portal: PortalHarness) async throws -> String? {
        let page = try await RealHTTP.send(base + "/signin")
        let cookie = try #require(RealHTTP.cookie("__Host-ow_csrf", in: page.headers))
        let token = try #require(RealHTTP.csrfToken(in: page.body))
        let form = "identifier=\(identifier)&password=wrong-password&_csrf=" + (token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let answer = try await RealHTTP.send(base + "/signin", method: .POST, headers: [
            "Cookie": "__Host-ow_csrf=" + cookie, "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": forwardedFor,
        ], body: Array(form.utf8))
        #expect(answer.status == .unauthorized)
        let row = try await (portal.app.db as! any SQLDatabase)
            .raw("SELECT ip FROM audit_events WHERE action = 'identity.sign_in.failed' ORDER BY seq DESC").first()
        return try row?.decode(column: "ip", as: String.self)
    }

    @Test("throttles and the audit trail use the resolved address (real connections)")
    func addressInAuditAndThrottle() async throws {
        try await withPortal(config: { $0.trustedProxies = [IPNetwork("127.0.0.1")!, IPNetwork("::1")!] }) { portal in
            try await portal.withServer { base async throws in
                let ip = try await Self.failedSignIn(base, forwardedFor: "6.6.6.6, 198.51.100.23", identifier: "5VBK5VR", portal: portal)
                #expect(ip == "198.51.100.23")
                let keys = try await (portal.app.db as! any SQLDatabase).raw("SELECT key FROM identity_auth_throttle").all()
                    .map { try $0.decode(column: "key", as: String.self) }
                #expect(keys.contains("ip:198.51.100.23") && !keys.contains { $0.contains("6.6.6.6") || $0.contains("127.0.0.1") })
            }
        }
        try await withPortal { portal in
            try await portal.withServer { base async throws in
                let ip = try await Self.failedSignIn(base, forwardedFor: "198.51.100.23", identifier: "5VBK5VR", portal: portal)
                #expect(ip == "127.0.0.1", "without trusted proxies the header is ignored")
            }
        }
    }

    @Test("/metrics: loopback clients and bearers of the configured token only")
    func metricsAccess() async throws {
        try await withPortal(config: { $0.metricsToken = Self.strongSecret }) { portal in
            let browser = portal.browser()  // in-memory requests have no socket address: not loopback
            #expect(try await browser.get("/metrics").status == .forbidden)
            #expect(try await browser.get("/metrics", headers: ["Authorization": "Bearer wrong-token-wrong-token-wrong-token!"]).status == .forbidden)
            let scraped = try await browser.get("/metrics", headers: ["Authorization": "Bearer " + Self.strongSecret])
            #expect(scraped.status == .ok && scraped.body.string.contains("onewindow_http_requests_total"))
            try await portal.withServer { base async throws in
                #expect(try await RealHTTP.send(base + "/metrics").status == .ok, "a loopback client")
                #expect(try await RealHTTP.send(base + "/metrics", headers: ["X-Forwarded-For": "198.51.100.23"]).status == .forbidden,
                        "relayed by a proxy on this host: not local")
            }
        }
        try await withPortal { portal async throws in
            #expect(try await portal.browser().get("/metrics", headers: ["Authorization": "Bearer " + Self.strongSecret]).status == .forbidden,
                    "no token configured: loopback only")
        }
    }
}
