import Foundation
import PortalHTTP
import VaporTesting

/// Agencies' webhooks: each agency administrator manages their own agency's endpoints (agency Y's:
/// Y's administrator and the platform administrator; the other agency's administrator gets 404), every
/// other official 403. Registering needs an agency: the platform administrator must choose one (422).
enum WebhookRows {
    static var rows: [Row] {
        let endpoint = ObjectUse.owned("agency Y's webhook endpoint")
        let dead = ObjectUse.owned("a dead-lettered delivery to agency Y's endpoint")
        let admins: [Actor: Expect] = [.adminR: .ok, .otherAgency: .ok, .platformAdmin: .ok]
        func ofY(_ e: Expect) -> [Actor: Expect] { [.adminR: e, .platformAdmin: e, .otherAgency: .notFound] }
        let back = { (flash: String) in Expect.see("/office/webhooks/{id}", flash: flash) }
        return [
            Row(method: .GET, route: "/office/webhooks", expect: .office(admins)),
            Row(method: .GET, route: "/office/webhooks/new", expect: .office(admins)),
            Row(method: .POST, route: "/office/webhooks",
                expect: .office([.adminR: .status(201), .otherAgency: .status(201), .platformAdmin: .status(422)]),
                call: { _ in Call("/office/webhooks", form: [("url", "https://hooks.example.az/onewindow"), ("events[]", "payment.succeeded")]) }),
            Row(method: .GET, route: "/office/webhooks/:id", object: endpoint, expect: .office(ofY(.ok)),
                call: { context in Call("/office/webhooks/\(try await context.world.webhookOfY(fresh: false))") }),
            Row(method: .POST, route: "/office/webhooks/:id/disable", object: endpoint,
                expect: .office(ofY(back("flash.notifications.webhook_disabled"))), consumes: true,
                call: { context in
                    let id = try await context.world.webhookOfY(fresh: context.fresh)
                    return Call("/office/webhooks/\(id)/disable", values: ["id": id])
                }),
            Row(method: .POST, route: "/office/webhooks/:id/deliveries/:delivery/retry", object: dead,
                expect: .office(ofY(back("flash.notifications.retried"))), consumes: true,
                call: { context in
                    let (id, delivery) = try await context.world.deadWebhookDeliveryOfY(fresh: context.fresh)
                    return Call("/office/webhooks/\(id)/deliveries/\(delivery)/retry", values: ["id": id])
                }),
        ]
    }
}
