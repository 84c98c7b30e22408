import Foundation
@testable import Notifications
import PortalHTTP
import PortalTesting
import SMSKit
import Testing
import VaporTesting

@Suite("SMS: quiet hours and the gateway's signed delivery receipts")
struct SMSReceiptTests {
    typealias F = NotificationFixtures
    static let secret = "sms-gateway-test-secret"

    /// An account with a verified phone (only verified contacts receive notices).
    static func withPhone(_ portal: PortalHarness, _ n: Int) async throws -> UUID {
        let id = try await F.account(portal, n)
        try await (portal.app.db as! any SQLDatabase).raw("UPDATE identity_users SET phone = '+994501234567', phone_verified_at = created_at WHERE id = \(bind: id)").run()
        return id
    }

    static func post(_ portal: PortalHarness, _ json: String, signature: String?) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let signature { headers.add(name: "X-Signature", value: signature) }
        return try await portal.app.testing().sendRequest(.POST, "/notifications/sms/receipts", headers: headers, body: ByteBuffer(string: json))
    }

    @Test("an SMS goes out with its reference; a signed receipt marks it delivered or bounced; bad signatures are refused")
    func receipts() async throws {
        try await withPortal(config: { $0.environment["ONEWINDOW_SMS_GATEWAY_SECRET"] = Self.secret }) { portal in
            let transport = RecordingTransport()
            portal.app.notifications.transports = NoticeTransports(mail: transport, sms: transport)
            let a = try await Self.withPhone(portal, 40)
            try await F.notify(portal, F.tokenNotice(a, key: "token:sms"))
            try await F.notify(portal, F.receptionNotice(a, key: "booking:sms", at: portal.clock.now()))
            #expect(try await F.rows(portal, recipient: a).filter { $0.channel == .sms }.count == 2)
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 4)
            let texts = await transport.texts
            #expect(texts.count == 2 && texts.allSatisfy { $0.to == "+994501234567" && $0.reference.hasPrefix("ow-") })
                        func receipt(_ reference: String, _ status: String) -> String {
                #"{"id":"gw-1","reference":"\#(reference)","status":"\#(status)","at":"2026-11-18T11:07:00Z"}"#
            }
            let delivered = receipt(texts[0].reference, "delivered")
            #expect(try await Self.post(portal, delivered, signature: nil).status == .unauthorized)
            #expect(try await Self.post(portal, delivered, signature: String(repeating: "0", count: 64)).status == .unauthorized)
            #expect(try await Self.post(portal, delivered, signature: SMSReceiptVerifier.signature(body: Array(delivered.utf8), secret: "other")).status == .unauthorized)
            #expect(try await Self.post(portal, delivered, signature: SMSReceiptVerifier.signature(body: Array(delivered.utf8), secret: Self.secret)).status == .noContent)
            let failed = receipt(texts[1].reference, "failed")
            #expect(try await Self.post(portal, failed, signature: SMSReceiptVerifier.signature(body: Array(failed.utf8), secret: Self.secret)).status == .noContent)
            let unknown = receipt("ow-unknown", "delivered")
            #expect(try await Self.post(portal, unknown, signature: SMSReceiptVerifier.signature(body: Array(unknown.utf8), secret: Self.secret)).status == .notFound)
            let bad = #"{"id":"gw-1","reference":"x","status":"lost"}"#
            #expect(try await Self.post(portal, bad, signature: SMSReceiptVerifier.signature(body: Array(bad.utf8), secret: Self.secret)).status == .unprocessableEntity)
            let rows = try await F.rows(portal, recipient: a).filter { $0.channel == .sms }
            #expect(rows.first { $0.reference == texts[0].reference }?.status == .delivered)
            #expect(rows.first { $0.reference == texts[1].reference }?.status == .bounced)
            // A repeated receipt changes nothing.
            #expect(try await Self.post(portal, failed, signature: SMSReceiptVerifier.signature(body: Array(failed.utf8), secret: Self.secret)).status == .noContent)
            #expect(try await F.rows(portal, recipient: a).first { $0.reference == texts[0].reference }?.status == .delivered)
        }
    }

    @Test("without a configured secret the receipt endpoint does not exist")
    func off() async throws {
        try await withPortal { portal in
            let res = try await Self.post(portal, "{}", signature: nil)
            #expect(res.status == .notFound)
        }
    }

    @Test("an SMS written in the quiet hours waits for 08:00 Baku; a security SMS does not")
    func quietHours() async throws {
        // 23:30 in Baku on 18 November 2026.
        let night = BakuTime.calendar().date(from: DateComponents(year: 2026, month: 11, day: 18, hour: 23, minute: 30))!
        try await withPortal(start: night) { portal in
            let a = try await Self.withPhone(portal, 41)
            try await F.notify(portal, F.receptionNotice(a, key: "booking:night", at: night))
            try await F.notify(portal, F.tokenNotice(a, key: "token:night"))
            let sms = try await F.rows(portal, recipient: a).filter { $0.channel == .sms }
            let morning = BakuTime.calendar().date(from: DateComponents(year: 2026, month: 11, day: 19, hour: 8))!
            #expect(sms.first { $0.kind == "reception.booked" }?.nextAttemptAt == morning)
            #expect(sms.first { $0.kind == "security.token_created" }?.nextAttemptAt == night)
        }
    }
}
