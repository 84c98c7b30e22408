import Foundation
import PortalCore
import PortalHTTP

/// An application as pages, the API and use cases' outcomes see it (a read model of `CaseModel`).
struct ApplicationCase: Sendable {
    var id: UUID
    /// `OW-2026-000123`, given at submission.
    var number: String?
    var serviceCode: String
    var agencyID: UUID
    var formVersion: Int
    var applicantID: UUID
    var applicantFIN: String
    /// The company a representative applied for.
    var companyVOEN: String?
    var status: CaseStatus
    var answers: Answers
    /// The prefilled fields the register filled (nil for applications started before this was recorded).
    var registerFilled: Set<String>?
    var unitCode: String?
    var assigneeID: UUID?
    var feeQepik: Int64?
    var invoiceID: UUID?
    var receivedOn: String?
    var deadlineDays: Int
    var pausedSince: String?
    var dueOn: String?
    var extensionReason: String?
    var decisionReason: String?
    var decisionText: String?
    var resultFileID: UUID?
    var rating: Int?
    var createdAt: Date
    var updatedAt: Date
    var submittedAt: Date?
    /// The applicant's name as kept with the case (nil for cases started before it was kept).
    var applicantName: String?
    /// An operator sent the case to whoever decides in the unit, and it is not decided yet.
    var decisionRequestedAt: Date?
    /// The legal clock (nil until the agency has the case).
    var deadline: CaseDeadline?

    init(_ model: CaseModel) throws {
        id = try model.requireID()
        number = model.number
        serviceCode = model.serviceCode
        agencyID = model.agencyID
        formVersion = model.formVersion
        applicantID = model.applicantID
        applicantFIN = model.applicantFIN
        companyVOEN = model.companyVOEN
        status = model.status
        answers = model.answers
        registerFilled = model.registerFilled
        unitCode = model.unitCode
        assigneeID = model.assigneeID
        feeQepik = model.feeQepik
        invoiceID = model.invoiceID
        receivedOn = model.receivedOn
        deadlineDays = model.deadlineDays
        pausedSince = model.pausedSince
        dueOn = model.dueOn
        extensionReason = model.extensionReason
        decisionReason = model.decisionReason
        decisionText = model.decisionText
        resultFileID = model.resultFileID
        rating = model.rating
        createdAt = model.createdAt
        updatedAt = model.updatedAt
        submittedAt = model.submittedAt
        applicantName = model.applicantName
        decisionRequestedAt = model.decisionRequestedAt
        deadline = model.deadline
    }

    /// The register's answers of this case (see `CaseModel.registerFilled(in:)`).
    func registerFilled(in form: FormDefinition) -> Set<String> {
        CaseModel.registerFilled(registerFilled, answers: answers, in: form)
    }
}
