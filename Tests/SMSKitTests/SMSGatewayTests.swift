import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import PortalCore
import SMSKit
import SMSSimKit
import Testing
import Vapor

/// The portal's side of the callback, as the notifications endpoint will do it: the raw body's signature
/// checked with `SMSReceiptVerifier` before anything is believed.
final class ReceiptEndpoint: Sendable {
    let app: Application
    let accepted = NIOLockedValueBox<[SMSDeliveryReceipt]>([])
    let refused = NIOLockedValueBox<Int>(0)
    /// Answer 500 to this many receipts first (the portal briefly down).
    let failFirst = NIOLockedValueBox<Int>(0)

    init(secret: String) async throws {
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let endpoint = self
        app.on(.POST, "sms", "receipts", body: .collect(maxSize: "16kb")) { req async -> Response in
            let shouldFail = endpoint.failFirst.withLockedValue { count -> Bool in
                guard count > 0 else { return false }
                count -= 1
                return true
            }
            if shouldFail { return Response(status: .internalServerError) }
            let body = req.body.data.map { Array($0.readableBytesView) } ?? []
            do {
                let receipt = try SMSReceiptVerifier.receipt(body: body, signature: req.headers.first(name: "X-Signature"), secret: secret)
                endpoint.accepted.withLockedValue { $0.append(receipt) }
                return Response(status: .noContent)
            } catch {
                endpoint.refused.withLockedValue { $0 += 1 }
                return Response(status: .unauthorized)
            }
        }
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    }

    var url: String { "http://127.0.0.1:\(app.http.server.shared.localAddress!.port!)/sms/receipts" }

    func shutdown() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}

@Suite(.serialized) struct SMSGatewayTests {
    static let key = "test-key-" + UUID().uuidString
    static let secret = "test-secret-" + UUID().uuidString

    struct Harness {
        let sim: SMSSim
        let endpoint: ReceiptEndpoint
        let client: SMSGatewayClient

        func stop() async throws {
            try await sim.shutdown()
            try await endpoint.shutdown()
        }

        /// Waits until the simulator has no receipt in flight (bounded attempts, so never endless).
        func settle() async throws {
            let deadline = Date().addingTimeInterval(60)
            try await Task.sleep(nanoseconds: 50_000_000)
            while sim.receiptsInFlight > 0 && Date() < deadline { try await Task.sleep(nanoseconds: 50_000_000) }
        }

        func listed() async throws -> [[String: Any]] {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: sim.baseURL + "/messages"), timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 20)
            return try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [[String: Any]] ?? []
        }
    }

    static func start(key: String = key) async throws -> Harness {
        let sim = try await SMSSim.start(.init(hostname: "127.0.0.1", port: 0, apiKey: Self.key, secret: secret, failSuffix: "0000",
                                               receiptDelay: 0.05, retryBase: 0.1, maxAttempts: 5))
        let endpoint = try await ReceiptEndpoint(secret: secret)
        let client = SMSGatewayClient(configuration: .init(baseURL: sim.baseURL + "/", apiKey: key, callbackURL: endpoint.url, timeout: 10))
        return Harness(sim: sim, endpoint: endpoint, client: client)
    }

    @Test func sendsAndReceivesSignedReceipts() async throws {
        let harness = try await Self.start()
        let delivered = try await harness.client.send(OutgoingSMS(to: "+994501234567", text: "Qəbul kodu: 482913", reference: "ref-1"))
        let failed = try await harness.client.send(OutgoingSMS(to: "+994501230000", text: "Код: 111111", reference: "ref-2"))
        #expect(delivered.hasPrefix("sms_") && failed.hasPrefix("sms_") && delivered != failed)
        // A retry with the same reference is the same message, not a second one.
        #expect(try await harness.client.send(OutgoingSMS(to: "+994501234567", text: "Qəbul kodu: 482913", reference: "ref-1")) == delivered)
        try await harness.settle()
        let receipts = harness.endpoint.accepted.withLockedValue { $0 }.sorted { $0.reference < $1.reference }
        #expect(receipts.map(\.reference) == ["ref-1", "ref-2"])
        #expect(receipts.map(\.id) == [delivered, failed])
        #expect(receipts.map(\.status) == [.delivered, .failed])
        #expect(receipts.allSatisfy { ISO8601DateFormatter().date(from: $0.at.replacingOccurrences(of: #"\.\d+"#, with: "", options: .regularExpression)) != nil })
        #expect(harness.endpoint.refused.withLockedValue { $0 } == 0)
        let listed = try await harness.listed()
        #expect(listed.count == 2)
        #expect(listed.first?["text"] as? String == "Qəbul kodu: 482913")
        #expect(listed.first?["status"] as? String == "delivered" && listed.last?["status"] as? String == "failed")
        try await harness.stop()
    }

    @Test func badNumbersArePermanentFaultsTemporary() async throws {
        let harness = try await Self.start()
        for number in ["0501234567", "+0501234567", "+99450", "+994 50 123 45 67"] {
            await #expect(throws: MessageSendError.self, "\(number)") {
                do {
                    _ = try await harness.client.send(OutgoingSMS(to: number, text: "x", reference: "bad-\(number)"))
                } catch let error as MessageSendError {
                    guard case .permanent = error else { Issue.record("\(number): \(error) should be permanent"); throw error }
                    throw error
                }
            }
        }
        harness.sim.injectFault(status: 503, count: 2)
        for _ in 0..<2 {
            await #expect(throws: MessageSendError.self) {
                do {
                    _ = try await harness.client.send(OutgoingSMS(to: "+994551112233", text: "x", reference: "during-fault"))
                } catch let error as MessageSendError {
                    guard case let .temporary(reason) = error, reason.contains("503") else { Issue.record("\(error)"); throw error }
                    throw error
                }
            }
        }
        // The fault has run its course: the retry goes through.
        _ = try await harness.client.send(OutgoingSMS(to: "+994551112233", text: "x", reference: "during-fault"))
        harness.sim.injectFault(status: 429, seconds: 30)
        await #expect(throws: MessageSendError.temporary("SMS gateway answered 429: {\"error\":\"injected fault\"}")) {
            _ = try await harness.client.send(OutgoingSMS(to: "+994551112233", text: "y", reference: "rate-limited"))
        }
        #expect(harness.sim.refusedByFault == 3)
        try await harness.stop()
    }

    @Test func wrongKeyAndUnreachableGatewayAreTemporary() async throws {
        let harness = try await Self.start()
        let wrong = SMSGatewayClient(configuration: .init(baseURL: harness.sim.baseURL, apiKey: "not-the-key-0123456789", callbackURL: harness.endpoint.url))
        await #expect(throws: MessageSendError.self) {
            do {
                _ = try await wrong.send(OutgoingSMS(to: "+994501234567", text: "x", reference: "k"))
            } catch let error as MessageSendError {
                guard case let .temporary(reason) = error, reason.contains("401") else { Issue.record("\(error)"); throw error }
                throw error
            }
        }
        let port = harness.sim.app.http.server.shared.localAddress!.port!
        try await harness.stop()
        let gone = SMSGatewayClient(configuration: .init(baseURL: "http://127.0.0.1:\(port)", apiKey: Self.key, callbackURL: "http://127.0.0.1:9/x", timeout: 5))
        await #expect(throws: MessageSendError.self) {
            do {
                _ = try await gone.send(OutgoingSMS(to: "+994501234567", text: "x", reference: "k2"))
            } catch let error as MessageSendError {
                guard case .temporary = error else { Issue.record("\(error)"); throw error }
                throw error
            }
        }
    }

    @Test func receiptsAreRetriedUntilThePortalTakesThem() async throws {
        let harness = try await Self.start()
        harness.endpoint.failFirst.withLockedValue { $0 = 2 }
        let id = try await harness.client.send(OutgoingSMS(to: "+994701234567", text: "z", reference: "retry"))
        try await harness.settle()
        #expect(harness.endpoint.accepted.withLockedValue { $0.map(\.id) } == [id])
        let listed = try await harness.listed()
        #expect(listed.first?["receipt_attempts"] as? Int == 3 && listed.first?["receipt_delivered"] as? Bool == true)
        try await harness.stop()
    }

    @Test func signatureVerification() throws {
        let body = Array(#"{"at":"2026-12-07T21:00:00Z","id":"sms_1","reference":"r","status":"delivered"}"#.utf8)
        let signature = SMSReceiptVerifier.signature(body: body, secret: "s3cret")
        #expect(signature.count == 64)
        #expect(try SMSReceiptVerifier.receipt(body: body, signature: signature, secret: "s3cret").status == .delivered)
        #expect(try SMSReceiptVerifier.receipt(body: body, signature: signature.uppercased(), secret: "s3cret").id == "sms_1")
        #expect(throws: SMSReceiptVerifier.Failure.badSignature) { try SMSReceiptVerifier.receipt(body: body, signature: signature, secret: "other") }
        var tampered = body
        tampered[tampered.count - 5] = UInt8(ascii: "X")
        #expect(throws: SMSReceiptVerifier.Failure.badSignature) { try SMSReceiptVerifier.receipt(body: tampered, signature: signature, secret: "s3cret") }
        #expect(throws: SMSReceiptVerifier.Failure.missingSignature) { try SMSReceiptVerifier.receipt(body: body, signature: nil, secret: "s3cret") }
        #expect(!SMSReceiptVerifier.isValid(body: body, signature: "zz", secret: "s3cret"))
        let junk = Array("not json".utf8)
        #expect(throws: SMSReceiptVerifier.Failure.malformedBody) {
            try SMSReceiptVerifier.receipt(body: junk, signature: SMSReceiptVerifier.signature(body: junk, secret: "k"), secret: "k")
        }
    }

    @Test func configurationFromEnvironment() throws {
        #expect(try SMSGatewayConfiguration.fromEnvironment([:], defaultCallbackURL: "http://127.0.0.1:8080/x") == nil)
        let configuration = try #require(try SMSGatewayConfiguration.fromEnvironment(
            ["ONEWINDOW_SMS_GATEWAY_URL": "http://127.0.0.1:8191/", "ONEWINDOW_SMS_GATEWAY_KEY": SMSSim.Options.developmentKey],
            defaultCallbackURL: "http://127.0.0.1:8080/notifications/sms/receipts"))
        #expect(configuration.baseURL == "http://127.0.0.1:8191" && configuration.callbackURL.hasSuffix("/notifications/sms/receipts"))
        #expect(throws: SMSGatewayConfiguration.Invalid.self) {
            try SMSGatewayConfiguration.fromEnvironment(["ONEWINDOW_SMS_GATEWAY_URL": "ftp://x"], defaultCallbackURL: "http://a/b")
        }
        #expect(throws: SMSGatewayConfiguration.Invalid.self) {
            try SMSGatewayConfiguration.fromEnvironment(["ONEWINDOW_SMS_GATEWAY_URL": "http://127.0.0.1:8191"], defaultCallbackURL: "http://a/b")
        }
    }
}
