import PortalHTTP

/// A scope's figures over the period the accountability pages show, for other modules' pages (the
/// district portal shows its unit's): read from the materialised figures through the same report and
/// cache as `/accountability`, never from the records.
public struct PublishedFigures: Sendable {
    public var figures: Figures
    public var from: LocalDate
    public var to: LocalDate
    /// The scope's accountability page.
    public var path: String

    /// Nil until the daily job has computed a day.
    public static func read(_ scope: Scope, req: Request) async throws -> PublishedFigures? {
        let report = AccountabilityReport(db: req.db, cache: req.application.accountabilityCache)
        guard let period = try await report.period() else { return nil }
        let segment = AccountabilityPages.segments.first { $0.value == scope.kind }?.key ?? "agencies"
        return PublishedFigures(figures: try await report.figures(scope, in: period), from: period.from, to: period.to,
                                path: "/accountability/\(segment)/\(scope.code)")
    }
}
