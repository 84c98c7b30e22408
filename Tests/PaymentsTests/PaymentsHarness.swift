import AsyncHTTPClient
import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// A portal listening on loopback and a real simulator beside it, wired to each other over HTTP: the
/// same path the demo and production take. Signatures carry real time, so the clock starts at now.
struct PaymentsWorld {
    static let secret = "test-provider-secret-0123456789abcdef"
    static let password = "correct horse battery"

    let portal: PortalHarness
    let sim: PaySim
    let portalURL: String
    /// A person's browser towards the simulator: does not follow redirects (they lead to the portal's public URL).
    let web: HTTPClient

    var app: Application { portal.app }

    static func run(maxAttempts: Int = 40, _ body: (PaymentsWorld) async throws -> Void) async throws {
        try await withPortal { portal in
            portal.clock.set(Date())
            let sim = try await PaySim.start(.init(hostname: "127.0.0.1", port: 0, secret: secret, merchantID: "onewindow-test",
                                                   retryBase: 0.05, maxRetryDelay: 0.4, maxAttempts: maxAttempts,
                                                   clock: { [clock = portal.clock] in clock.now() }))
            let web = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
            do {
                try await portal.app.server.start(address: .hostname("127.0.0.1", port: 0))
                let port = try #require(portal.app.http.server.shared.localAddress?.port)
                let portalURL = "http://127.0.0.1:\(port)"
                portal.app.payments.config = PaymentsConfig(providerBaseURL: sim.baseURL, merchantID: "onewindow-test", secret: secret,
                                                            callbackURL: portalURL + "/payments/provider/callback", creationsPerMinute: 1000)
                portal.app.payments.provider = HTTPPaymentProvider(client: portal.app.client, baseURL: sim.baseURL, merchantID: "onewindow-test",
                                                                   secret: secret, clock: portal.clock,
                                                                   circuit: portal.app.outsideServices.service("payment-provider"))
                try await body(PaymentsWorld(portal: portal, sim: sim, portalURL: portalURL, web: web))
                await portal.app.server.shutdown()
                try await sim.shutdown()
                try await web.shutdown()
            } catch {
                await portal.app.server.shutdown()
                try? await sim.shutdown()
                try? await web.shutdown()
                throw error
            }
        }
    }

    /// An invoice for `fin` through the public contract, as the Applications module makes one.
    func invoice(fin: String, amount: Int64 = 1000, subject: InvoiceSubject? = nil, voen: String? = nil, agency: String = "DVX") async throws -> InvoiceInfo {
        try await Invoices.create(InvoiceDraft(
            payer: InvoicePayer(fin: fin, voen: voen), amount: amount, purpose: .stateFee,
            subject: subject ?? InvoiceSubject(type: "application", id: "OW-2026-" + String(Int.random(in: 100_000...999_999))),
            description: .text(LocalizedText(az: "Dövlət rüsumu", en: "State fee", ru: "Госпошлина")),
            agencyCode: agency, returnPath: "/cabinet/applications/x"), on: app.db, services: app)
    }

    /// A signed-in citizen's browser.
    func citizen(_ fin: String) async throws -> TestBrowser {
        let browser = portal.browser()
        try await browser.signIn(fin, Self.password)
        try await browser.get("/cabinet/payments")  // a page of the signed-in session, with its form token
        return browser
    }

    /// Presses Pay on the portal's invoice page and follows the link to the provider's hosted page.
    func startPaying(_ citizen: TestBrowser, _ invoice: UUID) async throws -> String {
        try await citizen.get("/payments/invoices/\(invoice.uuidString)")
        let res = try await citizen.post("/payments/invoices/\(invoice.uuidString)/pay")
        let go = try #require(res.headers.first(name: .location), "no redirect: \(res.status)")
        #expect(res.status == .seeOther && go.hasPrefix("/payments/go/"))
        let html = try await citizen.get(go).body.string
        guard let range = html.range(of: #"href="([^"]+)" id="continue-to-provider""#, options: .regularExpression) else {
            throw Abort(.internalServerError, reason: "no link to the provider on \(go)")
        }
        let match = String(html[range])
        return String(match.dropFirst(6).prefix { $0 != "\"" })
    }

    /// A personal access token with the payments scopes.
    func token(_ fin: String, scopes: [String] = ["payments:read", "payments:write"]) async throws -> String {
        let browser = try await citizen(fin)
        try await browser.confirmPassword(Self.password, next: "/cabinet/tokens")
        try await browser.get("/cabinet/tokens")
        let res = try await browser.post("/cabinet/tokens", [("name", "payments")] + scopes.map { ("scopes[]", $0) } + [("days", "30")])
        #expect(res.status == .created)
        let html = res.body.string
        guard let start = html.range(of: "<code id=\"new-token\">"), let end = html[start.upperBound...].range(of: "</code>") else {
            throw Abort(.internalServerError, reason: "no token on the page")
        }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// POST /api/v1/payments over real HTTP.
    func createPayment(token: String, key: String?, body: String) async throws -> ClientResponse {
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await app.client.post(URI(string: portalURL + "/api/v1/payments"), headers: headers) { request in
            request.body = ByteBuffer(string: body)
        }
    }

    /// The citizen opens the simulator's hosted page and presses Pay (or Decline); answers where the
    /// simulator sends the browser back to.
    @discardableResult
    func decide(_ paymentURL: String, pay: Bool = true) async throws -> String? {
        let page = try await web.execute(HTTPClientRequest(url: paymentURL), timeout: .seconds(10))
        #expect(page.status == .ok)
        let html = String(buffer: try await page.body.collect(upTo: 1 << 20))
        #expect(html.contains("id=\"pay\"") && html.contains("id=\"decline\""), "the hosted page offers Pay and Decline")
        var request = HTTPClientRequest(url: paymentURL)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: "action=\(pay ? "pay" : "decline")&card=4111111111111111"))
        let answer = try await web.execute(request, timeout: .seconds(10))
        #expect(answer.status == .seeOther)
        return answer.headers.first(name: "Location")
    }

    /// Waits until `condition` holds. Callbacks are the only asynchronous part, so the wait lasts while
    /// the simulator is still trying one (each is bounded by its attempts), then checks once more; the
    /// wall-clock limit is only a backstop against a hang. A failure names every delivery and its answer.
    func eventually(_ what: String, backstop: TimeInterval = 180, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(backstop)
        while Date() < deadline {
            if try await condition() { return }
            if sim.deliveriesInFlight == 0 { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        if try await condition() { return }
        let deliveries = sim.deliveredEvents.map { "\($0.type) attempts=\($0.attempts) delivered=\($0.delivered) last=\($0.lastStatus.map(String.init) ?? "no answer")" }
        Issue.record("timed out waiting for: \(what); callbacks: \(deliveries.joined(separator: "; "))")
    }

    func payment(_ id: UUID) async throws -> PaymentModel? { try await PaymentModel.find(id, on: app.db) }
    func invoiceModel(_ id: UUID) async throws -> InvoiceModel? { try await InvoiceModel.find(id, on: app.db) }

    /// Signs and posts a callback as the provider would (for the tests of the callback's own rules).
    func sendCallback(_ event: ProviderEvent, secret: String = PaymentsWorld.secret, timestamp: Int? = nil) async throws -> TestingHTTPResponse {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let body = try encoder.encode(event)
        let ts = timestamp ?? Int(portal.clock.now().timeIntervalSince1970)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: ProviderSignature.timestampHeader, value: String(ts))
        headers.replaceOrAdd(name: ProviderSignature.signatureHeader, value: ProviderSignature(secret: secret).sign(body, timestamp: ts))
        return try await portal.browser().send(.POST, "/payments/provider/callback", headers: headers, body: ByteBuffer(data: body))
    }
}

/// A settlement handler standing in for the Applications module in tests: marks its subject paid in a
/// table of its own, inside the payment's transaction, and can be told to fail.
final class RecordingHandler: PaymentSettlementHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var failing: Bool
    private(set) var paidSubjects: [String] = []
    /// What the handler saw of the payment inside the transaction.
    private(set) var sawPaymentStatus: [String] = []

    init(failing: Bool) { self.failing = failing }

    func setFailing(_ value: Bool) { lock.withLock { failing = value } }

    struct Refused: Error {}

    func invoicePaid(_ invoice: InvoiceInfo, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw("INSERT INTO test_applications (id, state) VALUES (\(bind: invoice.subject.id), 'paid')").run()
        if let payment = invoice.paidByPayment, let model = try await PaymentModel.find(payment, on: db) {
            lock.withLock { sawPaymentStatus.append(model.status.rawValue) }
        }
        if lock.withLock({ failing }) { throw Refused() }
        lock.withLock { paidSubjects.append(invoice.subject.id) }
    }

    func invoiceRefunded(_ invoice: InvoiceInfo, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.raw("UPDATE test_applications SET state = 'refunded' WHERE id = \(bind: invoice.subject.id)").run()
    }

    static func createTable(_ app: Application) async throws {
        try await (app.db as! any SQLDatabase).raw("CREATE TABLE test_applications (id TEXT PRIMARY KEY, state TEXT NOT NULL)").run()
    }

    static func state(_ app: Application, _ id: String) async throws -> String? {
        try await (app.db as! any SQLDatabase).raw("SELECT state FROM test_applications WHERE id = \(bind: id)").first()?
            .decode(column: "state", as: String.self)
    }
}
