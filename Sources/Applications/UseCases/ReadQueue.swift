import FluentKit
import Foundation
import PortalHTTP

/// The queue as the API hands it out, whole cases in the queue's order: every case listed is a read
/// of its applicant's data, shown in their data-access log like an opened case. One audit entry per
/// case, all in one transaction.
struct ReadQueue {
    enum Outcome: Sendable {
        case listed([ApplicationCase], total: Int)
    }

    let official: CaseOfficial

    func run(_ filter: ApplicationsQueries.QueueFilter) async throws -> Outcome {
        let app = official.app
        let (items, total) = try await official.queue(filter)
        let ids = items.map(\.id)
        let models = ids.isEmpty ? [] : try await CaseModel.query(on: app.db).filter(\.$id ~~ ids).all()
        let byID = Dictionary(uniqueKeysWithValues: models.map { ($0.id!, $0) })
        let cases = ids.compactMap { byID[$0] }
        try await app.portal.audit.recordAll(cases.map { official.readEvent($0, view: "summary") }, on: app.db)
        return .listed(try cases.map(ApplicationCase.init), total: total)
    }
}
