import Foundation
import Vapor

/// The simulator's HTTP surface: the merchant API under `/v1` (signed), the hosted page under `/pay`.
struct PaySimRoutes: Sendable {
    let sim: PaySim

    struct CreateRequest: Content {
        var merchantId: String
        var orderId: String
        var amount: Int64
        var currency: String
        var description: String
        var returnUrl: String
        var callbackUrl: String
    }

    struct PaymentAnswer: Content {
        var id: String
        var orderId: String
        var status: String
        var amount: Int64
        var paymentUrl: String
    }

    struct RefundRequest: Content {
        var amount: Int64
        var reference: String
    }

    struct RefundAnswer: Content {
        var id: String
        var paymentId: String
        var status: String
    }

    struct Problem: Content {
        var title: String
        var status: Int
    }

    func register(_ app: Application) {
        app.get("health") { _ in "ok" }
        let api = app.grouped("v1")
        api.on(.POST, "payments", body: .collect(maxSize: "64kb"), use: create)
        api.get("payments", ":id", use: show)
        api.on(.POST, "payments", ":id", "refunds", body: .collect(maxSize: "16kb"), use: refund)
        api.get("settlements", use: settlements)
        app.get("pay", ":id", use: page)
        app.on(.POST, "pay", ":id", body: .collect(maxSize: "16kb"), use: decide)
    }

    func problem(_ status: HTTPResponseStatus, _ title: String) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(Problem(title: title, status: Int(status.code)), as: .json)
        return response
    }

    /// The merchant's request must be signed with the shared secret and name the configured merchant.
    func authenticated(_ req: Request) -> Bool {
        let body = req.body.data.map { Data(buffer: $0) } ?? Data()
        guard req.headers.first(name: "X-Merchant-Id") == sim.options.merchantID else { return false }
        return sim.signing.verify(body, timestamp: req.headers.first(name: "X-Signature-Timestamp"),
                                  signature: req.headers.first(name: "X-Signature"), now: sim.options.clock())
    }

    func answer(_ payment: Store.Payment) -> PaymentAnswer {
        PaymentAnswer(id: payment.id, orderId: payment.orderId, status: payment.status, amount: payment.amount,
                      paymentUrl: "\(sim.baseURL)/pay/\(payment.id)")
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        guard authenticated(req) else { return try problem(.unauthorized, "bad signature") }
        let body = try req.content.decode(CreateRequest.self)
        guard body.merchantId == sim.options.merchantID, body.amount > 0, body.currency == "AZN",
              body.returnUrl.hasPrefix("http"), body.callbackUrl.hasPrefix("http"), !body.orderId.isEmpty else {
            return try problem(.unprocessableEntity, "invalid payment request")
        }
        let (payment, created) = sim.store.create(merchantId: body.merchantId, orderId: body.orderId, amount: body.amount,
                                                  currency: body.currency, description: String(body.description.prefix(300)),
                                                  returnUrl: body.returnUrl, callbackUrl: body.callbackUrl)
        guard payment.amount == body.amount else { return try problem(.conflict, "order exists with another amount") }
        let response = Response(status: created ? .created : .ok)
        try response.content.encode(answer(payment), as: .json)
        return response
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        guard authenticated(req) else { return try problem(.unauthorized, "bad signature") }
        guard let payment = sim.store.payment(req.parameters.get("id") ?? "") else { return try problem(.notFound, "no such payment") }
        let response = Response(status: .ok)
        try response.content.encode(answer(payment), as: .json)
        return response
    }

    @Sendable func refund(_ req: Request) async throws -> Response {
        guard authenticated(req) else { return try problem(.unauthorized, "bad signature") }
        let body = try req.content.decode(RefundRequest.self)
        guard let existing = sim.store.payment(req.parameters.get("id") ?? "") else { return try problem(.notFound, "no such payment") }
        guard body.amount == existing.amount else { return try problem(.unprocessableEntity, "only full refunds") }
        guard let refunded = sim.store.refund(existing.id, reference: body.reference) else {
            return try problem(.conflict, "payment is \(existing.status)")
        }
        let (payment, event) = refunded
        if let event { sim.deliver(event, to: payment.callbackUrl) }
        let response = Response(status: .ok)
        try response.content.encode(RefundAnswer(id: payment.refundId ?? "", paymentId: payment.id, status: "refunded"), as: .json)
        return response
    }

    /// `payment_id,order_id,amount,currency,status,settled_at`: the payments taken on a UTC day.
    @Sendable func settlements(_ req: Request) async throws -> Response {
        guard authenticated(req) else { return try problem(.unauthorized, "bad signature") }
        guard let day = req.query[String.self, at: "date"], day.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else {
            return try problem(.badRequest, "date=YYYY-MM-DD is required")
        }
        let formatter = ISO8601DateFormatter()
        var csv = "payment_id,order_id,amount,currency,status,settled_at\n"
        for payment in sim.store.settled(on: day) {
            csv += "\(payment.id),\(payment.orderId),\(payment.amount),\(payment.currency),\(payment.status),\(formatter.string(from: payment.settledAt!))\n"
        }
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        return response
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func money(_ minor: Int64) -> String { "\(minor / 100),\(String(format: "%02ld", Int(minor % 100))) ₼" }

    /// The hosted payment page: plain, accessible HTML with two buttons, no script.
    @Sendable func page(_ req: Request) async throws -> Response {
        guard let payment = sim.store.payment(req.parameters.get("id") ?? "") else {
            return html(.notFound, title: "Payment not found", body: "<h1>Payment not found</h1>")
        }
        let description = Self.escape(payment.description)
        var body = """
        <header><p class="brand">PaySim — payment provider simulator</p></header>
        <main id="main">
        <h1>Pay \(Self.money(payment.amount))</h1>
        <dl><dt>Merchant</dt><dd>\(Self.escape(payment.merchantId))</dd><dt>For</dt><dd>\(description)</dd>
        <dt>Amount</dt><dd>\(Self.money(payment.amount))</dd><dt>Payment</dt><dd>\(payment.id)</dd></dl>
        """
        if payment.status == "pending" {
            body += """
            <form method="post" action="/pay/\(payment.id)">
            <fieldset><legend>Test card (no real money)</legend>
            <p><label for="card">Card number</label><br><input id="card" name="card" value="4111 1111 1111 1111" autocomplete="off" inputmode="numeric"></p>
            </fieldset>
            <button type="submit" name="action" value="pay" id="pay">Pay \(Self.money(payment.amount))</button>
            <button type="submit" name="action" value="decline" id="decline" class="secondary">Decline</button>
            </form>
            """
        } else {
            body += "<p role=\"status\">This payment is \(payment.status).</p><p><a href=\"\(Self.escape(payment.returnUrl))\">Back to the merchant</a></p>"
        }
        body += "</main>"
        return html(.ok, title: "Pay \(Self.money(payment.amount)) — PaySim", body: body)
    }

    struct Decision: Content { var action: String }

    @Sendable func decide(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id"), let payment = sim.store.payment(id) else {
            return html(.notFound, title: "Payment not found", body: "<h1>Payment not found</h1>")
        }
        let decision = try req.content.decode(Decision.self)
        guard ["pay", "decline"].contains(decision.action) else { return html(.badRequest, title: "Bad request", body: "<h1>Choose Pay or Decline</h1>") }
        if let finished = sim.store.finish(id, status: decision.action == "pay" ? "succeeded" : "failed") {
            sim.deliver(finished.1, to: finished.0.callbackUrl)
        }
        return req.redirect(to: payment.returnUrl, redirectType: .normal)
    }

    func html(_ status: HTTPResponseStatus, title: String, body: String) -> Response {
        let page = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escape(title))</title><style>
        body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.5}
        .brand{font-weight:700;color:#0b3d91}dt{font-weight:700}dd{margin:0 0 .5rem}
        button{font-size:1.1rem;padding:.6rem 1.2rem;margin:.5rem .5rem 0 0;background:#0b3d91;color:#fff;border:2px solid #0b3d91;border-radius:4px}
        button.secondary{background:#fff;color:#0b3d91}button:focus,input:focus,a:focus{outline:3px solid #ffbf47;outline-offset:2px}
        input{font-size:1rem;padding:.4rem;border:2px solid #333}</style></head><body>\(body)</body></html>
        """
        let response = Response(status: status, body: .init(string: page))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; form-action *")
        return response
    }
}
