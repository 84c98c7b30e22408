import Foundation
@testable import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Verified contacts over HTTP: registration sends a link and a code, unverified contacts receive
/// nothing else, a change tells the old address and must be verified again.
@Suite("Verified contacts")
struct ContactVerificationTests {
    static let password = "correct horse battery"

    static func contacts(_ portal: PortalHarness, _ id: UUID) async throws -> AccountContact? {
        try await portal.app.portal.accountContacts?.contact(of: id, on: portal.app.db)
    }

    @Test("registration: the e-mail is verified by its link (a button, once), the phone by its code; until then no other message goes there")
    func registration() async throws {
        try await withPortal { portal in
            try await portal.person("5VRF1AA", idCard: "AA1234567")
            let browser = portal.browser()
            try await browser.get("/register")
            var res = try await browser.post("/register", [("fin", "5VRF1AA"), ("idCard", "AA1234567")])
            res = try await browser.post("/register/details", [
                ("state", try #require(RegistrationTests.hidden("state", in: res.body.string))), ("phone", "050 123 45 67"),
                ("email", "aysel@example.az"), ("password", "Quba almaları dadlıdır"), ("passwordConfirmation", "Quba almaları dadlıdır")])
            #expect(res.status == .seeOther)
            let user = try #require(try await UserModel.query(on: portal.app.db).filter(\.$fin == "5VRF1AA").first())
            #expect(user.emailVerifiedAt == nil && user.phoneVerifiedAt == nil)
            let unverified = try await Self.contacts(portal, user.id!)
            #expect(unverified?.email == nil && unverified?.phone == nil, "notices do not go to unverified contacts")

            _ = try await DeliverOutbox(app: portal.app).run()
            let mail = try #require(await portal.app.notifications.mailbox.mails.last { $0.to == "aysel@example.az" })
            let link = String(try #require(mail.text.firstMatch(of: #/https://portal\.test(/contact/verify/[A-Za-z0-9_-]+)/#)).1)
            let sms = try #require(await portal.app.notifications.mailbox.texts.last { $0.to == "+994501234567" })
            let code = String(try #require(sms.text.firstMatch(of: #/\b(\d{6})\b/#)).1)

            // Following the link changes nothing; its button does.
            let mailClient = portal.browser()
            #expect(try await mailClient.get(link).status == .ok)
            #expect(try await UserModel.find(user.id, on: portal.app.db)?.emailVerifiedAt == nil)
            #expect(try await mailClient.post(link).status == .ok)
            #expect(try await UserModel.find(user.id, on: portal.app.db)?.emailVerifiedAt != nil)
            #expect(try await mailClient.post(link).status == .gone, "the link works once")

            try await browser.signIn("5VRF1AA", "Quba almaları dadlıdır")
            try await browser.confirmPassword("Quba almaları dadlıdır", next: "/cabinet/contact")
            var page = try await browser.get("/cabinet/contact")
            #expect(page.body.string.contains("/cabinet/contact/phone"), "the phone's code is asked for")
            let wrong = code == "000000" ? "111111" : "000000"
            #expect(try await browser.post("/cabinet/contact/phone", [("code", wrong)]).status == .unprocessableEntity)
            res = try await browser.post("/cabinet/contact/phone", [("code", code)])
            #expect(res.status == .seeOther)
            page = try await browser.get("/cabinet/contact")
            #expect(!page.body.string.contains("/cabinet/contact/phone"))
            let verified = try await Self.contacts(portal, user.id!)
            #expect(verified?.email == "aysel@example.az" && verified?.phone == "+994501234567")
        }
    }

    @Test("a change tells the old address, and the new one counts only once verified; another person's code does not verify it")
    func change() async throws {
        try await withPortal { portal in
            let id = try await portal.account("5VRF2AA", email: "old@example.az", phone: "+994501111111")
            try await portal.account("6VRF2BB", email: "other@example.az", phone: "+994502222222")
            let browser = portal.browser()
            try await browser.signIn("5VRF2AA", Self.password)
            try await browser.confirmPassword(Self.password, next: "/cabinet/contact")
            try await browser.get("/cabinet/contact")
            let res = try await browser.post("/cabinet/contact", [("phone", "+994 50 333 33 33"), ("email", "new@example.az")])
            #expect(res.status == .seeOther)
            #expect(try await Self.contacts(portal, id)?.email == nil)

            _ = try await DeliverOutbox(app: portal.app).run()
            let box = portal.app.notifications.mailbox
            let toldOld = await box.mails.filter { $0.to == "old@example.az" }
            #expect(toldOld.count == 1 && toldOld.first?.text.contains("n•••@example.az") == true, "the old address is told, masked")
            #expect(await box.texts.contains { $0.to == "+994501111111" }, "the old phone is told")
            #expect(await box.mails.contains { $0.to == "new@example.az" && $0.text.contains("/contact/verify/") })
            #expect(!(await box.mails.contains { $0.to == "new@example.az" && !$0.text.contains("/contact/verify/") }))

            // Bob asks for his own code; it does not verify Alice's phone.
            let bob = portal.browser()
            try await bob.signIn("6VRF2BB", Self.password)
            try await bob.confirmPassword(Self.password, next: "/cabinet/contact")
            try await bob.get("/cabinet/contact")
            try await bob.post("/cabinet/contact", [("phone", "+994 50 444 44 44"), ("email", "other@example.az")])
            _ = try await DeliverOutbox(app: portal.app).run()
            let bobCode = String(try #require(await box.texts.last { $0.to == "+994504444444" }?.text.firstMatch(of: #/\b(\d{6})\b/#)).1)
            let aliceCode = String(try #require(await box.texts.last { $0.to == "+994503333333" }?.text.firstMatch(of: #/\b(\d{6})\b/#)).1)
            if bobCode != aliceCode {
                #expect(try await browser.post("/cabinet/contact/phone", [("code", bobCode)]).status == .unprocessableEntity)
            }
            #expect(try await browser.post("/cabinet/contact/phone", [("code", aliceCode)]).status == .seeOther)
            #expect(try await Self.contacts(portal, id)?.phone == "+994503333333")
        }
    }
}
