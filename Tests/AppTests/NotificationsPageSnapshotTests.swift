import Foundation
import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Notifications' pages as the portal serves them: the inbox (empty, with read and unread messages,
/// archived), a message, the settings (and with an error), the office's undelivered list (empty, with a
/// dead letter), the template preview in each language, and the development mailbox.
/// References in __Snapshots__/NotificationsPageSnapshotTests/.
@Suite("Notifications page snapshots")
struct NotificationsPageSnapshotTests {
    static let password = "correct horse battery"
    static let citizenFIN = "5NTF3CC"
    static let adminFIN = "4NTF5AD"

    static func notice(_ portal: PortalHarness, _ account: UUID, _ event: NoticeEvent, key: String) async throws {
        let app = portal.app
        try await app.db.writeTransaction { db in try await app.portal.notify(OutgoingNotice(event, to: account, dedupeKey: key), on: db) }
        portal.clock.advance(by: 60)
    }

    static func admin(_ portal: PortalHarness) async throws -> TestBrowser {
        try await portal.person(adminFIN, idCard: "AA5566779")
        _ = try await CreatePlatformAdmin(app: portal.app).run(fin: adminFIN, email: "admin@example.az", password: password, names: nil)
        let secret = TOTP.generateSecret()
        try await (portal.app.db as! any SQLDatabase).raw("""
            UPDATE identity_users SET totp_enabled = \(bind: true), totp_secret = \(bind: try AuthorizationMatrixTests.seal(secret, portal))
            WHERE fin = \(bind: adminFIN)
            """).run()
        let browser = portal.browser()
        portal.clock.advance(by: 31)
        try await browser.signIn(adminFIN, password, code: portal.totp(secret))
        try await browser.get("/office")
        return browser
    }

    @Test("notifications: the inbox, a message, the archive and the settings")
    func cabinet() async throws {
        try await withPortal { portal in
            let account = try await portal.account(Self.citizenFIN)
            let citizen = portal.browser()
            try await citizen.signIn(Self.citizenFIN, Self.password)
            try await assertPageSnapshot(citizen, "/cabinet/inbox", named: "inbox-empty")
            for (n, event) in NoticeTemplates.samples(now: portal.clock.now()).enumerated() {
                try await Self.notice(portal, account, event, key: "snapshot:\(n)")
            }
            let first = try #require(try await OutboxModel.query(on: portal.app.db).filter(\.$dedupeKey == "snapshot:0")
                .filter(\.$channel == .inbox).first())
            try await assertPageSnapshot(citizen, "/cabinet/inbox/\(first.id!.uuidString.lowercased())", named: "message")
            try await assertPageSnapshot(citizen, "/cabinet/inbox", named: "inbox")
            try await citizen.post("/cabinet/inbox/\(first.id!.uuidString.lowercased())/archive")
            try await assertPageSnapshot(citizen, "/cabinet/inbox?archived=1", named: "archived")
            try await assertPageSnapshot(citizen, "/cabinet/notifications/settings", named: "settings")
            let refused = try await citizen.post("/cabinet/notifications/settings", [("email[]", "cases"), ("language", "fr")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "settings-errors")
        }
    }

    @Test("notifications: the office's undelivered list, retry, templates in az/en/ru, the development mailbox")
    func office() async throws {
        try await withPortal { portal in
            let account = try await portal.account(Self.citizenFIN)
            let admin = try await Self.admin(portal)
            try await assertPageSnapshot(admin, "/office/notifications", named: "office-empty")
            try await Self.notice(portal, account, .passwordChanged(SecurityNotice(at: portal.clock.now(), ip: "198.51.100.4")), key: "snapshot:dead")
            try await (portal.app.db as! any SQLDatabase).raw("""
                UPDATE notifications_outbox SET status = 'dead', attempts = 8, last_error = '421 4.7.0 Try again later' WHERE channel = 'email'
                """).run()
            try await assertPageSnapshot(admin, "/office/notifications", named: "office-dead-letter")
            for language in ["az", "en", "ru"] {
                try await assertPageSnapshot(admin, "/office/notifications/templates?lang=\(language)", named: "templates-\(language)")
            }
            try await Self.notice(portal, account, .tokenCreated(TokenNotice(name: "Mühasibat", at: portal.clock.now())), key: "snapshot:mail")
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 1)
            try await portal.withServer { base in
                assertHTMLSnapshot(try await RealHTTP.send(base + "/dev/mail").body, named: "devmail")
                assertHTMLSnapshot(try await RealHTTP.send(base + "/dev/mail/1").body, named: "devmail-message")
                assertHTMLSnapshot(try await RealHTTP.send(base + "/dev/mail/1/html").body, named: "devmail-html")
            }
        }
    }

    @Test("webhooks: the agency's list (empty, with an endpoint), the form (and with errors), the secret shown once, an endpoint with its deliveries")
    func webhooks() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("4NTF5WH", roles: [.init(agencyCode: "EN", role: .agencyAdmin)], totpSecret: secret)
            let admin = portal.browser()
            portal.clock.advance(by: 31)
            try await admin.signIn("4NTF5WH", Self.password, code: portal.totp(secret))
            try await assertPageSnapshot(admin, "/office/webhooks", named: "webhooks-empty")
            try await assertPageSnapshot(admin, "/office/webhooks/new", named: "webhook-form")
            let refused = try await admin.post("/office/webhooks", [("url", "http://hooks.example.az/onewindow"), ("description", "eQanun")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "webhook-form-errors")
            let registered = try await admin.post("/office/webhooks", [("url", "https://hooks.example.az/onewindow"), ("events[]", "application.status_changed"),
                                                                       ("events[]", "payment.succeeded"), ("description", "eQanun")])
            #expect(registered.status == .created)
            assertHTMLSnapshot(registered.body.string.replacing(#/whsec_[A-Za-z0-9+\/=]+/#, with: "whsec_SECRET"), named: "webhook-secret")
            try await assertPageSnapshot(admin, "/office/webhooks", named: "webhooks")
            let endpoint = try #require(try await WebhookModel.query(on: portal.app.db).first())
            let app = portal.app
            let agency = endpoint.agencyID
            try await app.db.writeTransaction { db in
                try await app.portal.publish(AgencyEvent(agencyID: agency, type: "payment.succeeded", dedupeKey: "snapshot:1", occurredAt: app.portal.now(),
                                                         data: ["invoice": "INV-2026-000001"]), on: db)
            }
            try await (app.db as! any SQLDatabase).raw("""
                UPDATE notifications_webhook_deliveries SET status = 'dead', attempts = 8, response_status = 503, last_error = 'HTTP 503'
                """).run()
            try await assertPageSnapshot(admin, "/office/webhooks/\(endpoint.id!.uuidString.lowercased())", named: "webhook")
        }
    }
}
