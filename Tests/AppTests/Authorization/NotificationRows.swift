import Foundation
import PortalHTTP
import VaporTesting

/// Notifications: A's messages are A's (404 for anyone else, in the inbox, on its page, archived or
/// marked read over the API); everyone signed in has an inbox and settings; the development mailbox
/// does not exist for in-memory requests (no loopback address: NotificationPagesTests proves both
/// sides); the delivery office is the platform administrator's alone.
enum NotificationRows {
    static var rows: [Row] {
        let message = ObjectUse.owned("citizen A's inbox message")
        let dead = ObjectUse.owned("an e-mail to citizen A that was dead-lettered")
        let noLoopback = Dictionary<Actor, Expect>.all(.notFound)
        let devMail = ObjectUse.owned("an e-mail to citizen A in the development mailbox")
        return [
            Row(method: .GET, route: "/cabinet/inbox",
                expect: Dictionary<Actor, Expect>.signedIn(.okHiding("{id}")).with([.citizenA], .okShowing("{id}")),
                // A new message each call: the newest unread is on the first page, however many A has by now.
                call: { context in Call("/cabinet/inbox", values: ["id": try await context.world.newestNoticeForA()]) }),
            Row(method: .GET, route: "/cabinet/inbox/:id", object: message, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in Call("/cabinet/inbox/\(try await context.world.messageOfA(fresh: false))") }),
            Row(method: .POST, route: "/cabinet/inbox/:id/archive", object: message,
                expect: ApplicationRows.onlyFor([.citizenA: .see("/cabinet/inbox", flash: "flash.notifications.archived")]), consumes: true,
                call: { context in Call("/cabinet/inbox/\(try await context.world.messageOfA(fresh: context.fresh))/archive") }),
            Row(method: .GET, route: "/cabinet/notifications/settings", expect: .signedIn(.ok)),
            Row(method: .POST, route: "/cabinet/notifications/settings",
                expect: .signedIn(.see("/cabinet/notifications/settings", flash: "flash.notifications.settings_saved")),
                call: { _ in Call("/cabinet/notifications/settings", form: [("email[]", "cases"), ("email[]", "payments"), ("language", "")]) }),
            Row(method: .GET, route: "/dev/mail", expect: noLoopback),
            Row(method: .GET, route: "/dev/mail/:number", object: devMail, expect: noLoopback,
                call: { context in Call("/dev/mail/\(try await context.world.devMailOfA())") }),
            Row(method: .GET, route: "/dev/mail/:number/html", object: devMail, expect: noLoopback,
                call: { context in Call("/dev/mail/\(try await context.world.devMailOfA())/html") }),
            // Signed by the SMS gateway, not a person: an unsigned call is 401 whoever sends it (SMSReceiptTests).
            Row(method: .POST, route: "/notifications/sms/receipts", expect: .all(.unauthorized),
                call: { _ in Call("/notifications/sms/receipts", json: #"{"id":"1","reference":"ow-x","status":"delivered"}"#) }),
            Row(method: .GET, route: "/office/notifications", expect: .office([.platformAdmin: .ok])),
            Row(method: .GET, route: "/office/notifications/templates", expect: .office([.platformAdmin: .ok])),
            Row(method: .POST, route: "/office/notifications/:id/retry", object: dead,
                expect: .office([.platformAdmin: .see("/office/notifications", flash: "flash.notifications.retried")]), consumes: true,
                call: { context in Call("/office/notifications/\(try await context.world.deadMailOfA(fresh: context.fresh))/retry") }),
            Row(method: .GET, route: "/api/v1/me/notifications", scope: "notifications:read",
                expect: Dictionary<Actor, Expect>.api(.okHiding("{id}")).with([.citizenA], .okShowing("{id}")),
                call: { context in Call("/api/v1/me/notifications", values: ["id": try await context.world.newestNoticeForA().uppercased()]) }),
            Row(method: .POST, route: "/api/v1/me/notifications/:id/read", object: message, scope: "notifications:write",
                expect: ApplicationRows.apiOnlyFor(.ok),
                call: { context in Call("/api/v1/me/notifications/\(try await context.world.messageOfA(fresh: false))/read", json: "{}") }),
        ]
    }
}
