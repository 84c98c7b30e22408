import Catalog
import PortalHTTP

/// The public accountability pages and their CSV files. They read only the materialised figures
/// (`AccountabilityReport`), never the modules' records.
struct AccountabilityPages {
    static let segments: [String: Scope.Kind] = ["agencies": .agency, "units": .unit, "services": .service]

    func register(_ web: any RoutesBuilder) {
        let group = web.grouped("accountability")
        group.get(use: overview)
        group.get("agencies.csv", use: rankingCSV)
        group.get("units.csv", use: unitsCSV)
        group.get(":segment", ":code", use: scope)
        group.get(":segment", ":code", "months.csv", use: monthsCSV)
    }

    @Sendable func overview(req: Request) async throws -> Response {
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        let lang = req.language
        guard let period = try await report.period() else {
            return try req.render(OverviewPage(periodText: nil, asOf: nil, country: nil, ranking: [], units: []), titleKey: "accountability.title", forms: false)
        }
        let country = try await report.figures(.country, in: period)
        let ranked = AccountabilityReport.ranked(try await report.all(.agency, in: period))
        var ranking: [OverviewPage.Ranked] = []
        for (i, entry) in ranked.enumerated() {
            ranking.append(.init(rank: i + 1, code: entry.code, name: try await Names.name(.agency, entry.code, req) ?? entry.code,
                                 text: FigureText(entry.figures, lang)))
        }
        var units: [OverviewPage.UnitRow] = []
        for entry in try await report.all(.unit, in: period) where entry.figures.received + entry.figures.closed + entry.figures.receptionsHeld > 0 {
            units.append(.init(code: entry.code, name: try await Names.name(.unit, entry.code, req) ?? entry.code, text: FigureText(entry.figures, lang),
                               percent: entry.figures.onTimeShare.map { Int(($0 * 100).rounded()) }))
        }
        let page = OverviewPage(periodText: Self.periodText(period, lang), asOf: BakuTime.display(period.computedAt, lang),
                                country: FigureText(country, lang), ranking: ranking, units: units.sortedAzerbaijani(by: \.name))
        return try req.render(page, titleKey: "accountability.title", forms: false)
    }

    @Sendable func scope(req: Request) async throws -> Response {
        let (kind, segment, code) = try Self.scopeParameters(req)
        guard let name = try await Names.page(kind, code, req) else { throw Abort(.notFound) }
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        let lang = req.language
        var page = ScopePage(segment: segment, code: code, name: name, months: [])
        if let period = try await report.period() {
            let scope = Scope(kind, code)
            page.periodText = Self.periodText(period, lang)
            page.asOf = BakuTime.display(period.computedAt, lang)
            page.figures = FigureText(try await report.figures(scope, in: period), lang)
            page.months = try await report.months(scope, in: period).map {
                .init(month: FigureText.month($0.month), text: FigureText($0.figures, lang), closed: $0.figures.closed, onTime: $0.figures.onTime)
            }
        }
        return try req.render(page, titleKey: "accountability.scope.title", titleArguments: [name], forms: false)
    }

    @Sendable func rankingCSV(req: Request) async throws -> Response {
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        var rows = [Self.csvHeader(first: ["rank", "agency_code", "agency"])]
        if let period = try await report.period() {
            for (i, entry) in AccountabilityReport.ranked(try await report.all(.agency, in: period)).enumerated() {
                rows.append([String(i + 1), entry.code, try await Names.name(.agency, entry.code, req) ?? ""] + Self.csvFigures(entry.figures))
            }
        }
        return .download(CSV.render(rows), filename: "accountability-agencies.csv", contentType: DownloadType.csv, personal: false)
    }

    @Sendable func unitsCSV(req: Request) async throws -> Response {
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        var rows = [Self.csvHeader(first: ["unit_code", "unit"])]
        if let period = try await report.period() {
            for entry in try await report.all(.unit, in: period) {
                rows.append([entry.code, try await Names.name(.unit, entry.code, req) ?? ""] + Self.csvFigures(entry.figures))
            }
        }
        return .download(CSV.render(rows), filename: "accountability-units.csv", contentType: DownloadType.csv, personal: false)
    }

    @Sendable func monthsCSV(req: Request) async throws -> Response {
        let (kind, segment, code) = try Self.scopeParameters(req)
        guard try await Names.page(kind, code, req) != nil else { throw Abort(.notFound) }
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        var rows = [Self.csvHeader(first: ["month"])]
        if let period = try await report.period() {
            for month in try await report.months(Scope(kind, code), in: period) { rows.append([month.month] + Self.csvFigures(month.figures)) }
        }
        return .download(CSV.render(rows), filename: "accountability-\(segment)-\(code)-months.csv", contentType: DownloadType.csv, personal: false)
    }

    static func scopeParameters(_ req: Request) throws -> (Scope.Kind, String, String) {
        guard let segment = req.parameters.get("segment"), let kind = segments[segment], let code = req.parameters.get("code"),
              !code.isEmpty, code.count <= 64 else { throw Abort(.notFound) }
        return (kind, segment, code)
    }

    static func periodText(_ period: AccountabilityReport.Period, _ lang: Language) -> String {
        "\(BakuTime.displayDate(period.from, lang)) – \(BakuTime.displayDate(period.to, lang))"
    }

    static func csvHeader(first: [String]) -> [String] {
        first + ["received", "closed", "on_time", "late", "on_time_share", "median_working_days", "p90_working_days", "rating_average",
                 "rating_count", "receptions_held", "no_shows", "follow_ups_closed", "follow_ups_on_time", "services_published",
                 "services_online", "payments_count", "payments_sum_azn"]
    }

    static func csvFigures(_ f: Figures) -> [String] {
        [String(f.received), String(f.closed), String(f.onTime), String(f.late), f.onTimeShare.map { String(format: "%.4f", $0) } ?? "",
         f.medianDays.map(String.init) ?? "", f.p90Days.map(String.init) ?? "", f.ratingAverage.map { String(format: "%.2f", $0) } ?? "",
         String(f.ratingCount), String(f.receptionsHeld), String(f.noShows), String(f.followUpsClosed), String(f.followUpsOnTime),
         String(f.servicesPublished), String(f.servicesOnline), String(f.paymentsCount), String(format: "%lld.%02lld", f.paymentsSum / 100, f.paymentsSum % 100)]
    }
}

/// The names of scopes in the reader's language: the Reference directory and the catalog.
enum Names {
    /// A scope's page exists when its name is known, or (a service no longer in the catalog) when it has
    /// figures: its code stands for its name.
    static func page(_ kind: Scope.Kind, _ code: String, _ req: Request) async throws -> String? {
        if let name = try await name(kind, code, req) { return name }
        return try await AccountabilityQueries(db: req.db).exists(Scope(kind, code)) ? code : nil
    }

    static func name(_ kind: Scope.Kind, _ code: String, _ req: Request) async throws -> String? {
        let lang = req.language
        switch kind {
        case .all: return req.t("accountability.country")
        case .agency: return try await req.portal.directory.agency(code: code)?.name.text(lang)
        case .unit: return try await req.portal.directory.unit(code: code)?.name.text(lang)
        case .service: return try await req.application.catalog.index(on: req.application).entry(code: code)?.definition.name.text(lang)
        }
    }
}
