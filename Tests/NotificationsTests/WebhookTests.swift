import Foundation
import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import SQLKit
import Testing
import VaporTesting

/// What an agency's endpoint received, and what it answers next.
actor WebhookReceiver {
    struct Received: Sendable {
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    private(set) var received: [Received] = []
    var answer: HTTPResponseStatus = .noContent

    func record(_ request: Received) -> HTTPResponseStatus {
        received.append(request)
        return answer
    }

    func answer(with status: HTTPResponseStatus) { answer = status }
}

@Suite("Agencies' webhooks")
struct WebhookTests {
    static let password = "correct horse battery"

    static func admin(_ portal: PortalHarness, _ fin: String, agency: String) async throws -> TestBrowser {
        let secret = TOTP.generateSecret()
        try await portal.account(fin, roles: [.init(agencyCode: agency, role: .agencyAdmin)], totpSecret: secret)
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(fin, password, code: portal.totp(secret))
        return browser
    }

    static func event(_ portal: PortalHarness, agency: String, type: String = "application.status_changed", key: String) async throws {
        let app = portal.app
        let id = try #require(try await app.portal.directory.agency(code: agency)?.id)
        try await app.db.writeTransaction { db in
            try await app.portal.publish(AgencyEvent(agencyID: id, type: type, dedupeKey: key, occurredAt: app.portal.now(),
                                                     data: ["number": "OW-2026-000042", "status": "received"]), on: db)
        }
    }

    @Test("signatures are Standard Webhooks' (the specification's test vector); a changed body or an old timestamp fails")
    func signature() throws {
        let secret = try #require(Data(base64Encoded: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        let body = Array(#"{"test": 2432232314}"#.utf8)
        let signature = WebhookSignature.sign(secret: Array(secret), id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: body)
        // The same value the `standardwebhooks` Python library computes for these inputs.
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        let at = Date(timeIntervalSince1970: 1_614_265_330)
        #expect(WebhookSignature.verify(secret: Array(secret), id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: body,
                                        header: "v1,bogus " + signature, now: at.addingTimeInterval(60)))
        #expect(!WebhookSignature.verify(secret: Array(secret), id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330,
                                         body: body + [0x20], header: signature, now: at))
        #expect(!WebhookSignature.verify(secret: Array(secret), id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: body,
                                         header: signature, now: at.addingTimeInterval(301)))
    }

    @Test("endpoint addresses: https, or http to this host outside production; no credentials, no other schemes")
    func addresses() {
        #expect(WebhookURLRule.problem("https://eqanun.gov.az/hooks/onewindow", production: true) == nil)
        #expect(WebhookURLRule.problem("http://127.0.0.1:9000/hook", production: false) == nil)
        #expect(WebhookURLRule.problem("http://localhost/hook", production: false) == nil)
        #expect(WebhookURLRule.problem("http://127.0.0.1:9000/hook", production: true) == "notifications.webhooks.error.url_https")
        #expect(WebhookURLRule.problem("http://example.az/hook", production: false) == "notifications.webhooks.error.url_https")
        #expect(WebhookURLRule.problem("https://user:pass@example.az/", production: false) == "notifications.webhooks.error.url_invalid")
        #expect(WebhookURLRule.problem("ftp://example.az/", production: false) == "notifications.webhooks.error.url_invalid")
        #expect(WebhookURLRule.problem("https://", production: false) == "notifications.webhooks.error.url_invalid")
        #expect(WebhookURLRule.problem("  ", production: false) == "notifications.webhooks.error.url_required")
    }

    @Test("an agency administrator registers an endpoint; its events arrive signed over HTTP, once; failures are retried, refusals dead-lettered")
    func delivery() async throws {
        let receiver = WebhookReceiver()
        try await withPortal(routes: { app in
            app.post("test-hooks", "receiver") { req async throws -> Response in
                var body = try await req.body.collect(upTo: 1 << 16)
                let status = await receiver.record(.init(headers: req.headers, body: body.readBytes(length: body.readableBytes) ?? []))
                return Response(status: status)
            }
        }) { portal in
            portal.app.notifications.jitter = { 0 }
            let admin = try await Self.admin(portal, "7WHADM1", agency: "EN")
            #expect(try await admin.get("/office/webhooks").body.string.contains("webhooks-empty"))
            try await portal.withServer { base in
                // Refused first: no event chosen, an address that is not https.
                var page = try await admin.post("/office/webhooks", [("url", "http://example.az/hook"), ("description", "")])
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.string.contains("https://") && page.body.string.contains("href=\"#events\""))
                #expect(try await WebhookModel.query(on: portal.app.db).count() == 0)
                page = try await admin.post("/office/webhooks", [("url", base + "/test-hooks/receiver"), ("events[]", "application.status_changed"),
                                                                 ("events[]", "payment.succeeded"), ("description", "eQanun")])
                #expect(page.status == .created)
                let secretText = try #require(page.body.string.firstMatch(of: #/whsec_([A-Za-z0-9+/=]+)/#).map { String($0.output.1) })
                let secret = Array(try #require(Data(base64Encoded: secretText)))
                let endpoint = try #require(try await WebhookModel.query(on: portal.app.db).first())
                #expect(!endpoint.secretSealed.contains(secretText), "the secret is stored sealed")
                #expect(try await admin.get("/office/webhooks/\(endpoint.id!.uuidString.lowercased())").body.string.contains("whsec_") == false,
                        "shown once")

                // One event for EN, twice (one delivery); one of a type EN did not choose; one for another agency.
                try await Self.event(portal, agency: "EN", key: "case:1")
                try await Self.event(portal, agency: "EN", key: "case:1")
                try await Self.event(portal, agency: "EN", type: "reception.booked", key: "booking:1")
                try await Self.event(portal, agency: "DIN", key: "case:2")
                #expect(try await WebhookDeliveryModel.query(on: portal.app.db).count() == 1)

                var report = try await DeliverWebhooks(app: portal.app).run()
                #expect(report.sent == 1)
                let first = try #require(await receiver.received.first)
                let id = try #require(first.headers.first(name: "webhook-id"))
                let timestamp = try #require(first.headers.first(name: "webhook-timestamp").flatMap(Int.init))
                #expect(id.hasPrefix("msg_"))
                #expect(WebhookSignature.verify(secret: secret, id: id, timestamp: timestamp, body: first.body,
                                                header: first.headers.first(name: "webhook-signature") ?? "", now: portal.app.portal.now()))
                let payload = try JSONDecoder().decode(WebhookPayload.self, from: Data(first.body))
                #expect(payload.type == "application.status_changed" && payload.data["number"] == "OW-2026-000042")
                #expect(try await DeliverWebhooks(app: portal.app).run().claimed == 0, "sent once")

                // A 503 is retried after the backoff with the same webhook-id; a 410 is not retried.
                await receiver.answer(with: .serviceUnavailable)
                try await Self.event(portal, agency: "EN", key: "case:3")
                report = try await DeliverWebhooks(app: portal.app).run()
                #expect(report.retried == 1)
                var row = try #require(try await WebhookDeliveryModel.query(on: portal.app.db).filter(\.$dedupeKey == "case:3").first())
                #expect(row.status == .failed && row.responseStatus == 503 && row.nextAttemptAt == portal.clock.now().addingTimeInterval(60))
                portal.clock.advance(by: 60)
                await receiver.answer(with: .gone)
                report = try await DeliverWebhooks(app: portal.app).run()
                #expect(report.dead == 1)
                row = try #require(try await WebhookDeliveryModel.find(row.id, on: portal.app.db))
                #expect(row.status == .dead && row.responseStatus == 410 && row.attempts == 2)
                let ids = await receiver.received.suffix(2).map { $0.headers.first(name: "webhook-id") }
                #expect(ids == [row.messageID, row.messageID], "a retry sends the same webhook-id")

                // The administrator sends it again once the system is fixed.
                await receiver.answer(with: .ok)
                let path = "/office/webhooks/\(endpoint.id!.uuidString.lowercased())"
                let detail = try await admin.get(path)
                #expect(detail.body.string.contains(row.messageID))
                #expect(try await admin.post("\(path)/deliveries/\(row.id!.uuidString.lowercased())/retry").status == .seeOther)
                #expect(try await DeliverWebhooks(app: portal.app).run().sent == 1)

                // Switched off: what is still queued is not sent.
                try await Self.event(portal, agency: "EN", key: "case:4")
                #expect(try await admin.post("\(path)/disable").status == .seeOther)
                #expect(try await DeliverWebhooks(app: portal.app).run().sent == 0)
                let last = try #require(try await WebhookDeliveryModel.query(on: portal.app.db).filter(\.$dedupeKey == "case:4").first())
                #expect(last.status == .dead && last.lastError == "the endpoint was disabled")
                try await Self.event(portal, agency: "EN", key: "case:5")
                #expect(try await WebhookDeliveryModel.query(on: portal.app.db).filter(\.$dedupeKey == "case:5").count() == 0)
            }
            let sql = try #require(portal.app.db as? any SQLDatabase)
            let actions = try await sql.raw("SELECT action FROM audit_events WHERE action LIKE 'notifications.webhook.%'").all()
                .map { try $0.decode(column: "action", as: String.self) }
            #expect(actions.contains("notifications.webhook.registered") && actions.contains("notifications.webhook.disabled")
                    && actions.contains("notifications.webhook.delivery_retried"))
        }
    }

    @Test("another agency's administrator, an official without the role and a citizen cannot see or change an endpoint")
    func objectLevel() async throws {
        try await withPortal { portal in
            let owner = try await Self.admin(portal, "7WHADM2", agency: "EN")
            _ = try await owner.get("/office/webhooks/new")
            let page = try await owner.post("/office/webhooks", [("url", "https://eqanun.example.az/hook"), ("events[]", "payment.succeeded")])
            #expect(page.status == .created)
            let endpoint = try #require(try await WebhookModel.query(on: portal.app.db).first())
            let path = "/office/webhooks/\(endpoint.id!.uuidString.lowercased())"
            let other = try await Self.admin(portal, "7WHADM3", agency: "DIN")
            _ = try await other.get("/office/webhooks/new")
            #expect(try await other.get(path).status == .notFound)
            #expect(try await other.post("\(path)/disable").status == .notFound)
            #expect(try await other.get("/office/webhooks").body.string.contains("eqanun") == false)
            // Registering for an agency one does not administer is refused like an unknown one.
            let enID = try #require(try await portal.app.portal.directory.agency(code: "EN")?.id)
            let refused = try await other.post("/office/webhooks", [("agency", enID.uuidString), ("url", "https://din.example.az/hook"),
                                                                     ("events[]", "payment.succeeded")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("href=\"#agency\""))
            #expect(try await WebhookModel.query(on: portal.app.db).count() == 1)
            #expect(try await WebhookModel.find(endpoint.id, on: portal.app.db)?.disabledAt == nil)

            let secret = TOTP.generateSecret()
            try await portal.account("7WHPPR1", roles: [.init(agencyCode: "EN", role: .operator_)], totpSecret: secret)
            let operatorBrowser = portal.browser()
            portal.clock.advance(by: 31)
            try await operatorBrowser.signIn("7WHPPR1", Self.password, code: portal.totp(secret))
            let operatorPage = try await operatorBrowser.get(path)
            let operatorList = try await operatorBrowser.get("/office/webhooks")
            #expect(operatorPage.status == .forbidden && operatorList.status == .forbidden, "\(operatorPage.status) \(operatorList.status) \(operatorPage.headers.first(name: .location) ?? "")")

            try await portal.account("7WHCZT1")
            let citizen = portal.browser()
            try await citizen.signIn("7WHCZT1", Self.password)
            #expect(try await citizen.get(path).status != .ok)
        }
    }
}
