import NIOCore
import PortalHTTP

/// The real provider adapter: signed JSON over HTTP (Vapor's client, i.e. AsyncHTTPClient) with a
/// bounded timeout. Requests carry the merchant id and an HMAC-SHA256 signature over timestamp and body.
/// Calls go through the provider's circuit (`OutsideService`): a refused connection fails at once, and
/// after repeated failures the portal stops calling for a while and says so.
public struct HTTPPaymentProvider: PaymentProvider {
    let client: any Client
    let baseURL: String
    let merchantID: String
    let signature: ProviderSignature
    let clock: any PortalClock
    let timeout: TimeAmount
    let circuit: OutsideService

    public init(client: any Client, baseURL: String, merchantID: String, secret: String, clock: any PortalClock,
                circuit: OutsideService, timeout: TimeAmount = .seconds(10)) {
        self.client = client
        self.baseURL = baseURL
        self.merchantID = merchantID
        self.signature = ProviderSignature(secret: secret)
        self.clock = clock
        self.circuit = circuit
        self.timeout = timeout
    }

    static let encoder = CanonicalJSON.encoder()

    static let decoder = CanonicalJSON.decoder()

    func send(_ method: HTTPMethod, _ path: String, body: Data = Data()) async throws -> ClientResponse {
        let timestamp = Int(clock.now().timeIntervalSince1970)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: "X-Merchant-Id", value: merchantID)
        headers.replaceOrAdd(name: ProviderSignature.timestampHeader, value: String(timestamp))
        headers.replaceOrAdd(name: ProviderSignature.signatureHeader, value: signature.sign(body, timestamp: timestamp))
        if !body.isEmpty { headers.contentType = .json }
        do {
            try circuit.permit(now: clock.now())
        } catch let open as OutsideService.Unavailable {
            throw ProviderUnavailable(open.description, retryAfter: open.retryAfter)
        }
        let response: ClientResponse
        do {
            response = try await client.send(method, headers: headers, to: URI(string: baseURL + path)) { request in
                if !body.isEmpty { request.body = ByteBuffer(data: body) }
                request.timeout = timeout
            }
        } catch {
            circuit.failed(now: clock.now(), reason: "unreachable")
            throw ProviderUnavailable("provider unreachable: \(error)")
        }
        guard response.status.code < 500 else {
            circuit.failed(now: clock.now(), reason: "status \(response.status.code)")
            throw ProviderUnavailable("provider answered \(response.status.code) to \(method) \(path)")
        }
        circuit.succeeded()
        guard (200..<300).contains(response.status.code) else {
            throw ProviderUnavailable("provider answered \(response.status.code) to \(method) \(path)")
        }
        return response
    }

    public func createPayment(_ request: ProviderPaymentRequest) async throws -> ProviderPayment {
        let response = try await send(.POST, "/v1/payments", body: try Self.encoder.encode(request))
        guard let body = response.body else { throw ProviderUnavailable("empty answer from the provider") }
        let payment = try Self.decoder.decode(ProviderPayment.self, from: Data(buffer: body))
        guard payment.orderId == request.orderId, payment.amount == request.amount else {
            throw ProviderUnavailable("the provider answered for another order or amount")
        }
        return payment
    }

    public func refund(providerPaymentID: String, amount: Int64, reference: String) async throws -> ProviderRefund {
        struct Body: Codable { var amount: Int64; var reference: String }
        let path = "/v1/payments/\(providerPaymentID.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")/refunds"
        let response = try await send(.POST, path, body: try Self.encoder.encode(Body(amount: amount, reference: reference)))
        guard let body = response.body else { throw ProviderUnavailable("empty answer from the provider") }
        return try Self.decoder.decode(ProviderRefund.self, from: Data(buffer: body))
    }

    public func settlementReport(day: String) async throws -> String {
        let response = try await send(.GET, "/v1/settlements?date=\(day)")
        return response.body.map { String(buffer: $0) } ?? ""
    }
}
