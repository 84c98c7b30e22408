import Foundation
import PortalHTTP
import VaporTesting

/// Applications, the citizen's side: A's cases are A's (company X's also its representative's);
/// anyone else, officials included, gets 404 — an id cannot be probed.
enum ApplicationRows {
    static var rows: [Row] { citizenRows + apiRows + CaseOfficeRows.rows + FormOfficeRows.rows }

    /// 404 for everyone signed in but `owners`, who get their answer.
    static func onlyFor(_ owners: [Actor: Expect]) -> [Actor: Expect] {
        var map = Dictionary<Actor, Expect>.signedIn(.notFound)
        for (actor, e) in owners { map[actor] = e }
        return map
    }

    static var citizenRows: [Row] {
        let service = ObjectUse.publicObject("a published e-service of agency Y")
        let draft = ObjectUse.owned("citizen A's draft application to agency Y")
        let received = ObjectUse.owned("citizen A's case at agency Y in region R")
        let companyDraft = ObjectUse.owned("company X's draft application (started by its director A)")
        return [
            Row(method: .GET, route: "/services/:code/apply", object: service, expect: .signedIn(.ok),
                call: { _ in Call("/services/\(MatrixWorld.draftService)/apply") }),
            // Everyone may apply for themselves: the pages continue the person's own open draft.
            Row(method: .POST, route: "/services/:code/apply", object: service, expect: .signedIn(.seeUnder("/applications/")),
                call: { _ in Call("/services/\(MatrixWorld.caseService)/apply") }),
            Row(method: .GET, route: "/applications",
                expect: Dictionary<Actor, Expect>.signedIn(.okHiding("/applications/{case}")).with([.citizenA], .okShowing("/applications/{case}")),
                call: { context in Call("/applications", values: ["case": try await context.world.receivedCaseOfA(fresh: false)]) }),
            Row(method: .GET, route: "/applications/:id", object: received, expect: onlyFor([.citizenA: .ok]),
                call: { context in Call("/applications/\(try await context.world.receivedCaseOfA(fresh: false))") }),
            Row(method: .GET, route: "/applications/:id", object: companyDraft, expect: onlyFor([.citizenA: .ok, .representativeX: .ok]),
                call: { context in Call("/applications/\(try await context.world.companyDraftOfX)") }),
            Row(method: .GET, route: "/applications/:id/pages/:page", object: draft, expect: onlyFor([.citizenA: .ok]),
                call: { context in Call("/applications/\(try await context.world.draftOfA(fresh: false))/pages/applicant") }),
            Row(method: .POST, route: "/applications/:id/pages/:page", object: draft,
                expect: onlyFor([.citizenA: .see("/applications/{case}/pages/child")]), call: { context in
                    let id = try await context.world.draftOfA(fresh: false)
                    return Call("/applications/\(id)/pages/applicant", form: [("phone", "050 123 45 67"), ("email", "")], values: ["case": id])
                }),
            // "Continue": the first page still to answer, or the check.
            Row(method: .GET, route: "/applications/:id/resume", object: draft, expect: onlyFor([.citizenA: .seeUnder("/applications/{case}/")]),
                call: { context in
                    let id = try await context.world.draftOfA(fresh: false)
                    return Call("/applications/\(id)/resume", values: ["case": id])
                }),
            // The printable copy of the submitted answers.
            Row(method: .GET, route: "/applications/:id/answers", object: received, expect: onlyFor([.citizenA: .ok]),
                call: { context in Call("/applications/\(try await context.world.receivedCaseOfA(fresh: false))/answers") }),
            Row(method: .GET, route: "/applications/:id/check", object: draft, expect: onlyFor([.citizenA: .ok]),
                call: { context in Call("/applications/\(try await context.world.draftOfA(fresh: false))/check") }),
            Row(method: .POST, route: "/applications/:id/submit", object: draft,
                expect: onlyFor([.citizenA: .see("/applications/{case}", flash: "flash.applications.submitted")]), consumes: true,
                call: { context in
                    let id = try await context.world.completeDraftOfA(fresh: context.fresh)
                    return Call("/applications/\(id)/submit", values: ["case": id])
                }),
            Row(method: .POST, route: "/applications/:id/cancel", object: draft,
                expect: onlyFor([.citizenA: .see("/applications/{case}", flash: "flash.applications.cancelled")]), consumes: true,
                call: { context in
                    let id = try await context.world.draftOfA(fresh: context.fresh)
                    return Call("/applications/\(id)/cancel", values: ["case": id])
                }),
            Row(method: .POST, route: "/applications/:id/answer", object: .owned("citizen A's case in R, waiting for A's answer"),
                expect: onlyFor([.citizenA: .see("/applications/{case}", flash: "flash.applications.answered")]), consumes: true,
                call: { context in
                    let id = try await context.world.infoRequestedCaseOfA(fresh: context.fresh)
                    return Call("/applications/\(id)/answer", form: [("message", "Sent again.")], values: ["case": id])
                }),
            Row(method: .POST, route: "/applications/:id/rating", object: .owned("citizen A's completed case in R"),
                expect: onlyFor([.citizenA: .see("/applications/{case}", flash: "flash.applications.rated")]), consumes: true,
                call: { context in
                    let id = try await context.world.completedCaseOfA(fresh: context.fresh)
                    return Call("/applications/\(id)/rating", form: [("rating", "5"), ("comment", "Quick.")], values: ["case": id])
                }),
            Row(method: .GET, route: "/applications/:id/files/:file", object: .owned("citizen A's upload on A's case in R"),
                expect: onlyFor([.citizenA: .ok]), call: { context in
                    let id = try await context.world.receivedCaseOfA(fresh: false)
                    return Call("/applications/\(id)/files/\(try await context.world.fileOf(id))")
                }),
        ]
    }

    static var apiRows: [Row] {
        let draft = ObjectUse.owned("citizen A's draft application to agency Y")
        let received = ObjectUse.owned("citizen A's case at agency Y in region R")
        let read = "applications:read", write = "applications:write"
        return [
            Row(method: .GET, route: "/api/v1/applications", scope: read,
                expect: Dictionary<Actor, Expect>.api(.okHiding("{case}")).with([.citizenA], .okShowing("{case}")),
                call: { context in Call("/api/v1/applications", values: ["case": try await context.world.receivedCaseOfA(fresh: false)]) }),
            Row(method: .POST, route: "/api/v1/applications", scope: write, expect: .api(.created),
                call: { _ in Call("/api/v1/applications", json: #"{"service":"\#(MatrixWorld.draftService)"}"#) }),
            Row(method: .GET, route: "/api/v1/applications/:id", object: received, scope: read, expect: apiOnlyFor(.ok),
                call: { context in Call("/api/v1/applications/\(try await context.world.receivedCaseOfA(fresh: false))") }),
            Row(method: .PUT, route: "/api/v1/applications/:id/answers", object: draft, scope: write, expect: apiOnlyFor(.ok),
                call: { context in
                    Call("/api/v1/applications/\(try await context.world.draftOfA(fresh: false))/answers",
                         json: #"{"page":"applicant","answers":{"values":{"phone":"+994501234567"},"groups":{}}}"#)
                }),
            Row(method: .POST, route: "/api/v1/applications/:id/submit", object: draft, scope: write, expect: apiOnlyFor(.ok), consumes: true,
                call: { context in Call("/api/v1/applications/\(try await context.world.completeDraftOfA(fresh: context.fresh))/submit", json: "{}") }),
            Row(method: .POST, route: "/api/v1/applications/:id/cancel", object: draft, scope: write, expect: apiOnlyFor(.ok), consumes: true,
                call: { context in Call("/api/v1/applications/\(try await context.world.draftOfA(fresh: context.fresh))/cancel", json: "{}") }),
            Row(method: .GET, route: "/api/v1/applications/:id/timeline", object: received, scope: read, expect: apiOnlyFor(.ok),
                call: { context in Call("/api/v1/applications/\(try await context.world.receivedCaseOfA(fresh: false))/timeline") }),
        ]
    }

    /// API: 401 without a token, `owner` for A, 404 for everyone else.
    static func apiOnlyFor(_ owner: Expect) -> [Actor: Expect] {
        Dictionary<Actor, Expect>.api(.notFound).with([.citizenA], owner)
    }
}
