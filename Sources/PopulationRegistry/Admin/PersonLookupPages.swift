import PortalHTTP

/// `/office/people`: an official looks a person up in the register for one of their agency's purposes
/// (`LookUpPerson`). Agency administrators and roles without the permission get 403; over the hourly
/// quota the answer is 429 with Retry-After. The view: PersonLookupView.swift.
struct PersonLookupPages {
    struct LegalBasis: Sendable {
        var purpose: String
        var text: String
    }

    struct FormPage: Sendable {
        var values: [String: String]
        var errors: FormErrors
        var purposes: [Choice]
        var legalBases: [LegalBasis]
        /// The agencies the official may act for, when there is a choice (more than one).
        var agencies: [Choice]
        var result: ResultView?
    }

    struct ResultView: Sendable {
        var fin: String
        var fullName: String
        var birthDate: String
        var address: String?
        var documents: [DocumentView]
        var found: Bool
    }

    struct DocumentView: Sendable {
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
        _ = try req.require(PopulationPermissions.lookUpPerson)
        return try await render(req, values: [:], errors: FormErrors(), result: nil, status: .ok)
    }

    @Sendable func lookup(req: Request) async throws -> Response {
        _ = try req.require(PopulationPermissions.lookUpPerson)
        let form = try req.content.decode(LookupForm.self)
        let values = ["fin": form.fin ?? "", "purpose": form.purpose ?? "", "reference": form.reference ?? "", "agency": form.agency ?? ""]
        let outcome = try await LookUpPerson(app: req.application, official: try req.requirePrincipal(), ip: req.clientIP)
            .run(fin: form.fin ?? "", purpose: form.purpose ?? "", reference: form.reference ?? "",
                 agencyID: form.agency.flatMap(UUID.init(uuidString:)))
        switch outcome {
        case .invalid(let issues):
            var errors = FormErrors()
            for item in issues { errors.add(item.field, req.t(item.issue.key)) }
            return try await render(req, values: values, errors: errors, result: nil, status: .unprocessableEntity)
        case .throttled(let retryAfter):
            throw TooManyRequests(retryAfter: retryAfter)
        case .notFound:
            let result = ResultView(fin: (try? FIN.parse(form.fin ?? "").get())?.value ?? "", fullName: "", birthDate: "", address: nil,
                                    documents: [], found: false)
            return try await render(req, values: values, errors: FormErrors(), result: result, status: .ok)
        case .found(let record):
            let today = LocalDate(req.portal.now())
            let result = ResultView(
                fin: record.fin.value, fullName: record.fullName, birthDate: req.displayDate(record.birthDate), address: record.address,
                documents: record.documents.map {
                    DocumentView(kind: req.t("document.kind.\($0.kind.rawValue)"), number: $0.number,
                                 expires: $0.expiresOn.map(req.displayDate), expired: ($0.expiresOn ?? today) < today)
                },
                found: true)
            return try await render(req, values: values, errors: FormErrors(), result: result, status: .ok)
        }
    }

    /// The purposes offered are those of the official's agencies (with each one's legal basis).
    func render(_ req: Request, values: [String: String], errors: FormErrors, result: ResultView?, status: HTTPResponseStatus) async throws -> Response {
        let lookUp = LookUpPerson(app: req.application, official: try req.requirePrincipal(), ip: req.clientIP)
        var agencies: [Choice] = []
        var purposes: [LookupPurposes.Purpose] = []
        for id in Set(lookUp.assignments.compactMap(\.agencyID)).sorted(by: { $0.uuidString < $1.uuidString }) {
            let name = try await req.portal.directory.agency(id: id)?.name.text(req.language) ?? id.uuidString
            agencies.append(Choice(value: id.uuidString, label: name))
            for purpose in try await lookUp.purposes(agencyID: id) where !purposes.contains(purpose) { purposes.append(purpose) }
        }
        let page = FormPage(
            values: values, errors: errors,
            purposes: purposes.map { Choice(value: $0.code, label: req.t("purpose.\($0.code)")) },
            legalBases: purposes.map { LegalBasis(purpose: req.t("purpose.\($0.code)"), text: $0.legalBasis.text(req.language)) },
            agencies: agencies.count > 1 ? agencies : [],
            result: result)
        return try req.render(page, titleKey: "office.people.title", status: status)
    }
}
