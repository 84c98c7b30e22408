import FluentKit
import Foundation
import PortalHTTP

/// The figures Applications publishes on the operations page and `/metrics`.
public enum ApplicationsStatistics {
    static func stats(on db: any Database) async throws -> [Stat] {
        let submitted = try await CaseModel.query(on: db).filter(\.$number != nil).count()
        let open = try await CaseModel.query(on: db).filter(\.$status ~~ [CaseStatus.received, .inReview, .infoRequested, .approved]).count()
        let overdue = try await CaseModel.query(on: db).filter(\.$status ~~ [CaseStatus.received, .inReview, .approved])
            .filter(\.$pausedSince == nil).filter(\.$dueOn < LocalDate(Date()).iso).count()
        let rated = try await CaseModel.query(on: db).filter(\.$rating != nil).all()
        var stats = [Stat(key: "applications.submitted", value: Int64(submitted)), Stat(key: "applications.open", value: Int64(open)),
                     Stat(key: "applications.overdue", value: Int64(overdue)),
                     Stat(key: "applications.forms_published", value: Int64(try await FormVersionModel.query(on: db).filter(\.$state == .published).count()))]
        if !rated.isEmpty {
            // Average satisfaction × 100 (figures are integers).
            stats.append(Stat(key: "applications.satisfaction_x100", value: Int64(rated.compactMap(\.rating).reduce(0, +) * 100 / rated.count)))
        }
        return stats
    }
}
