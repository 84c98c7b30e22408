import Applications
import Catalog
import Fluent
import Payments
import PortalDB
import PortalHTTP
import Reception

/// The daily job: a day's figures read through the modules' Statistics and stored as that day's rows,
/// replacing whatever the day had (re-running a day gives the same rows). Incremental: `catchUp`
/// recomputes the last computed day (it may have been computed while it was still going on) and every
/// day after it up to today.
public struct ComputeFigures: Sendable {
    public enum Outcome: Sendable, Equatable {
        case computed(days: Int, rows: Int)
    }

    /// A first computation goes back at most this far.
    public static let firstRunDays = 400

    let app: Application

    public init(app: Application) { self.app = app }

    /// Reads what the modules published for `day` (nothing is written).
    public func rows(for day: LocalDate) async throws -> DayRows {
        let db = app.db
        guard let end = day.adding(days: 1).startOfDay(), let start = day.startOfDay() else { return DayRows() }
        let applications = try await ApplicationsStatistics.day(day, calendar: app.portal.calendar, on: db)
        let reception = try await ReceptionStatistics.day(day, on: db)
        let services = try await CatalogStatistics.published(by: end, on: db)
        let payments = try await PaymentsStatistics.paid(from: start, to: end, on: db)
        var codes: [UUID: String] = [:]
        for agency in try await app.portal.directory.agencies() { codes[agency.id] = agency.code }
        return DayRows.build(applications: applications, reception: reception, services: services, payments: payments, agencyCodes: codes)
    }

    /// Computes and stores one day.
    @discardableResult
    public func run(day: LocalDate) async throws -> Outcome {
        let rows = try await rows(for: day)
        let iso = day.iso
        let now = app.portal.now()
        var models: [FigureModel] = []
        for (scope, metrics) in rows.values {
            for (metric, value) in metrics { models.append(FigureModel(day: iso, scope: scope, metric: metric, value: value)) }
        }
        let batch = models
        try await app.db.writeTransaction { db in
            try await FigureModel.query(on: db).filter(\.$day == iso).delete()
            for chunk in stride(from: 0, to: batch.count, by: 500) {
                try await Array(batch[chunk..<min(chunk + 500, batch.count)]).create(on: db)
            }
            try await AccountabilityQueries(db: db).rebuildMonth(of: day)
            try await ComputedDayModel.query(on: db).filter(\.$id == iso).delete()
            try await ComputedDayModel(day: iso, computedAt: now, rows: batch.count).create(on: db)
        }
        return .computed(days: 1, rows: batch.count)
    }

    /// Computes every day from `from` to `to` inclusive.
    @discardableResult
    public func run(from: LocalDate, to: LocalDate) async throws -> Outcome {
        var (days, rows) = (0, 0)
        var day = from
        while day <= to {
            if case .computed(_, let n) = try await run(day: day) { rows += n }
            days += 1
            day = day.adding(days: 1)
        }
        return .computed(days: days, rows: rows)
    }

    /// The scheduled job's step: from the last computed day (or the first case, at most
    /// `firstRunDays` back) to today.
    @discardableResult
    public func catchUp() async throws -> Outcome {
        let today = LocalDate(app.portal.now())
        let last = try await AccountabilityQueries(db: app.db).lastComputedDay()
        let earliest = today.adding(days: -Self.firstRunDays)
        let start: LocalDate
        if let last {
            start = min(last, today)
        } else {
            let firstCase = try await ApplicationsStatistics.firstReceivedDay(on: app.db) ?? today
            start = max(min(firstCase, today.adding(days: -60)), earliest)
        }
        return try await run(from: min(start, today), to: today)
    }
}
