import Foundation
import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The README's proactive notice, end to end on the demo register: after the scan, the citizen whose ID
/// card expires in exactly 30 days sees the notice in the inbox and the e-mail in the development mailbox.
@Suite("Proactive notices on the demo")
struct ProactiveDemoTests {
    @Test("7HK2M3P's ID card expires in 30 days: the scan puts the notice in her inbox and in /dev/mail, once")
    func thirtyDayCitizen() async throws {
        try await withPortal { portal in
            try await FirstTimeCitizenTests.seedRegister(portal)
            try await portal.account("7HK2M3P")
            let today = LocalDate(portal.clock.now())
            let first = try await ScanProactiveNotices(app: portal.app).run(on: today)
            #expect(first.rules.first { $0.rule == "documents.expiring:id_card:30d" }?.notices == 1)
            #expect(try await ScanProactiveNotices(app: portal.app).run(on: today).written == 0, "a second scan sends nothing")

            let citizen = portal.browser()
            try await citizen.signIn("7HK2M3P", "correct horse battery")
            let expiry = today.adding(days: 30)
            let subject = String(format: "Xatırlatma: şəxsiyyət vəsiqənizin müddəti %02d.%02d.%04d tarixində bitir", expiry.day, expiry.month, expiry.year)
            let inbox = try await citizen.get("/cabinet/inbox")
            #expect(inbox.status == .ok && inbox.body.string.contains(subject))

            #expect(try await DeliverOutbox(app: portal.app).run().sent == 1)
            try await portal.withServer { base in
                let mail = try await RealHTTP.send(base + "/dev/mail").body
                #expect(mail.contains(subject))
                #expect(try await RealHTTP.send(base + "/dev/mail/1").body.contains("/services/DIN-0001"))
            }
        }
    }
}
