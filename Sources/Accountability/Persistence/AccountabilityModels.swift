import Fluent
import Foundation

/// One figure of one day for one scope: `(2026-11-18, agency, EN, applications.on_time) = 3`. The
/// daily job replaces a day's rows whole; the pages read only this table (docs/adr/0009).
final class FigureModel: Model, @unchecked Sendable {
    static let schema = "accountability_figures"

    @ID(key: .id) var id: UUID?
    /// Baku calendar day, `YYYY-MM-DD` (sorts and compares as text on both databases).
    @Field(key: "day") var day: String
    @Field(key: "scope_kind") var scopeKind: String
    @Field(key: "scope_code") var scopeCode: String
    @Field(key: "metric") var metric: String
    @Field(key: "value") var value: Int64

    init() {}

    init(day: String, scope: Scope, metric: String, value: Int64) {
        id = UUID()
        self.day = day
        scopeKind = scope.kind.rawValue
        scopeCode = scope.code
        self.metric = metric
        self.value = value
    }
}

/// The days computed and when: where the incremental job resumes, and the "figures as of" line.
final class ComputedDayModel: Model, @unchecked Sendable {
    static let schema = "accountability_days"

    @ID(custom: "day", generatedBy: .user) var id: String?
    @Field(key: "computed_at") var computedAt: Date
    @Field(key: "rows") var rows: Int

    init() {}

    init(day: String, computedAt: Date, rows: Int) {
        id = day
        self.computedAt = computedAt
        self.rows = rows
    }
}
