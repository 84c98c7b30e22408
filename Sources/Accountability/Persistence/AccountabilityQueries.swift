import Fluent
import Foundation
import PortalHTTP
import SQLKit

/// Every read of the materialised figures (the pages and the API read nothing else): sums over a
/// period by scope and metric, the registry snapshot of a day, monthly series, the days computed.
struct AccountabilityQueries {
    let db: any Database

    var sql: any SQLDatabase {
        get throws { try db.sql() }
    }

    func lastComputedDay() async throws -> LocalDate? {
        try await ComputedDayModel.query(on: db).sort(\.$id, .descending).first()?.id.flatMap(LocalDate.init(iso:))
    }

    /// The newest computed day, and the time of the newest computation of any day (a past day
    /// recomputed changes the figures too).
    func lastComputation() async throws -> (day: LocalDate, at: Date)? {
        guard let row = try await ComputedDayModel.query(on: db).sort(\.$id, .descending).first(),
              let day = row.id.flatMap(LocalDate.init(iso:)) else { return nil }
        let newest = try await ComputedDayModel.query(on: db).max(\.$computedAt) ?? row.computedAt
        return (day, newest)
    }

    /// The newest computed day on or before `day` (where a period's registry snapshot is read).
    func lastComputedDay(onOrBefore day: LocalDate) async throws -> LocalDate? {
        try await ComputedDayModel.query(on: db).filter(\.$id <= day.iso).sort(\.$id, .descending).first()?.id.flatMap(LocalDate.init(iso:))
    }

    /// {scope code: {metric: sum}} over the months `from`…`to` (`YYYY-MM`) for one kind of scope, or one
    /// scope when `code` is given; read from the monthly sums.
    func sums(_ kind: Scope.Kind, code: String? = nil, from: LocalDate, to: LocalDate) async throws -> [String: [String: Int64]] {
        let (first, last) = (Self.month(from), Self.month(to))
        let query: SQLQueryString
        if let code {
            query = "SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = \(bind: kind.rawValue) AND scope_code = \(bind: code) AND month >= \(bind: first) AND month <= \(bind: last) GROUP BY scope_code, metric"
        } else {
            query = "SELECT scope_code, metric, CAST(SUM(value) AS BIGINT) AS total FROM accountability_months WHERE scope_kind = \(bind: kind.rawValue) AND month >= \(bind: first) AND month <= \(bind: last) GROUP BY scope_code, metric"
        }
        var result: [String: [String: Int64]] = [:]
        for row in try await sql.raw(query).all() {
            let scope = try row.decode(column: "scope_code", as: String.self)
            result[scope, default: [:]][try row.decode(column: "metric", as: String.self)] = try row.decode(column: "total", as: Int64.self)
        }
        return result
    }

    static func month(_ day: LocalDate) -> String { String(day.iso.prefix(7)) }

    /// Replaces the monthly sums of `day`'s month with the sum of its computed days (inside the job's
    /// write transaction, after the day's rows).
    func rebuildMonth(of day: LocalDate) async throws {
        let month = Self.month(day)
        let (first, last) = (month + "-01", month + "-31")
        try await sql.raw("DELETE FROM accountability_months WHERE month = \(bind: month)").run()
        try await sql.raw("""
            INSERT INTO accountability_months (month, scope_kind, scope_code, metric, value)
            SELECT \(bind: month), scope_kind, scope_code, metric, CAST(SUM(value) AS BIGINT) FROM accountability_figures
            WHERE day >= \(bind: first) AND day <= \(bind: last) AND metric NOT IN ('catalog.services', 'catalog.online')
            GROUP BY scope_kind, scope_code, metric
            """).run()
    }

    /// {scope code: {metric: value}} of the snapshot metrics on `day`.
    func snapshot(_ kind: Scope.Kind, code: String? = nil, day: LocalDate?) async throws -> [String: [String: Int64]] {
        guard let day else { return [:] }
        var query = FigureModel.query(on: db).filter(\.$scopeKind == kind.rawValue).filter(\.$day == day.iso).filter(\.$metric ~~ Metric.snapshotNames)
        if let code { query = query.filter(\.$scopeCode == code) }
        var result: [String: [String: Int64]] = [:]
        for row in try await query.all() { result[row.scopeCode, default: [:]][row.metric] = row.value }
        return result
    }

    /// {YYYY-MM: {metric: sum}} of one scope over the months of [from, to].
    func monthly(_ scope: Scope, from: LocalDate, to: LocalDate) async throws -> [String: [String: Int64]] {
        let query: SQLQueryString = "SELECT month, metric, value FROM accountability_months WHERE scope_kind = \(bind: scope.kind.rawValue) AND scope_code = \(bind: scope.code) AND month >= \(bind: Self.month(from)) AND month <= \(bind: Self.month(to))"
        var result: [String: [String: Int64]] = [:]
        for row in try await sql.raw(query).all() {
            result[try row.decode(column: "month", as: String.self), default: [:]][try row.decode(column: "metric", as: String.self)] =
                try row.decode(column: "value", as: Int64.self)
        }
        return result
    }

    /// The figures of every scope of one kind (or of one scope) over a period.
    func figures(_ kind: Scope.Kind, code: String? = nil, from: LocalDate, to: LocalDate) async throws -> [String: Figures] {
        let sums = try await sums(kind, code: code, from: from, to: to)
        let snapshot = try await snapshot(kind, code: code, day: try await lastComputedDay(onOrBefore: to))
        var result: [String: Figures] = [:]
        for key in Set(sums.keys).union(snapshot.keys) { result[key] = Figures(sums: sums[key] ?? [:], snapshot: snapshot[key] ?? [:]) }
        return result
    }

    /// Whether any day has figures for the scope.
    func exists(_ scope: Scope) async throws -> Bool {
        try await FigureModel.query(on: db).filter(\.$scopeKind == scope.kind.rawValue).filter(\.$scopeCode == scope.code).first() != nil
    }

    /// One day's stored rows, sorted (what a re-run must reproduce).
    func rows(day: LocalDate) async throws -> [String] {
        try await FigureModel.query(on: db).filter(\.$day == day.iso).all()
            .map { "\($0.scopeKind)|\($0.scopeCode)|\($0.metric)=\($0.value)" }.sorted()
    }
}
