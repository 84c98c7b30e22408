import Foundation
import PortalHTTP
import VaporTesting

/// Accountability: the figures, their CSV and JSON are public; the overdue cases by official are a
/// head's (agency Y's heads in R and S see Y's; the other agency's head sees only its own, 404 for Y's;
/// every other official 403).
enum AccountabilityRows {
    static var rows: [Row] {
        let agency = ObjectUse.publicObject("agency Y's public figures")
        let overdue = ObjectUse.owned("agency Y's overdue cases, a head's of Y")
        let heads: [Actor: Expect] = [.headR: .ok, .headS: .ok, .otherAgency: .notFound]
        return [
            Row(method: .GET, route: "/accountability", expect: .all(.ok)),
            Row(method: .GET, route: "/accountability/agencies.csv", expect: .all(.ok)),
            Row(method: .GET, route: "/accountability/units.csv", expect: .all(.ok)),
            Row(method: .GET, route: "/accountability/:segment/:code", object: agency, expect: .all(.ok),
                call: { _ in Call("/accountability/agencies/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/accountability/:segment/:code/months.csv", object: agency, expect: .all(.ok),
                call: { _ in Call("/accountability/agencies/\(MatrixCast.agencyY)/months.csv") }),
            Row(method: .GET, route: "/api/v1/accountability/:segment", object: .publicObject("the authorities' figures, a public list"),
                expect: .all(.ok), call: { _ in Call("/api/v1/accountability/agencies") }),
            Row(method: .GET, route: "/api/v1/accountability/:segment/:code", object: agency, expect: .all(.ok),
                call: { _ in Call("/api/v1/accountability/agencies/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/office/accountability", expect: .office([.headR: .ok, .headS: .ok, .otherAgency: .ok])),
            Row(method: .GET, route: "/office/accountability/agencies/:code", object: overdue, expect: .office(heads),
                call: { _ in Call("/office/accountability/agencies/\(MatrixCast.agencyY)") }),
            Row(method: .GET, route: "/office/accountability/agencies/:code/overdue.csv", object: overdue, expect: .office(heads),
                call: { _ in Call("/office/accountability/agencies/\(MatrixCast.agencyY)/overdue.csv") }),
        ]
    }
}
