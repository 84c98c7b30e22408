import Foundation
import NIOPosix
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The payment provider stops answering in the middle of a journey (issue 18, "when an outside service
/// is down"): the portal answers at once instead of holding the citizen for the client's timeout, stops
/// calling after repeated failures and says so, `/ready` reports it, and the attempt recorded while it was
/// down is resumed by the next try whatever its key.
@Suite("Payment provider down")
struct ProviderDownTests {
    static let citizen = "5VBK5VR"

    /// A loopback port nothing listens on (bound, then closed): connecting is refused.
    static func refusedURL() async throws -> String {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        return "http://127.0.0.1:\(port)"
    }

    @Test("a refused connection is answered at once, the circuit opens after five, /ready says so, and a new key resumes the attempt")
    func providerDown() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizen)
            let token = try await world.token(Self.citizen)
            let invoice = try await world.invoice(fin: Self.citizen)
            let body = #"{"invoiceId":"\#(invoice.id.uuidString)"}"#
            let working = world.app.payments.provider
            let circuit = world.app.outsideServices.service("payment-provider")
            world.app.payments.provider = HTTPPaymentProvider(client: world.app.client, baseURL: try await Self.refusedURL(),
                                                              merchantID: "onewindow-test", secret: PaymentsWorld.secret,
                                                              clock: world.portal.clock, circuit: circuit, timeout: .seconds(90))
            // Fails fast: the client used to retry the refused connection until the request's deadline (here
            // 90 s); now the refusal is the answer. The bound is loose so a loaded machine cannot fail it.
            let started = Date()
            let first = try await world.createPayment(token: token, key: "down-1", body: body)
            #expect(first.status == .badGateway)
            #expect(first.headers.first(name: "Retry-After") != nil)
            #expect(Date().timeIntervalSince(started) < 45, "answered after \(Date().timeIntervalSince(started)) s")
            let payment = try #require(try await PaymentModel.query(on: world.app.db).filter(\.$invoiceID == invoice.id).first())
            #expect(payment.status == .created, "the attempt is kept for the next try")
            // Four more failures (new keys resume the same attempt, never "in progress") open the circuit.
            for index in 2...5 {
                let answer = try await world.createPayment(token: token, key: "down-\(index)", body: body)
                #expect(answer.status == .badGateway, "try \(index): \(answer.status)")
            }
            #expect(circuit.state(now: world.portal.clock.now()) == .unavailable)
            let ready = try await world.portal.browser().get("/ready")
            #expect(ready.status == .ok)
            #expect(ready.body.string.contains(#""status":"degraded""#) && ready.body.string.contains(#""name":"payment-provider""#)
                    && ready.body.string.contains(#""state":"unavailable""#), "\(ready.body.string)")
            // While open, the portal does not call at all and says when to come back.
            world.app.payments.provider = working
            let refused = try await world.createPayment(token: token, key: "down-6", body: body)
            #expect(refused.status == .badGateway)
            #expect(Int(refused.headers.first(name: "Retry-After") ?? "") ?? 0 > 0)
            // The web page says the invoice is kept.
            let browser = try await world.citizen(Self.citizen)
            try await browser.get("/payments/invoices/\(invoice.id.uuidString)")
            let pressed = try await browser.post("/payments/invoices/\(invoice.id.uuidString)/pay")
            let back = try await browser.get(try #require(pressed.headers.first(name: .location)))
            #expect(back.body.string.contains(world.app.portal.localizer.text("flash.payments.provider_unavailable", .az)))
            // After the cool-down a trial goes through: the provider is back, the same attempt is resumed with a new key.
            world.portal.clock.advance(by: 31)
            let resumed = try await world.createPayment(token: token, key: "down-7", body: body)
            #expect(resumed.status == .created, "\(resumed.status) \(resumed.body.map { String(buffer: $0) } ?? "")")
            #expect(try await PaymentModel.query(on: world.app.db).filter(\.$invoiceID == invoice.id).count() == 1, "one attempt, resumed")
            #expect(try await world.payment(payment.id!)?.status == .started)
            #expect(circuit.state(now: world.portal.clock.now()) == .available)
        }
    }

    @Test("the circuit: five failures open it, the cool-down lets one trial through, a success closes it")
    func circuit() throws {
        let circuit = OutsideService(name: "test", failureThreshold: 5, cooldown: 30)
        let start = Date(timeIntervalSince1970: 1_000_000)
        for _ in 0..<4 { try circuit.permit(now: start); circuit.failed(now: start, reason: "refused") }
        #expect(circuit.state(now: start) == .available, "four failures keep it closed")
        try circuit.permit(now: start)
        circuit.failed(now: start, reason: "refused")
        #expect(circuit.state(now: start) == .unavailable)
        #expect(throws: OutsideService.Unavailable.self) { try circuit.permit(now: start.addingTimeInterval(29)) }
        try circuit.permit(now: start.addingTimeInterval(31))
        #expect(throws: OutsideService.Unavailable.self, "one trial at a time") { try circuit.permit(now: start.addingTimeInterval(31)) }
        circuit.failed(now: start.addingTimeInterval(32), reason: "refused")
        #expect(throws: OutsideService.Unavailable.self, "a failed trial opens it again") { try circuit.permit(now: start.addingTimeInterval(40)) }
        try circuit.permit(now: start.addingTimeInterval(63))
        circuit.succeeded()
        #expect(circuit.state(now: start.addingTimeInterval(63)) == .available)
        try circuit.permit(now: start.addingTimeInterval(63))
    }
}
