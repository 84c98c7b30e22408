import PortalHTTP

/// `/office/people`: an official looks a person up in the register, stating why. Every look-up is a
/// read of personal data: it goes to the audit trail and the citizen's "who looked at my data".
struct PersonLookupPages {
    static let permission: Permission = "population.person.read"
    static let purposes = ["case", "reception", "citizen_request", "verification"]

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct FormPage: Encodable, Sendable {
        var values: [String: String]
        var errors: FormErrors
        var purposes: [Option]
        var agencies: [Option]
        var hasAgencies: Bool
        var result: ResultView?
    }

    struct ResultView: Encodable, Sendable {
        var fin: String
        var fullName: String
        var birthDate: String
        var address: String?
        var documents: [DocumentView]
        var found: Bool
    }

    struct DocumentView: Encodable, Sendable {
        var kind: String
        var number: String
        var expires: String?
        var expired: Bool
    }

    struct LookupForm: Content {
        var fin: String?
        var purpose: String?
        var reference: String?
        var agency: String?
    }

    func register(_ office: any RoutesBuilder) {
        office.get("people", use: form)
        office.post("people", use: lookup)
    }

    @Sendable func form(req: Request) async throws -> Response {
        let assignments = try req.require(Self.permission)
        return try await render(req, values: [:], errors: FormErrors(), assignments: assignments, result: nil, status: .ok)
    }

    @Sendable func lookup(req: Request) async throws -> Response {
        let assignments = try req.require(Self.permission)
        let form = try req.content.decode(LookupForm.self)
        var errors = FormErrors()
        let values = ["fin": form.fin ?? "", "purpose": form.purpose ?? "", "reference": form.reference ?? "", "agency": form.agency ?? ""]
        var fin: FIN?
        switch FIN.parse(form.fin ?? "") {
        case .success(let parsed): fin = parsed
        case .failure(let issue): errors.add("fin", req.t(issue.key))
        }
        if !Self.purposes.contains(form.purpose ?? "") { errors.add("purpose", req.t("office.people.purpose.required")) }
        let agencyID = assignments.count == 1 ? assignments[0].agencyID
            : assignments.first { $0.agencyID?.uuidString == form.agency }?.agencyID
        if assignments.count > 1 && agencyID == nil { errors.add("agency", req.t("office.people.agency.required")) }
        guard errors.isEmpty, let fin, let purpose = form.purpose else {
            return try await render(req, values: values, errors: errors, assignments: assignments, result: nil, status: .unprocessableEntity)
        }
        let principal = try req.requirePrincipal()
        let record = try await req.portal.registryLookup.person(fin: fin)
        let reference = String((form.reference ?? "").prefix(100)).trimmingCharacters(in: .whitespaces)
        try await req.portal.audit.record(AuditEvent(
            actor: principal.officialActor(agencyID: agencyID, ip: req.clientIP),
            action: "population.person.read",
            subjectFIN: fin.value,
            objectType: "person",
            objectID: fin.value,
            purpose: reference.isEmpty ? purpose : "\(purpose): \(reference)",
            details: ["found": record == nil ? "false" : "true"],
            isPersonalDataRead: record != nil), on: req.db)
        let today = LocalDate(req.portal.now())
        let result = ResultView(
            fin: fin.value,
            fullName: record?.fullName ?? "",
            birthDate: record.map { BakuTime.displayDate($0.birthDate) } ?? "",
            address: record?.address,
            documents: (record?.documents ?? []).map {
                DocumentView(kind: req.t("document.kind.\($0.kind.rawValue)"), number: $0.number,
                             expires: $0.expiresOn.map(BakuTime.displayDate), expired: ($0.expiresOn ?? today) < today)
            },
            found: record != nil)
        return try await render(req, values: values, errors: errors, assignments: assignments, result: result, status: .ok)
    }

    func render(_ req: Request, values: [String: String], errors: FormErrors, assignments: [RoleAssignment],
                result: ResultView?, status: HTTPResponseStatus) async throws -> Response {
        var agencies: [Option] = []
        for assignment in assignments {
            guard let id = assignment.agencyID, !agencies.contains(where: { $0.value == id.uuidString }) else { continue }
            let name = try await req.portal.directory.agency(id: id)?.name.text(req.language) ?? id.uuidString
            agencies.append(Option(value: id.uuidString, label: name, selected: values["agency"] == id.uuidString))
        }
        let page = FormPage(
            values: values, errors: errors,
            purposes: Self.purposes.map { Option(value: $0, label: req.t("office.people.purpose.\($0)"), selected: values["purpose"] == $0) },
            agencies: agencies.count > 1 ? agencies : [],
            hasAgencies: agencies.count > 1,
            result: result)
        return try await req.renderPage("PopulationRegistry/lookup", titleKey: "office.people.title", page, status: status)
    }
}
