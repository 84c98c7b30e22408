import Foundation
import PortalHTTP
import VaporTesting

/// The office's own pages and its officials: roles change only by two people, each acting only where
/// they manage roles (R's administrator and head in R; S's head only in S; the platform administrator
/// everywhere), never on their own proposal.
enum IdentityOfficeRows {
    /// Those who manage agency Y's officials in region R (all answer `e`).
    static func managersOfR(_ e: Expect) -> [Actor: Expect] { [.adminR: e, .headR: e, .platformAdmin: e] }

    static var rows: [Row] {
        let everyOfficial = Dictionary(uniqueKeysWithValues: Actor.enrolledOfficials.map { ($0, Expect.ok) })
        let managers: [Actor: Expect] = [.adminR: .ok, .headR: .ok, .headS: .ok, .otherAgency: .ok, .platformAdmin: .ok]
        let proposed = Expect.see("/office/officials", flash: "flash.role_change_proposed")
        let role = ObjectUse.owned("an operator role in agency Y, region R")
        let request = ObjectUse.owned("a role change in agency Y, region R, proposed by R's agency administrator")
        return [
            Row(method: .GET, route: "/office", expect: .office(everyOfficial)),
            Row(method: .GET, route: "/office/overview", expect: .office([.platformAdmin: .ok])),
            Row(method: .GET, route: "/office/officials", expect: .office(managers)),
            // A newcomer as operator of Y in R: S's head and the other agency manage elsewhere (403).
            Row(method: .POST, route: "/office/officials", expect: .office(managersOfR(proposed)), consumes: true, call: { context in
                let fin = try await context.world.object("a person to appoint", fresh: context.fresh) { try await context.world.newcomer(account: false) }
                return Call("/office/officials", form: [
                    ("fin", fin), ("email", "\(fin.lowercased())@example.az"), ("role", "operator"), ("agency", try await context.world.agencyYID),
                    ("unit", MatrixCast.regionR), ("reason", "matrix"),
                ])
            }),
            // Someone else's role in R: out of reach answers 404 (no probing which roles exist).
            Row(method: .POST, route: "/office/officials/:role/revoke", object: role,
                expect: .office(managersOfR(proposed).merging([.headS: .notFound, .otherAgency: .notFound]) { $1 }), consumes: true,
                call: { context in
                    Call("/office/officials/\(try await context.world.roleInR(fresh: context.fresh))/revoke", form: [("reason", "matrix")])
                }),
            // The second person: R's head or the platform administrator; never the proposer (403).
            Row(method: .POST, route: "/office/officials/requests/:request/approve", object: request,
                expect: .office([.headR: .ok, .platformAdmin: .ok, .adminR: .forbidden, .headS: .notFound, .otherAgency: .notFound]), consumes: true,
                call: { context in
                    Call("/office/officials/requests/\(try await context.world.roleRequest(fresh: context.fresh))/approve", form: [("reason", "matrix")])
                }),
            Row(method: .POST, route: "/office/officials/requests/:request/refuse", object: request,
                expect: .office([.headR: .see("/office/officials", flash: "flash.role_change_refused"),
                                 .platformAdmin: .see("/office/officials", flash: "flash.role_change_refused"),
                                 .adminR: .forbidden, .headS: .notFound, .otherAgency: .notFound]), consumes: true,
                call: { context in
                    Call("/office/officials/requests/\(try await context.world.roleRequest(fresh: context.fresh))/refuse", form: [("reason", "matrix")])
                }),
        ]
    }
}
