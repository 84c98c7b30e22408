import Foundation
import PortalHTTP
import VaporTesting

/// The shell (home, search, health, metrics, the OpenAPI document), the reference data (agencies,
/// territorial units) and the office's register look-ups.
enum ShellRows {
    static var rows: [Row] {
        let agency = ObjectUse.publicObject("agency Y, a public reference record")
        return [
            Row(method: .GET, route: "/", expect: .all(.ok)),
            Row(method: .GET, route: "/search", expect: .all(.ok), call: { _ in Call("/search?q=nikah") }),
            Row(method: .GET, route: "/health", expect: .all(.ok)),
            Row(method: .GET, route: "/ready", expect: .all(.ok)),
            // Loopback clients or the metrics token only (EdgeConfigTests.metricsAccess): in-memory requests have no address.
            Row(method: .GET, route: "/metrics", expect: .all(.forbidden)),
            Row(method: .GET, route: "/api/openapi.json", expect: .all(.ok)),
            Row(method: .GET, route: "/agencies", expect: .all(.ok)),
            Row(method: .GET, route: "/agencies/:code", object: agency, expect: .all(.ok), call: { _ in Call("/agencies/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/api/v1/agencies", expect: .all(.ok)),
            Row(method: .GET, route: "/api/v1/agencies/:code", object: agency, expect: .all(.ok),
                call: { _ in Call("/api/v1/agencies/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/api/v1/territorial-units", expect: .all(.ok)),
        ] + lookupRows
    }

    /// Register look-ups: operators, reviewers and heads (never agency administrators or the platform
    /// administrator); a regional official finds only residents of their unit — A lives in R, so S's
    /// officials get the same page as for a FIN not in the register.
    static var lookupRows: [Row] {
        let lookers: [Actor: Expect] = [.operatorR: .ok, .reviewerR: .ok, .headR: .ok, .operatorS: .ok, .headS: .ok, .otherAgency: .ok, .registryEditor: .ok]
        let found = Expect.okShowing("citizenA")
        let lookUp: @Sendable (CallContext) async throws -> Call = { _ in
            Call("/office/people", form: [("fin", MatrixCast.fins[.citizenA]!), ("purpose", "case"), ("reference", "matrix")])
        }
        return [
            Row(method: .GET, route: "/office/people", expect: .office(lookers)),
            Row(method: .POST, route: "/office/people",
                expect: .office([.operatorR: found, .reviewerR: found, .headR: found, .operatorS: .okHiding("citizenA"),
                                 .headS: .okHiding("citizenA"), .otherAgency: found, .registryEditor: found]),
                call: lookUp),
            // The hourly quota (lowered to 2 for the matrix) is counted per official in the database: the
            // third look-up of the hour answers 429; people without the right never reach it.
            Row(method: .POST, route: "/office/people",
                expect: .office([.operatorR: .tooManyRequests, .reviewerR: .tooManyRequests, .headR: .tooManyRequests,
                                 .operatorS: .tooManyRequests, .headS: .tooManyRequests, .otherAgency: .tooManyRequests,
                                 .registryEditor: .tooManyRequests]),
                call: { context in
                    if Actor.enrolledOfficials.contains(context.actor) {
                        _ = try await context.world.browser(context.actor).post("/office/people", try await lookUp(context).form)
                    }
                    return try await lookUp(context)
                }),
        ]
    }
}
