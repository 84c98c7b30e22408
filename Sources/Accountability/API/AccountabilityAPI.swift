import PortalHTTP

/// `/api/v1/accountability/{agencies|units|services}` and `…/{code}`: the pages' figures as JSON
/// (public, cacheable; the list in the house's envelope). Read from the materialised figures only.
struct AccountabilityAPI {
    struct FiguresDTO: Content {
        var received: Int64
        var closed: Int64
        var onTime: Int64
        var late: Int64
        var onTimeShare: Double?
        var medianWorkingDays: Int?
        var p90WorkingDays: Int?
        var ratingAverage: Double?
        var ratingCount: Int64
        var receptionsHeld: Int64
        var noShows: Int64
        var followUpsClosed: Int64
        var followUpsOnTime: Int64
        var receptionRatingAverage: Double?
        var receptionRatingCount: Int64
        var servicesPublished: Int64
        var servicesOnline: Int64
        var paymentsCount: Int64
        /// qəpik
        var paymentsSum: Int64

        init(_ f: Figures) {
            func round(_ v: Double?, _ places: Double) -> Double? { v.map { ($0 * places).rounded() / places } }
            received = f.received; closed = f.closed; onTime = f.onTime; late = f.late
            onTimeShare = round(f.onTimeShare, 10_000)
            medianWorkingDays = f.medianDays; p90WorkingDays = f.p90Days
            ratingAverage = round(f.ratingAverage, 100); ratingCount = f.ratingCount
            receptionsHeld = f.receptionsHeld; noShows = f.noShows; followUpsClosed = f.followUpsClosed; followUpsOnTime = f.followUpsOnTime
            receptionRatingAverage = round(f.receptionRatingAverage, 100); receptionRatingCount = f.receptionRatingCount
            servicesPublished = f.servicesPublished; servicesOnline = f.servicesOnline
            paymentsCount = f.paymentsCount; paymentsSum = f.paymentsSum
        }
    }

    struct Entry: Content {
        var code: String
        var name: String
        /// Position in the ranking (authorities that closed an application in the period).
        var rank: Int?
        var figures: FiguresDTO
    }

    struct Period: Content {
        var from: String
        var to: String
        var computedAt: Date
    }

    struct Month: Content {
        var month: String
        var figures: FiguresDTO
    }

    struct Detail: Content {
        var code: String
        var name: String
        var kind: String
        var period: Period?
        var figures: FiguresDTO
        var months: [Month]
    }

    func register(_ api: any RoutesBuilder) {
        let group = api.grouped("accountability")
        group.get(":segment", use: list)
        group.get(":segment", ":code", use: detail)
    }

    @Sendable func list(req: Request) async throws -> Response {
        guard let segment = req.parameters.get("segment"), let kind = AccountabilityPages.segments[segment] else { throw Abort(.notFound) }
        let paging = try Paging(req, defaultLimit: 100, maxLimit: 1_000)
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        guard let period = try await report.period() else { return try await req.cachedJSON(ListPage<Entry>(all: [], paging: paging)) }
        let all = try await report.all(kind, in: period)
        let ranked = kind == .agency ? AccountabilityReport.ranked(all) : []
        let ranks = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($0.element.code, $0.offset + 1) })
        let ordered = ranked + all.filter { ranks[$0.code] == nil }
        var items: [Entry] = []
        for entry in ordered.dropFirst(paging.offset).prefix(paging.limit) {
            items.append(Entry(code: entry.code, name: try await Names.name(kind, entry.code, req) ?? entry.code, rank: ranks[entry.code],
                               figures: FiguresDTO(entry.figures)))
        }
        return try await req.cachedJSON(ListPage(items: items, total: ordered.count, paging: paging))
    }

    @Sendable func detail(req: Request) async throws -> Response {
        let (kind, _, code) = try AccountabilityPages.scopeParameters(req)
        guard let name = try await Names.page(kind, code, req) else { throw Abort(.notFound) }
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        var detail = Detail(code: code, name: name, kind: kind.rawValue, period: nil, figures: FiguresDTO(Figures()), months: [])
        if let period = try await report.period() {
            let scope = Scope(kind, code)
            detail.period = Period(from: period.from.iso, to: period.to.iso, computedAt: period.computedAt)
            detail.figures = FiguresDTO(try await report.figures(scope, in: period))
            detail.months = try await report.months(scope, in: period).map { Month(month: $0.month, figures: FiguresDTO($0.figures)) }
        }
        return try await req.cachedJSON(detail)
    }
}
