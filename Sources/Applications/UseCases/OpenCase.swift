import FluentKit
import Foundation
import PortalHTTP

/// Opens a case: the official reads the citizen's answers, which is recorded as a read of their data
/// (shown in the citizen's data-access log).
struct OpenCase {
    enum Outcome: Sendable {
        case opened(ApplicationCase)
    }

    let official: CaseOfficial

    func run(_ id: UUID) async throws -> Outcome {
        let app = official.app
        let model = try await official.find(id, on: app.db)
        try await app.portal.audit.record(official.readEvent(model, view: "full"), on: app.db)
        return .opened(try ApplicationCase(model))
    }
}
