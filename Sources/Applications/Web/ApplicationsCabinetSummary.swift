import Catalog
import PortalHTTP

/// The cabinet overview's "open applications" (each with the person's next step) and "result
/// documents" (the decisions the agencies attached): the person's own cases and their companies', the
/// newest five of each (`Applicant.overview`), whatever the number of cases.
struct ApplicationsCabinetSummary: CabinetSummaryProvider {
    func cabinetSummary(req: Request) async throws -> [CabinetSummary] {
        let applicant = Applicant(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
        let cases = try await applicant.overview(limit: 5)
        let index = try await req.application.catalog.index(on: req.application)
        func service(_ model: CabinetCase) -> String {
            index.entry(code: model.serviceCode)?.definition.name.text(req.language) ?? model.serviceCode
        }
        let open = cases.open.map { model in
            CabinetSummaryItem(
                title: service(model),
                path: model.status == .draft ? "/applications/\(model.id.uuidString)/check" : "/applications/\(model.id.uuidString)",
                detail: model.number ?? req.t("applications.list.draft"),
                nextStep: req.t("applications.next_step.\(model.status.rawValue)"),
                when: model.dueOn.flatMap(LocalDate.init(iso:)).map { req.t("applications.cabinet.due", req.displayDate($0)) },
                needsAction: Self.awaitsApplicant(model.status))
        }
        let results = cases.results.map { model in
            CabinetSummaryItem(
                title: service(model),
                path: "/applications/\(model.id.uuidString)/files/\(model.resultFileID!.uuidString)",
                detail: model.number,
                nextStep: req.t("applications.status.\(model.status.rawValue)"),
                when: req.displayDate(LocalDate(model.updatedAt)))
        }
        return [CabinetSummary(section: .applications, items: Array(open), allPath: "/applications"),
                CabinetSummary(section: .documents, items: Array(results), allPath: "/applications")]
    }

    /// The case waits for the applicant, not the agency.
    static func awaitsApplicant(_ status: CaseStatus) -> Bool {
        [.draft, .infoRequested, .awaitingPayment].contains(status)
    }
}
