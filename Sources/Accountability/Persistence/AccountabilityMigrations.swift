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
        try await database.schema(ComputedDayModel.schema)
            .field("day", .string, .identifier(auto: false))
            .field("computed_at", .datetime, .required)
            .field("rows", .int, .required)
            .check("ck_accountability_days_day", "length(day) = 10 AND rows >= 0")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComputedDayModel.schema).delete()
        try await database.schema(FigureModel.schema).delete()
    }
}
