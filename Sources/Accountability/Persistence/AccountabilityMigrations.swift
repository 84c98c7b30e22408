import Fluent
import PortalDB

struct CreateAccountabilityTables: PortalMigration {
    static let stableName = "accountability.v1.tables"

    func prepare(on database: any Database) async throws {
        try await database.schema(FigureModel.schema)
            .id()
            .field("day", .string, .required)
            .field("scope_kind", .string, .required)
            .field("scope_code", .string, .required)
            .field("metric", .string, .required)
            .field("value", .int64, .required)
            .unique(on: "day", "scope_kind", "scope_code", "metric", name: "uq_accountability_figures_day_scope_metric")
            .check("ck_accountability_figures_scope", "scope_kind IN ('all','agency','unit','service') AND length(day) = 10 AND value >= 0")
            .create()
        // The pages read one scope's rows over a period (and the ranking one kind's): scope first, then day.
        try await database.execute(sql: "CREATE INDEX ix_accountability_figures_scope_day ON accountability_figures (scope_kind, scope_code, day)")
        // The same figures summed per calendar month (snapshot metrics left out), rebuilt from the days
        // whenever a day of the month is computed: a year's ranking reads 12 rows per scope and metric.
        try await database.schema("accountability_months")
            .field("month", .string, .required)
            .field("scope_kind", .string, .required)
            .field("scope_code", .string, .required)
            .field("metric", .string, .required)
            .field("value", .int64, .required)
            .unique(on: "scope_kind", "month", "scope_code", "metric", name: "uq_accountability_months_kind_month_scope_metric")
            .check("ck_accountability_months_scope", "scope_kind IN ('all','agency','unit','service') AND length(month) = 7 AND value >= 0")
            .create()
        try await database.execute(sql: "CREATE INDEX ix_accountability_months_scope_month ON accountability_months (scope_kind, scope_code, month)")
        try await database.schema(ComputedDayModel.schema)
            .field("day", .string, .identifier(auto: false))
            .field("computed_at", .datetime, .required)
            .field("rows", .int, .required)
            .check("ck_accountability_days_day", "length(day) = 10 AND rows >= 0")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComputedDayModel.schema).delete()
        try await database.schema("accountability_months").delete()
        try await database.schema(FigureModel.schema).delete()
    }
}
