import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing

@Suite("Who looked at my data")
struct DataAccessTests {
    static let password = "correct horse battery"

    @Test("an official's look-up with a purpose shows in the citizen's cabinet with the agency, not the official")
    func lookupIsVisible() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let secret = TOTP.generateSecret()
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")], totpSecret: secret)
            let official = portal.browser()
            try await official.signIn("7QBA8E5", Self.password, code: portal.totp(secret))
            var res = try await official.get("/office/people")
            #expect(res.status == .ok)
            res = try await official.post("/office/people", [("fin", "5VBK5VR"), ("purpose", "")])
            #expect(res.status == .unprocessableEntity, "a look-up needs a reason")
            res = try await official.post("/office/people", [("fin", "5vbk5vr"), ("purpose", "reception"), ("reference", "booking 42")])
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Testov Test Test oğlu"))

            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            let page = try await citizen.get("/cabinet/data-access").body.string
            #expect(page.contains("Quba Rayon İcra Hakimiyyəti"))
            #expect(page.contains("Vətəndaş qəbulu (booking 42)"))
            #expect(!page.contains("Nəbiyev") && !page.contains("7QBA8E5"), "the official's name is not shown")
        }
    }

    @Test("a citizen reading their own data is not a third-party read; a failed look-up of a FIN not in the register is audited but not shown")
    func ownReads() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            try await citizen.get("/cabinet")
            let page = try await citizen.get("/cabinet/data-access").body.string
            #expect(page.contains("Heç kim məlumatlarınıza baxmayıb"))
        }
    }

    @Test("the office needs an official role and a verified second factor")
    func officeAccess() async throws {
        try await withPortal { portal in
            try await portal.account("5VBK5VR")
            try await portal.account("7QBA8E5", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_)])
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", Self.password)
            #expect(try await citizen.get("/office").status == .forbidden)
            #expect(try await citizen.get("/office/people").status == .forbidden)
            let official = portal.browser()
            try await official.signIn("7QBA8E5", Self.password)
            let res = try await official.get("/office")
            #expect(res.headers.first(name: .location) == "/cabinet/security/totp?reason=office", "no office without TOTP")
            #expect(try await portal.browser().get("/office").headers.first(name: .location)?.hasPrefix("/signin?next=") == true)
        }
    }
}
