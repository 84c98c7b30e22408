import AsyncHTTPClient
import Foundation
import Identity
@testable import Notifications
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

/// The inbox over HTTP with real messages of two citizens, the header's count, preferences, the
/// development mailbox, the API, and the events other capabilities now send.
@Suite("Notifications over HTTP")
struct NotificationPagesTests {
    static let password = "correct horse battery"
    static let (finA, finB) = ("5NTF1AA", "6NTF2BB")

    static func signedIn(_ portal: PortalHarness, _ fin: String) async throws -> TestBrowser {
        let browser = portal.browser()
        try await browser.signIn(fin, password)
        return browser
    }

    /// A token-created notice for `account`, written as a capability writes it; the inbox message's id.
    static func notice(_ portal: PortalHarness, _ account: UUID, key: String) async throws -> String {
        let app = portal.app
        try await app.db.writeTransaction { db in
            try await app.portal.notify(OutgoingNotice(.tokenCreated(TokenNotice(name: "Bank", at: app.portal.now())), to: account, dedupeKey: key), on: db)
        }
        let row = try await OutboxModel.query(on: app.db).filter(\.$dedupeKey == key).filter(\.$channel == .inbox).first()
        return try #require(row).id!.uuidString.lowercased()
    }

    @Test("a message is its owner's: another citizen can neither read, mark nor archive it (pages and API); the header counts unread")
    func ownMessages() async throws {
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            try await portal.account(Self.finB)
            let id = try await Self.notice(portal, a, key: "own:1")
            let alice = try await Self.signedIn(portal, Self.finA)
            let bob = try await Self.signedIn(portal, Self.finB)

            var html = try await alice.get("/cabinet").body.string
            #expect(html.contains("1 oxunmamış"), "the header shows A's unread count")
            #expect(!(try await bob.get("/cabinet").body.string.contains("oxunmamış")))
            html = try await alice.get("/cabinet/inbox").body.string
            #expect(html.contains("/cabinet/inbox/\(id)") && html.contains("Yeni giriş tokeni yaradıldı"))
            #expect(!(try await bob.get("/cabinet/inbox").body.string.contains(id)))

            #expect(try await bob.get("/cabinet/inbox/\(id)").status == .notFound)
            #expect(try await bob.post("/cabinet/inbox/\(id)/archive").status == .notFound)
            let bobToken = try await APITests.token(portal, fin: Self.finB, scopes: ["notifications:read", "notifications:write"])
            let bobRead = try await portal.app.testing().sendRequest(.POST, "/api/v1/me/notifications/\(id)/read",
                                                                     headers: ["Authorization": "Bearer \(bobToken)"])
            #expect(bobRead.status == .notFound)
            let stillUnread = try await OutboxModel.find(UUID(uuidString: id), on: portal.app.db)
            #expect(stillUnread?.readAt == nil && stillUnread?.archivedAt == nil)

            html = try await alice.get("/cabinet/inbox/\(id)").body.string
            #expect(html.contains("«Bank»") && html.contains("href=\"/cabinet/tokens\""), "the message links to what it is about")
            #expect(html.contains("E-poçt"), "its e-mail delivery is listed")
            #expect(!(try await alice.get("/cabinet").body.string.contains("oxunmamış")), "read: the count is gone")
            let res = try await alice.post("/cabinet/inbox/\(id)/archive")
            #expect(res.status == .seeOther && res.headers.first(name: .location) == "/cabinet/inbox")
            #expect(!(try await alice.get("/cabinet/inbox").body.string.contains(id)))
            #expect(try await alice.get("/cabinet/inbox?archived=1").body.string.contains(id))

            // The API: A's list has it (token-created notices of the tokens made here come first, unread).
            let aliceToken = try await APITests.token(portal, fin: Self.finA, scopes: ["notifications:read"])
            let list = try await portal.app.testing().sendRequest(.GET, "/api/v1/me/notifications?archived=true",
                                                                  headers: ["Authorization": "Bearer \(aliceToken)"])
            #expect(list.status == .ok && list.body.string.contains(id.uppercased()))
            #expect(list.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test("unread first, twenty a page")
    func paging() async throws {
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            var ids: [String] = []
            for n in 0..<23 {
                ids.append(try await Self.notice(portal, a, key: "page:\(n)"))
                portal.clock.advance(by: 60)
            }
            let alice = try await Self.signedIn(portal, Self.finA)
            _ = try await alice.get("/cabinet/inbox/\(ids[22])")  // the newest is read
            let first = try await alice.get("/cabinet/inbox").body.string
            #expect(first.contains(ids[21]) && !first.contains(ids[22]) && !first.contains(ids[0]) && first.contains("page=2"))
            let second = try await alice.get("/cabinet/inbox?page=2").body.string
            #expect(second.contains(ids[0]) && second.contains(ids[22]))
        }
    }

    @Test("preferences: saved, shown again, bad input re-shown with a clear error; security e-mail cannot be turned off")
    func preferences() async throws {
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            let alice = try await Self.signedIn(portal, Self.finA)
            try await alice.get("/cabinet/notifications/settings")
            var res = try await alice.post("/cabinet/notifications/settings", [("email[]", "payments"), ("sms[]", "reception"), ("language", "ru")])
            #expect(res.headers.first(name: .location) == "/cabinet/notifications/settings")
            let html = try await alice.follow(res).body.string
            #expect(html.contains(#"id="email-payments" name="email[]" value="payments" checked"#))
            #expect(!html.contains(#"id="email-cases" name="email[]" value="cases" checked"#))
            #expect(html.contains(#"id="email-security" name="email[]" value="security" checked disabled"#))
            res = try await alice.post("/cabinet/notifications/settings", [("email[]", "payments"), ("language", "de")])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("Siyahıdakı dillərdən birini seçin."))
            _ = try await Self.notice(portal, a, key: "pref:1")
            let rows = try await OutboxModel.query(on: portal.app.db).filter(\.$dedupeKey == "pref:1").all()
            #expect(Set(rows.map(\.channel)) == [.inbox, .email] && rows.allSatisfy { $0.language == "ru" })
        }
    }

    @Test("/dev/mail: only loopback, never relayed, never in production; shows the e-mails the worker delivered")
    func developmentMailbox() async throws {
        #expect(DevMailPages.allowed(mode: .development, clientIP: "127.0.0.1", relayed: false))
        #expect(DevMailPages.allowed(mode: .development, clientIP: "::1", relayed: false))
        #expect(!DevMailPages.allowed(mode: .production, clientIP: "127.0.0.1", relayed: false))
        #expect(!DevMailPages.allowed(mode: .development, clientIP: "127.0.0.1", relayed: true))
        #expect(!DevMailPages.allowed(mode: .development, clientIP: "203.0.113.9", relayed: false))
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            _ = try await Self.notice(portal, a, key: "dev:1")
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 1)
            #expect(try await portal.browser().get("/dev/mail").status == .notFound, "an in-memory request has no loopback address")
            try await portal.withServer { base in
                let list = try await RealHTTP.send(base + "/dev/mail")
                #expect(list.status == .ok && list.body.contains("Yeni giriş tokeni yaradıldı"))
                let one = try await RealHTTP.send(base + "/dev/mail/1")
                #expect(one.status == .ok && one.body.contains("«Bank»") && one.body.contains("Message-ID"))
                let html = try await RealHTTP.send(base + "/dev/mail/1/html")
                #expect(html.status == .ok && html.headers.first(name: "Content-Security-Policy")?.hasPrefix("sandbox") == true)
                let relayed = try await RealHTTP.send(base + "/dev/mail", headers: ["X-Forwarded-For": "203.0.113.9"])
                #expect(relayed.status == .notFound)
            }
        }
    }

    @Test("events: password changed, token created, reception booked (with its .ics by e-mail), each once")
    func wiredEvents() async throws {
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            let alice = try await Self.signedIn(portal, Self.finA)
            #expect(try await OutboxModel.query(on: portal.app.db).count() == 0, "a first sign-in is not news")
            try await alice.get("/cabinet/security/password")
            try await alice.confirmPassword(Self.password, next: "/cabinet/security/password")
            let res = try await alice.post("/cabinet/security/password", [("password", "Quba dağları gözəldir 2026"),
                                                                          ("passwordConfirmation", "Quba dağları gözəldir 2026")])
            #expect(res.status == .seeOther)
            var kinds = try await OutboxModel.query(on: portal.app.db).filter(\.$recipientID == a).all().map { "\($0.kind)/\($0.channel.rawValue)" }
            #expect(kinds.sorted() == ["security.password_changed/email", "security.password_changed/inbox"])

            let quba = try #require(try await portal.app.portal.directory.agency(code: "ICRA-QBA"))
            try await portal.person(Self.finB, first: "Aysel", last: "Quliyeva", idCard: PortalHarness.idCardNumber(for: Self.finB), unit: "AZ-QBA")
            let b = try await portal.account(Self.finB)
            let official = try await ReceptionAdmin.createOfficial(
                agencyID: quba.id, unitCode: "AZ-QBA", name: "Səidə Qasımova", room: "7", address: "Quba",
                sessions: [WeeklySession(weekday: 1, startMinute: 600, endMinute: 720, slotMinutes: 30, capacity: 1)], app: portal.app)
            let principal = Principal(userID: b, fin: FIN(uncheckedValue: Self.finB), firstName: "Aysel", lastName: "Quliyeva", roles: [],
                                      channel: .session(hash: "t"), secondFactorVerified: false, totpEnabled: false)
            let monday = LocalDate(year: 2026, month: 11, day: 23).startOfDay()!.addingTimeInterval(10 * 3600)
            let outcome = try await BookReception(app: portal.app).run(
                BookingRequest(officialID: official, start: monday, topic: "other", subject: "Mənzil növbəsi"), citizen: principal, ip: "127.0.0.1")
            guard case .booked(let number) = outcome else { Issue.record("not booked: \(outcome)"); return }
            kinds = try await OutboxModel.query(on: portal.app.db).filter(\.$recipientID == b).all().map { "\($0.kind)/\($0.channel.rawValue)" }
            #expect(kinds.sorted() == ["reception.booked/email", "reception.booked/inbox"])
            #expect(try await DeliverOutbox(app: portal.app).run().sent == 2)
            let mails = await portal.app.notifications.mailbox.mails
            let booking = try #require(mails.first { $0.to == Self.finB.lowercased() + "@example.az" })
            #expect(booking.subject.hasPrefix("Qəbula yazıldınız") && booking.text.contains(number))
            #expect(booking.attachments.first?.filename == "reception-\(number).ics")
        }
    }

    @Test("the API's answers match the OpenAPI document: list (paged, archived), mark read, 404, 422, 403")
    func contract() async throws {
        try await withPortal { portal in
            let a = try await portal.account(Self.finA)
            let id = try await Self.notice(portal, a, key: "api:1")
            let token = try await APITests.token(portal, fin: Self.finA, scopes: ["notifications:read", "notifications:write"])
            let narrow = try await APITests.token(portal, fin: Self.finA, scopes: ["profile:read"])
            let raw = try await portal.browser().get("/api/openapi.json")
            let validator = OpenAPIValidator(document: try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView)))
            let calls: [(HTTPMethod, String, String, HTTPStatus)] = [
                (.GET, "/api/v1/me/notifications", token, .ok), (.GET, "/api/v1/me/notifications?limit=1&offset=1", token, .ok),
                (.GET, "/api/v1/me/notifications?archived=true", token, .ok), (.GET, "/api/v1/me/notifications?limit=0", token, .unprocessableEntity),
                (.GET, "/api/v1/me/notifications", narrow, .forbidden), (.POST, "/api/v1/me/notifications/\(id)/read", token, .ok),
                (.POST, "/api/v1/me/notifications/\(UUID())/read", token, .notFound), (.POST, "/api/v1/me/notifications/\(id)/read", narrow, .forbidden),
            ]
            for (method, path, bearer, status) in calls {
                let res = try await portal.app.testing().sendRequest(method, path, headers: APITests.bearer(bearer))
                #expect(res.status == status, "\(method) \(path): \(res.status)")
                let problems = validator.problems(method: method.rawValue, path: path, status: Int(res.status.code),
                                                  contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView))
                #expect(problems.isEmpty, "\(method) \(path): \(problems)")
            }
            let read = try await OutboxModel.find(UUID(uuidString: id), on: portal.app.db)
            #expect(read?.readAt != nil)
        }
    }
}
