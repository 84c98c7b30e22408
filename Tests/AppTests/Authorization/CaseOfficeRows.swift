import Foundation
import PortalHTTP
import VaporTesting

/// Applications, the office's side: A's case belongs to agency Y in region R. R's operator, reviewer and
/// head work it (each only along the transition table); S's officials, the other agency and the registry
/// keeper get 404 (no probing); roles without case work (agency administrators, the platform
/// administrator) 403.
enum CaseOfficeRows {
    /// The case workers of R answer `e`; other case workers 404; the rest of the office 403.
    static func workersOfR(_ e: Expect, operatorR: Expect? = nil) -> [Actor: Expect] {
        .office([.operatorR: operatorR ?? e, .reviewerR: e, .headR: e,
                 .operatorS: .notFound, .headS: .notFound, .otherAgency: .notFound, .registryEditor: .notFound])
    }

    static var rows: [Row] { pageRows + apiRows }

    static var pageRows: [Row] {
        let received = ObjectUse.owned("citizen A's case at agency Y in region R")
        let inReview = ObjectUse.owned("citizen A's case in review at agency Y in region R")
        func back(_ flash: String) -> Expect { .see("/office/applications/{case}", flash: flash) }
        @Sendable func on(_ id: String, _ suffix: String, _ form: [(String, String)] = []) -> Call {
            Call("/office/applications/\(id)\(suffix)", form: form, values: ["case": id])
        }
        let queueShows = Expect.okShowing("/office/applications/{case}"), queueHides = Expect.okHiding("/office/applications/{case}")
        return [
            Row(method: .GET, route: "/office/applications",
                expect: .office([.operatorR: queueShows, .reviewerR: queueShows, .headR: queueShows, .operatorS: queueHides, .headS: queueHides,
                                 .otherAgency: queueHides, .registryEditor: queueHides]),
                call: { context in Call("/office/applications", values: ["case": try await context.world.receivedCaseOfA(fresh: false)]) }),
            // Heads' overdue list.
            Row(method: .GET, route: "/office/applications/overdue", expect: .office([.headR: .ok, .headS: .ok, .otherAgency: .ok])),
            Row(method: .GET, route: "/office/applications/:id", object: received, expect: workersOfR(.ok),
                call: { context in on(try await context.world.receivedCaseOfA(fresh: false), "") }),
            Row(method: .POST, route: "/office/applications/:id/assign", object: received, expect: workersOfR(back("flash.applications.assigned")),
                call: { context in on(try await context.world.receivedCaseOfA(fresh: false), "/assign", [("to", "me")]) }),
            Row(method: .POST, route: "/office/applications/:id/note", object: received, expect: workersOfR(back("flash.applications.noted")),
                call: { context in on(try await context.world.receivedCaseOfA(fresh: false), "/note", [("text", "Checked the register.")]) }),
            // Received → in review: any of R's case workers.
            Row(method: .POST, route: "/office/applications/:id/transition", object: received, expect: workersOfR(back("flash.applications.moved")),
                consumes: true, call: { context in
                    on(try await context.world.receivedCaseOfA(fresh: context.fresh), "/transition", [("to", "in_review")])
                }),
            // Received → rejected: reviewers and heads decide; the operator may not (409, the case stays).
            Row(method: .POST, route: "/office/applications/:id/transition", object: received,
                expect: workersOfR(back("flash.applications.moved"), operatorR: .conflict), consumes: true, call: { context in
                    on(try await context.world.receivedCaseOfA(fresh: context.fresh), "/transition",
                       [("to", "rejected"), ("reason", "not_eligible"), ("message", "Not eligible.")])
                }),
            // Sending a reviewed case to whoever decides: operators (reviewers and heads decide themselves: 403).
            Row(method: .POST, route: "/office/applications/:id/decision-request", object: inReview,
                expect: workersOfR(.forbidden, operatorR: back("flash.applications.sent_for_decision")), consumes: true, call: { context in
                    on(try await context.world.inReviewCaseOfA(fresh: context.fresh), "/decision-request", [("note", "Checked; all documents are in order.")])
                }),
            // A longer deadline: reviewers and heads (the operator 403).
            Row(method: .POST, route: "/office/applications/:id/extend", object: received,
                expect: workersOfR(back("flash.applications.extended"), operatorR: .forbidden), consumes: true, call: { context in
                    on(try await context.world.receivedCaseOfA(fresh: context.fresh), "/extend", [("days", "10"), ("reason", "Waiting for the archive.")])
                }),
            Row(method: .POST, route: "/office/applications/:id/result", object: inReview, expect: workersOfR(back("flash.applications.result_uploaded")),
                call: { context in
                    var call = on(try await context.world.inReviewCaseOfA(fresh: false), "/result")
                    call.upload = (field: "file", name: "netice.pdf", bytes: Data("%PDF-1.4 matrix".utf8), type: "application/pdf")
                    return call
                }),
            Row(method: .GET, route: "/office/applications/:id/files/:file", object: .owned("citizen A's upload on A's case in R"),
                expect: workersOfR(.ok), call: { context in
                    let id = try await context.world.receivedCaseOfA(fresh: false)
                    return Call("/office/applications/\(id)/files/\(try await context.world.fileOf(id))")
                }),
        ]
    }

    /// The office API: a token with `applications:office` of a case worker; the same scopes as the pages.
    static var apiRows: [Row] {
        let received = ObjectUse.owned("citizen A's case at agency Y in region R")
        let office = "applications:office"
        func api(_ e: Expect) -> [Actor: Expect] {
            Dictionary<Actor, Expect>.api(.forbidden).merging([.operatorR: e, .reviewerR: e, .headR: e, .operatorS: .notFound,
                                                                .headS: .notFound, .otherAgency: .notFound, .registryEditor: .notFound]) { $1 }
        }
        let shows = Expect.okShowing("{case}"), hides = Expect.okHiding("{case}")
        return [
            Row(method: .GET, route: "/api/v1/office/applications", scope: office,
                expect: Dictionary<Actor, Expect>.api(.forbidden).merging([.operatorR: shows, .reviewerR: shows, .headR: shows,
                                                                           .operatorS: hides, .headS: hides, .otherAgency: hides, .registryEditor: hides]) { $1 },
                call: { context in Call("/api/v1/office/applications", values: ["case": try await context.world.receivedCaseOfA(fresh: false)]) }),
            Row(method: .GET, route: "/api/v1/office/applications/:id", object: received, scope: office, expect: api(.ok),
                call: { context in Call("/api/v1/office/applications/\(try await context.world.receivedCaseOfA(fresh: false))") }),
            Row(method: .POST, route: "/api/v1/office/applications/:id/transition", object: received, scope: office, expect: api(.ok), consumes: true,
                call: { context in
                    Call("/api/v1/office/applications/\(try await context.world.receivedCaseOfA(fresh: context.fresh))/transition", json: #"{"to":"in_review"}"#)
                }),
            Row(method: .POST, route: "/api/v1/office/applications/:id/notes", object: received, scope: office, expect: api(.noContent),
                call: { context in
                    Call("/api/v1/office/applications/\(try await context.world.receivedCaseOfA(fresh: false))/notes", json: #"{"text":"Checked."}"#)
                }),
        ]
    }
}
