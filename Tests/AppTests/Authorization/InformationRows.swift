import Foundation
import PortalHTTP
import VaporTesting

/// Information: district portals, items, feeds and the sitemap are public; the newsroom is per agency —
/// every official of Y edits Y's items, Y's reviewers and heads (and the platform administrator)
/// publish, send back and withdraw them, never the submitter; officials of other agencies (the Quba
/// executive authority, ASAN) have newsrooms of their own and find none of Y's items (404).
enum InformationRows {
    static var rows: [Row] { publicRows + newsroomRows + decisionRows }

    static var publicRows: [Row] {
        let item = ObjectUse.publicObject("a news item of agency Y, published")
        let document = ObjectUse.publicObject("a document of agency Y with its PDF, published")
        return [
            Row(method: .GET, route: "/r", expect: .all(.ok)),
            Row(method: .GET, route: "/r/:unit", object: .publicObject("Quba's district portal"), expect: .all(.ok), call: { _ in Call("/r/\(MatrixCast.regionR)") }),
            Row(method: .GET, route: "/r/:unit/feed.atom", object: .publicObject("Quba's feed"), expect: .all(.ok),
                call: { _ in Call("/r/\(MatrixCast.regionR)/feed.atom") }),
            Row(method: .GET, route: "/agencies/:code/information", object: .publicObject("agency Y's information"), expect: .all(.ok),
                call: { _ in Call("/agencies/\(MatrixCast.agencyY)/information") }),
            Row(method: .GET, route: "/agencies/:code/feed.atom", object: .publicObject("agency Y's feed"), expect: .all(.ok),
                call: { _ in Call("/agencies/\(MatrixCast.agencyY)/feed.atom") }),
            Row(method: .GET, route: "/agencies/:code/:segment/:slug", object: item, expect: .all(.ok),
                call: { context in Call(try await context.world.publishedItemOfY(fresh: false).path) }),
            Row(method: .GET, route: "/agencies/:code/:segment/:slug/versions/:version", object: item, expect: .all(.ok),
                call: { context in Call(try await context.world.publishedItemOfY(fresh: false).path + "/versions/1") }),
            Row(method: .GET, route: "/agencies/:code/:segment/:slug/file", object: document, expect: .all(.ok),
                call: { context in Call(try await context.world.publishedDocumentOfY + "/file") }),
            Row(method: .GET, route: "/sitemap.xml", expect: .all(.ok)),
        ]
    }

    static let enrolled: [Actor: Expect] = Dictionary(uniqueKeysWithValues: Actor.enrolledOfficials.map { ($0, Expect.ok) })
    /// Y's officials (all of whom may edit Y's items) and the platform administrator.
    static let editorsOfY: [Actor] = [.operatorR, .reviewerR, .headR, .adminR, .operatorS, .headS, .platformAdmin]
    static let publishersOfY: [Actor] = [.reviewerR, .headR, .headS, .platformAdmin]
    /// Officials of other agencies: Y's items are not there for them.
    static let strangers: [Actor: Expect] = [.otherAgency: .notFound, .registryEditor: .notFound]

    static func only(_ actors: [Actor], _ e: Expect, others: [Actor: Expect] = strangers) -> [Actor: Expect] {
        var map = others
        for actor in actors { map[actor] = e }
        return map
    }

    static var newsroomRows: [Row] {
        let draft = ObjectUse.owned("a draft news item of agency Y, by R's operator")
        let document = ObjectUse.owned("a draft document of agency Y, by R's operator")
        let saved = Expect.see("/office/information/{id}", flash: "flash.information.draft_saved")
        let created = Expect.seeUnder("/office/information/", flash: "flash.information.draft_saved")
        return [
            Row(method: .GET, route: "/office/information", expect: .office(enrolled)),
            Row(method: .GET, route: "/office/information/new", expect: .office(enrolled)),
            Row(method: .POST, route: "/office/information",
                expect: .office(only(editorsOfY, created, others: [.otherAgency: .forbidden, .registryEditor: .forbidden])),
                call: { _ in Call("/office/information", form: MatrixWorld.itemForm) }),
            Row(method: .GET, route: "/office/information/:id", object: draft, expect: .office(only(editorsOfY, .ok)),
                call: { context in Call("/office/information/\(try await context.world.draftItemOfY(fresh: false))") }),
            Row(method: .GET, route: "/office/information/:id/edit", object: draft, expect: .office(only(editorsOfY, .ok)),
                call: { context in Call("/office/information/\(try await context.world.draftItemOfY(fresh: false))/edit") }),
            Row(method: .POST, route: "/office/information/:id", object: draft, expect: .office(only(editorsOfY, saved)), call: { context in
                let id = try await context.world.draftItemOfY(fresh: false)
                return Call("/office/information/\(id)", form: MatrixWorld.itemForm.filter { !["agency", "kind"].contains($0.0) }, values: ["id": id])
            }),
            Row(method: .POST, route: "/office/information/:id/submit", object: draft,
                expect: .office(only(editorsOfY, .see("/office/information/{id}", flash: "flash.information.submitted"))), consumes: true,
                call: { context in
                    let id = try await context.world.draftItemOfY(fresh: context.fresh)
                    return Call("/office/information/\(id)/submit", values: ["id": id])
                }),
            Row(method: .POST, route: "/office/information/:id/file", object: document,
                expect: .office(only(editorsOfY, .see("/office/information/{id}", flash: "flash.information.file_attached"))), call: { context in
                    let id = try await context.world.draftItemOfY(fresh: false, kind: "documents")
                    var call = Call("/office/information/\(id)/file", values: ["id": id])
                    call.upload = (field: "file", name: "qerar.pdf", bytes: Data("%PDF-1.4\n%%EOF\n".utf8), type: "application/pdf")
                    return call
                }),
        ]
    }

    /// Publishing, sending back and withdrawing: Y's reviewers and heads and the platform administrator;
    /// Y's operators and administrator 403 (no publishing right); the submitter is R's operator.
    static var decisionRows: [Row] {
        let submitted = ObjectUse.owned("a news item of agency Y submitted by R's operator")
        let published = ObjectUse.owned("a news item of agency Y published by R's reviewer")
        func decided(_ flash: String) -> [Actor: Expect] {
            only(publishersOfY, .see("/office/information/{id}", flash: flash), others: strangers.merging(
                [.operatorR: .forbidden, .adminR: .forbidden, .operatorS: .forbidden]) { $1 })
        }
        return [
            Row(method: .POST, route: "/office/information/:id/publish", object: submitted, expect: .office(decided("flash.information.published")),
                consumes: true, call: { context in
                    let id = try await context.world.submittedItemOfY(fresh: context.fresh)
                    return Call("/office/information/\(id)/publish", values: ["id": id])
                }),
            Row(method: .POST, route: "/office/information/:id/return", object: submitted, expect: .office(decided("flash.information.returned")),
                consumes: true, call: { context in
                    let id = try await context.world.submittedItemOfY(fresh: context.fresh)
                    return Call("/office/information/\(id)/return", values: ["id": id])
                }),
            Row(method: .POST, route: "/office/information/:id/withdraw", object: published, expect: .office(decided("flash.information.withdrawn")),
                consumes: true, call: { context in
                    let id = try await context.world.publishedItemOfY(fresh: context.fresh).id
                    return Call("/office/information/\(id)/withdraw", form: [("reason", "Matris: səhv məlumat")], values: ["id": id])
                }),
        ]
    }
}
