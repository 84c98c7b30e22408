import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// Submits the draft: every page is checked again; on success the case gets its number and goes to
/// the agency, or waits for its fee. Submitting twice returns the same case (retries are safe).
struct SubmitApplication {
    enum Outcome: Sendable {
        /// With the agency (free, or already paid): the legal clock runs.
        case received(ApplicationCase)
        /// Waiting for its state fee (the invoice is made).
        case awaitingPayment(ApplicationCase)

        var application: ApplicationCase {
            switch self {
            case .received(let application), .awaitingPayment(let application): return application
            }
        }
    }

    let applicant: Applicant

    func run(_ id: UUID) async throws -> Outcome {
        let model = try await submit(id)
        let application = try ApplicationCase(model)
        return model.status == .awaitingPayment ? .awaitingPayment(application) : .received(application)
    }

    private func submit(_ id: UUID) async throws -> CaseModel {
        let app = applicant.app
        let model = try await applicant.visibleModel(id, on: app.db)
        if model.status != .draft {
            guard model.number != nil, model.status != .cancelled else { throw Applicant.Failure.wrongState }
            return model
        }
        let form = try await applicant.form(of: model, on: app.db)
        let result = try await applicant.validation(form, for: model).checkAll(model.answers)
        guard result.problems.isEmpty else { throw Applicant.Failure.invalid(result.problems) }
        for page in form.pages { try await applicant.checkFiles(result.answers, page: page, caseID: id) }
        let calendar = app.portal.calendar
        let terms = try await FeeInvoicing.terms(for: model, app: app)
        let (principal, now) = (applicant.principal, applicant.now)
        return try await app.db.writeTransaction { db in
            try await db.lockRow(CaseModel.schema, id: id)
            guard let fresh = try await CaseModel.find(id, on: db) else { throw Applicant.Failure.notFound }
            guard fresh.status == .draft else { return fresh }
            let log = CaseLog(app: app, db: db)
            fresh.answers = result.answers
            // A unit the register did not know and the applicant gave places the case for regional offices.
            if fresh.unitCode == nil, let unit = form.prefilledFields.first(where: { $0.prefill == .unit }).flatMap({ result.answers.values[$0.id] }) {
                fresh.unitCode = unit
            }
            fresh.number = try await CaseNumbers.next(year: BakuTime.calendar().component(.year, from: now), on: db)
            fresh.submittedAt = now
            // A draft started before names were kept with cases: the applicant's own name, as they submit it.
            if fresh.applicantName == nil, fresh.applicantID == principal.userID {
                fresh.setApplicantName(first: principal.firstName, last: principal.lastName)
            }
            try await log.move(fresh, to: .submitted, by: .applicant, actorID: principal.userID)
            if let fee = fresh.feeQepik, fee > 0 {
                try await log.move(fresh, to: .awaitingPayment, by: .system)
                fresh.invoiceID = try await FeeInvoicing.create(for: fresh, amount: fee, terms: terms, on: db, app: app)
            } else {
                try await log.receive(fresh, calendar: calendar)
            }
            try await fresh.save(on: db)
            try await applicant.audit("applications.case.submitted", fresh, objectID: fresh.number,
                                      details: ["service": fresh.serviceCode, "status": fresh.status.rawValue], on: db)
            return fresh
        }
    }
}
