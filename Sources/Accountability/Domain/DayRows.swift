import Applications
import Catalog
import Foundation
import Payments
import PortalCore
import Reception

/// One day's rows, built from what the modules published for that day: every record counts once in
/// the country, its authority, its territorial unit and (for applications) its service.
public struct DayRows: Sendable, Equatable {
    public private(set) var values: [Scope: [String: Int64]] = [:]

    public init() {}

    mutating func add(_ scopes: [Scope], _ metric: String, _ amount: Int64 = 1) {
        for scope in scopes { values[scope, default: [:]][metric, default: 0] += amount }
    }

    mutating func add(_ scopes: [Scope], _ metric: Metric, _ amount: Int64 = 1) { add(scopes, metric.rawValue, amount) }

    public func value(_ scope: Scope, _ metric: Metric) -> Int64 { values[scope]?[metric.rawValue] ?? 0 }

    public var count: Int { values.values.reduce(0) { $0 + $1.count } }

    /// `agencyCodes` names the agencies the modules give by id.
    public static func build(applications: ApplicationsStatistics.Day, reception: ReceptionStatistics.Day,
                             services: [CatalogStatistics.PublishedService], payments: [PaymentsStatistics.Paid],
                             agencyCodes: [UUID: String]) -> DayRows {
        var rows = DayRows()
        func caseScopes(_ p: ApplicationsStatistics.Place) -> [Scope] {
            [.country, agencyCodes[p.agencyID].map { Scope(.agency, $0) }, p.unitCode.map { Scope(.unit, $0) }, Scope(.service, p.serviceCode)]
                .compactMap { $0 }
        }
        func receptionScopes(_ p: ReceptionStatistics.Place) -> [Scope] {
            [.country, agencyCodes[p.agencyID].map { Scope(.agency, $0) }, Scope(.unit, p.unitCode)].compactMap { $0 }
        }
        for place in applications.received { rows.add(caseScopes(place), .received) }
        for c in applications.closed {
            let s = caseScopes(c.place)
            rows.add(s, .closed)
            rows.add(s, c.onTime ? .onTime : .late)
            rows.add(s, DurationHistogram.metric(days: c.workingDays))
        }
        for r in applications.ratings {
            rows.add(caseScopes(r.place), .ratingSum, Int64(r.rating))
            rows.add(caseScopes(r.place), .ratingCount)
        }
        for place in reception.held { rows.add(receptionScopes(place), .held) }
        for place in reception.noShows { rows.add(receptionScopes(place), .noShows) }
        for f in reception.followUpsClosed {
            rows.add(receptionScopes(f.place), .followUpsClosed)
            if f.onTime { rows.add(receptionScopes(f.place), .followUpsOnTime) }
        }
        for r in reception.ratings {
            rows.add(receptionScopes(r.place), .receptionRatingSum, Int64(r.rating))
            rows.add(receptionScopes(r.place), .receptionRatingCount)
        }
        for s in services {
            // Per authority and country only: a share of one service would be 0 or 1, and a row per
            // service per day would outnumber every other figure.
            let at = [Scope.country, Scope(.agency, s.agencyCode)]
            rows.add(at, .servicesPublished)
            rows.add(at, .servicesOnline, s.electronic ? 1 : 0)
        }
        for p in payments where p.amount.currency == "AZN" {
            let at = [Scope.country, Scope(.agency, p.agencyCode), p.unitCode.map { Scope(.unit, $0) }].compactMap { $0 }
            rows.add(at, .paymentsCount)
            rows.add(at, .paymentsSum, p.amount.minorUnits)
        }
        return rows
    }
}
