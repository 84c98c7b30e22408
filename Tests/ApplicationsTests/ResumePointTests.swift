@testable import Applications
import Foundation
import PortalCore
import Testing

@Suite("Resuming a draft")
struct ResumePointTests {
    let validation = FormValidation(form: FormValidationTests.form, today: LocalDate(year: 2026, month: 12, day: 3),
                                    unitCodes: ["AZ-QBA", "AZ-GA"], registerFilled: ["name"])
    static let pageOne = ["name": "Aysel Məmmədova", "spouse_fin": "5VBK5VR", "married_before": "no"]
    static let pageTwo = ["wished": "2026-12-20", "place": "AZ-QBA", "phone": "+994501234567"]

    @Test("nothing answered yet (only what the register filled): the first page")
    func nothingAnswered() {
        #expect(validation.resumePoint(Answers()) == .page("one"))
        #expect(validation.resumePoint(Answers(values: ["name": "Aysel Məmmədova"])) == .page("one"), "the register's answer is not the applicant's")
    }

    @Test("the first page with a required question unanswered, not the check page")
    func firstUnanswered() {
        #expect(validation.resumePoint(Answers(values: Self.pageOne)) == .page("two"))
        // The first page half answered: back to it, even though the second is complete.
        var answers = Self.pageOne.merging(Self.pageTwo) { $1 }
        answers["spouse_fin"] = nil
        #expect(validation.resumePoint(Answers(values: answers)) == .page("one"))
        // A question shown by an earlier answer and left empty.
        answers = Self.pageOne.merging(Self.pageTwo) { $1 }
        answers["married_before"] = "yes"
        #expect(validation.resumePoint(Answers(values: answers)) == .page("one"))
        // One required question of the second page left: that page.
        #expect(validation.resumePoint(Answers(values: Self.pageOne.merging(["wished": "2026-12-20", "place": "AZ-QBA"]) { $1 })) == .page("two"))
    }

    @Test("an answer saved with an error is a page still to finish")
    func savedWithError() {
        var answers = Self.pageOne.merging(Self.pageTwo) { $1 }
        answers["place"] = "AZ-XXX"
        #expect(validation.resumePoint(Answers(values: answers)) == .page("two"))
    }

    @Test("every page answered (optional questions and groups may stay empty): the check page")
    func allAnswered() {
        #expect(validation.resumePoint(Answers(values: Self.pageOne.merging(Self.pageTwo) { $1 })) == .check)
    }
}
