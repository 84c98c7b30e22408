import Catalog
import FluentKit
import Foundation
import PortalHTTP

/// Starts an application: a draft of the service's published form, with what the registers know
/// already filled in. The pages continue the open draft for the same service and applicant
/// (`reuseDraft`); the API makes a new draft on every call.
struct StartApplication {
    enum Outcome: Sendable {
        /// A new draft, or the open one continued; `firstPage` is where the questions begin.
        case started(ApplicationCase, firstPage: String?)
    }

    let applicant: Applicant

    func run(serviceCode: String, forCompany: Bool, reuseDraft: Bool = true) async throws -> Outcome {
        let model = try await draft(serviceCode: serviceCode, forCompany: forCompany, reuseDraft: reuseDraft)
        let form = try await applicant.form(of: model, on: applicant.app.db)
        let first = try await applicant.validation(form, for: model).visiblePages(model.answers).first?.id ?? form.pages.first?.id
        return .started(try ApplicationCase(model), firstPage: first)
    }

    private func draft(serviceCode: String, forCompany: Bool, reuseDraft: Bool) async throws -> CaseModel {
        let app = applicant.app
        let principal = applicant.principal
        guard let service = try await app.catalog.index(on: app).entry(code: serviceCode),
              service.definition.stage.isElectronic,
              let agency = try await app.portal.directory.agency(code: service.definition.agencyCode),
              let form = try await ApplicationsQueries(db: app.db).publishedForm(serviceCode) else { throw Applicant.Failure.notOnline }
        let voen = forCompany ? principal.actingFor?.voen : nil
        if forCompany && voen == nil { throw Applicant.Failure.notOnline }
        if reuseDraft, let open = try await CaseModel.query(on: app.db).filter(\.$applicantID == principal.userID)
            .filter(\.$serviceCode == serviceCode).filter(\.$status == .draft).first(),
           open.companyVOEN == voen {
            return open
        }
        let person = try await app.portal.registryLookup.person(fin: principal.fin)
        let now = applicant.now
        return try await app.db.writeTransaction { db in
            let model = CaseModel()
            model.id = UUID()
            model.serviceCode = serviceCode
            model.agencyID = agency.id
            model.formVersion = form.version
            model.applicantID = principal.userID
            model.applicantFIN = principal.fin.value
            model.setApplicantName(first: principal.firstName, last: principal.lastName)
            model.companyVOEN = voen
            model.status = .draft
            let prefilled = Prefill(person: person, principal: principal).answers(for: form.definition)
            model.answers = prefilled.answers
            model.registerFilled = prefilled.filled
            model.unitCode = person?.territorialUnitCode
            model.deadlineDays = service.definition.deadlineDays.map { min(max($0, 1), CaseDeadline.maximumDays) } ?? CaseDeadline.defaultDays
            model.pausedDays = 0
            model.feeQepik = service.definition.fee.kind == .fixed ? service.definition.fee.amount : nil
            model.createdAt = now
            model.updatedAt = now
            try await model.create(on: db)
            try await applicant.audit("applications.case.started", model, objectID: model.id?.uuidString,
                                      details: ["service": serviceCode, "form_version": String(form.version)], on: db)
            return model
        }
    }
}
