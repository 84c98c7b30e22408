import Foundation
import Identity
import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The forgotten-password and contact-verification pages (az; the forgot page in en and ru too). Links'
/// tokens and signed states are masked. References in __Snapshots__/RecoveryPageSnapshotTests/.
@Suite("Recovery page snapshots")
struct RecoveryPageSnapshotTests {
    static func masked(_ html: String) -> String {
        var text = IdentityPageSnapshotTests.masked(html)
        for (pattern, replacement) in [(#"/signin/reset/[A-Za-z0-9_-]{20,}"#, "/signin/reset/TOKEN"),
                                       (#"/contact/verify/[A-Za-z0-9_-]{20,}"#, "/contact/verify/TOKEN")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }

    static func link(_ portal: PortalHarness, to address: String, _ prefix: String) async throws -> String {
        _ = try await DeliverOutbox(app: portal.app).run()
        let mail = try #require(await portal.app.notifications.mailbox.mails.last { $0.to == address && $0.text.contains(prefix) })
        let start = try #require(mail.text.range(of: prefix))
        return String(mail.text[start.lowerBound...].prefix { !$0.isWhitespace })
    }

    @Test("forgot password: the form in three languages, its errors, both answers, the reset form, a dead link, an official")
    func recovery() async throws {
        try await withPortal { portal in
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/signin/forgot", named: "forgot")
            for lang in ["en", "ru"] {
                let browser = portal.browser()
                browser.setCookie("__Host-ow_lang", lang)
                try await assertPageSnapshot(browser, "/signin/forgot", named: "forgot-\(lang)")
            }
            var res = try await visitor.post("/signin/forgot", [("identifier", ""), ("channel", "")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(res.body.string, named: "forgot-errors")
            res = try await visitor.post("/signin/forgot", [("identifier", "2QWRT8Z"), ("channel", "email")])
            assertHTMLSnapshot(res.body.string, named: "sent")
            res = try await visitor.post("/signin/forgot", [("identifier", "2QWRT8Z"), ("channel", "phone")])
            assertHTMLSnapshot(Self.masked(res.body.string), named: "code")
            let state = try #require(RegistrationTests.hidden("state", in: res.body.string))
            res = try await visitor.post("/signin/reset/code", [("state", state), ("code", "123456")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "code-errors")

            try await portal.account("5VBK5VR")
            _ = try await visitor.post("/signin/forgot", [("identifier", "5VBK5VR"), ("channel", "email")])
            let path = try await Self.link(portal, to: "5vbk5vr@example.az", "/signin/reset/")
            res = try await visitor.get(path)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "reset")
            res = try await visitor.post(path, [("password", "123"), ("passwordConfirmation", "123")])
            #expect(res.status == .unprocessableEntity)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "reset-errors")
            try await assertPageSnapshot(visitor, "/signin/reset/not-a-token", named: "reset-dead", status: .gone)

            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)], totpSecret: TOTP.generateSecret())
            _ = try await visitor.post("/signin/forgot", [("identifier", "7QBA8E5"), ("channel", "email")])
            res = try await visitor.get(try await Self.link(portal, to: "7qba8e5@example.az", "/signin/reset/"))
            assertHTMLSnapshot(Self.masked(res.body.string), named: "reset-official")
            try await portal.account("7QBA8E6", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)])
            _ = try await visitor.post("/signin/forgot", [("identifier", "7QBA8E6"), ("channel", "email")])
            res = try await visitor.get(try await Self.link(portal, to: "7qba8e6@example.az", "/signin/reset/"))
            #expect(res.status == .forbidden)
            assertHTMLSnapshot(Self.masked(res.body.string), named: "reset-official-refused")
        }
    }

    @Test("contact verification: the e-mail link's page, confirmed, a dead link, the contact page with an unverified phone")
    func contacts() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR", phone: "+994501234567")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", "correct horse battery")
            try await citizen.confirmPassword("correct horse battery", next: "/cabinet/contact")
            try await citizen.get("/cabinet/contact")
            try await citizen.post("/cabinet/contact", [("phone", "050 765 43 21"), ("email", "aysel@example.az")])
            let res = try await citizen.get("/cabinet/contact")
            assertHTMLSnapshot(res.body.string, named: "contact-unverified")
            let link = try await Self.link(portal, to: "aysel@example.az", "https://portal.test/contact/verify/")
            let path = String(link.dropFirst("https://portal.test".count))
            let visitor = portal.browser()
            assertHTMLSnapshot(Self.masked(try await visitor.get(path).body.string), named: "verify-email")
            assertHTMLSnapshot(Self.masked(try await visitor.post(path).body.string), named: "verified")
            assertHTMLSnapshot(Self.masked(try await visitor.post(path).body.string), named: "verify-dead")
        }
    }
}
