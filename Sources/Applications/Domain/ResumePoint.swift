import Foundation

/// Where a saved draft continues: a page of questions, or the check of all answers.
public enum ResumePoint: Sendable, Equatable {
    case page(String)
    case check
}

extension FormValidation {
    /// Where a saved draft continues: the first page when the applicant has answered nothing yet (what
    /// the register filled does not count), else the first page with a required question unanswered or
    /// an answer to correct, else the check page (every page is answered).
    public func resumePoint(_ answers: Answers) -> ResumePoint {
        let pages = visiblePages(answers)
        guard let first = pages.first else { return .check }
        let typed = answers.values.keys.contains { !registerFilled.contains($0) } || answers.groups.values.contains { !$0.isEmpty }
        guard typed else { return .page(first.id) }
        for page in pages where !check(page: page, answers: answers).problems.isEmpty { return .page(page.id) }
        return .check
    }
}
