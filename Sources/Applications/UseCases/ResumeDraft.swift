import FluentKit
import Foundation
import PortalHTTP

/// Where "continue" takes a citizen back into a saved draft (`FormValidation.resumePoint`): the first
/// page still to answer, or the check page when every page is answered. A case already submitted has
/// no questions to continue: its own page.
struct ResumeDraft {
    enum Outcome: Sendable, Equatable {
        case page(String)
        case check
        case submitted
    }

    let applicant: Applicant

    func run(_ id: UUID) async throws -> Outcome {
        let model = try await applicant.visibleCase(id)
        guard model.status == .draft else { return .submitted }
        let form = try await applicant.form(of: model)
        switch try await applicant.validation(form, for: model).resumePoint(model.answers) {
        case .page(let page): return .page(page)
        case .check: return .check
        }
    }
}
