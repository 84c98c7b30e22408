import PortalHTTP

/// `POST /payments/provider/callback`: the provider's signed server-to-server notice. No session, no
/// CSRF token: the HMAC signature over timestamp and body is the authentication, the timestamp bounds
/// replays, and the event id makes a redelivery a no-op. Any non-2xx answer makes the provider retry.
struct ProviderCallback {
    struct Answer: Content {
        var received: Bool
        var outcome: String
    }

    func register(_ bare: any RoutesBuilder) {
        bare.on(.POST, "payments", "provider", "callback", body: .collect(maxSize: "64kb"), use: receive)
    }

    static func problem(_ status: HTTPResponseStatus, _ slug: String, _ title: String) -> Response {
        let body = #"{"status":\#(status.code),"title":"\#(title)","type":"/problems/\#(slug)"}"#
        let response = Response(status: status, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable func receive(req: Request) async throws -> Response {
        let body = req.body.data.map { Data(buffer: $0) } ?? Data()
        let config = req.application.payments.config
        let verdict = ProviderSignature(secret: config.secret, tolerance: config.timestampTolerance).verify(
            body, timestamp: req.headers.first(name: ProviderSignature.timestampHeader),
            signature: req.headers.first(name: ProviderSignature.signatureHeader), now: req.portal.now())
        guard verdict == .valid else {
            req.logger.warning("payment callback refused: \(verdict)")
            return Self.problem(.unauthorized, "invalid-signature", "The signature or its timestamp is not valid")
        }
        guard let event = try? CanonicalJSON.decode(ProviderEvent.self, from: body), !event.eventId.isEmpty, event.eventId.count <= 200 else {
            return Self.problem(.badRequest, "invalid-event", "The event could not be read")
        }
        let outcome: ProcessProviderEvent.Outcome
        do {
            outcome = try await ProcessProviderEvent(app: req.application).run(event)
        } catch {
            // Nothing was committed; the provider will deliver the event again.
            req.logger.error("payment callback \(event.eventId) not applied: \(error)")
            return Self.problem(.serviceUnavailable, "not-applied", "The event was not applied; deliver it again")
        }
        let name: String
        switch outcome {
        case .applied(let status): name = "applied:" + status.rawValue
        case .duplicate: name = "duplicate"
        case .ignored(let reason): name = "ignored:" + reason
        case .unknownPayment: return Self.problem(.notFound, "unknown-payment", "No such payment")
        }
        let response = try req.privateJSON(Answer(received: true, outcome: name))
        return response
    }
}
