import Foundation
import Vapor

/// The simulator's HTTP surface (docs/sms-gateway.md).
struct SMSSimRoutes: Sendable {
    let sim: SMSSim

    struct SendRequest: Content {
        var to: String
        var text: String
        var reference: String
        var callback_url: String
    }

    struct Accepted: Content { var id: String }
    struct Problem: Content { var error: String }

    struct FaultRequest: Content {
        var status: Int?
        var count: Int?
        var seconds: Double?
    }

    func register(_ app: Application) {
        app.get("health") { _ in "ok" }
        app.on(.POST, "messages", body: .collect(maxSize: "32kb"), use: send)
        app.get("messages", use: list)
        app.on(.POST, "faults", body: .collect(maxSize: "1kb"), use: setFault)
        app.delete("faults", use: clearFault)
    }

    func answer<T: Content>(_ status: HTTPResponseStatus, _ body: T) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(body, as: .json)
        return response
    }

    /// E.164: a plus, a non-zero digit, 8 to 15 digits in all.
    static func isE164(_ number: String) -> Bool {
        number.range(of: #"^\+[1-9][0-9]{7,14}$"#, options: .regularExpression) != nil
    }

    @Sendable func send(_ req: Request) async throws -> Response {
        guard req.headers.first(name: .authorization) == "Bearer \(sim.options.apiKey)" else {
            return try answer(.unauthorized, Problem(error: "missing or wrong bearer key"))
        }
        if let status = sim.store.takeFault() {
            let response = try answer(HTTPResponseStatus(statusCode: status), Problem(error: "injected fault"))
            if status == 429 || status == 503 { response.headers.replaceOrAdd(name: .retryAfter, value: "1") }
            return response
        }
        guard let body = try? req.content.decode(SendRequest.self) else {
            return try answer(.badRequest, Problem(error: "expected JSON {to, text, reference, callback_url}"))
        }
        guard Self.isE164(body.to) else { return try answer(.unprocessableEntity, Problem(error: "not an E.164 number: \(body.to)")) }
        guard !body.text.isEmpty, body.text.count <= 1600 else {
            return try answer(.badRequest, Problem(error: "text must be 1 to 1600 characters"))
        }
        guard !body.reference.isEmpty, body.reference.count <= 128 else {
            return try answer(.badRequest, Problem(error: "reference must be 1 to 128 characters"))
        }
        guard let callback = URLComponents(string: body.callback_url), ["http", "https"].contains(callback.scheme ?? ""),
              callback.host != nil else {
            return try answer(.badRequest, Problem(error: "callback_url must be an http(s) URL"))
        }
        let (message, created) = sim.store.accept(to: body.to, text: body.text, reference: body.reference, callbackURL: body.callback_url)
        if created { sim.scheduleReceipt(for: message) }
        return try answer(.accepted, Accepted(id: message.id))
    }

    /// Everything received, oldest first (for tests and the curious developer).
    @Sendable func list(_ req: Request) async throws -> Response {
        let response = Response(status: .ok)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        response.body = .init(data: try encoder.encode(sim.store.messages()))
        response.headers.contentType = .json
        return response
    }

    /// `{"status":503,"count":3}` or `{"status":429,"seconds":10}`: refuse sends for a while.
    @Sendable func setFault(_ req: Request) async throws -> Response {
        guard let body = try? req.content.decode(FaultRequest.self) else {
            return try answer(.badRequest, Problem(error: "expected JSON {status, count | seconds}"))
        }
        let status = body.status ?? 503
        guard (400...599).contains(status), body.count == nil || body.count! > 0, body.seconds == nil || body.seconds! > 0,
              body.count != nil || body.seconds != nil else {
            return try answer(.badRequest, Problem(error: "status 400-599 and a positive count or seconds"))
        }
        sim.injectFault(status: status, count: body.count, seconds: body.seconds)
        return Response(status: .noContent)
    }

    @Sendable func clearFault(_ req: Request) async throws -> Response {
        sim.store.setFault(nil)
        return Response(status: .noContent)
    }
}
