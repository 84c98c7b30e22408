import FluentKit
import PortalHTTP

/// `/cabinet/companies` and the "acting for" switch in the header.
struct CompanyPages {
    struct VOENForm: Content { var voen: String? }
    struct FINForm: Content { var fin: String? }
    struct ActingForm: Content { var company: String?; var returnTo: String? }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "companies", use: list)
        signedIn.post("cabinet", "companies", use: link)
        signedIn.post("cabinet", "companies", ":company", "representatives", use: authorise)
        signedIn.post("cabinet", "companies", ":company", "representatives", ":rep", "revoke", use: revoke)
        signedIn.post("acting-as", use: actingAs)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await render(req, errors: FormErrors(), voen: "", finValues: [:], status: .ok)
    }

    /// The page; `finValues` holds a director's FIN shown again, keyed by the company's form (`fin-<id>`).
    func render(_ req: Request, errors: FormErrors, voen: String, finValues: [String: String], status: HTTPResponseStatus) async throws -> Response {
        let principal = try req.requirePrincipal()
        var rows: [CompaniesPage.Company] = []
        for company in principal.companies {
            let isDirector = company.role == "director"
            var reps: [CompaniesPage.Representative] = []
            if isDirector {
                // In alphabetical order (the database returns them in any order).
                reps = try await AccountQueries(db: req.db).representatives(of: company.id).map {
                    CompaniesPage.Representative(id: $0.id.uuidString, name: "\($0.firstName) \($0.lastName)",
                                                 role: req.t("company.role.\($0.role.rawValue)"), removable: $0.role == .authorised)
                }.sortedAzerbaijani(by: \.name)
            }
            rows.append(CompaniesPage.Company(id: company.id.uuidString, voen: company.voen, name: company.name,
                                              role: req.t("company.role.\(company.role)"), isDirector: isDirector, representatives: reps,
                                              finValue: finValues["fin-\(company.id)"], finError: errors["fin-\(company.id)"]))
        }
        return try req.render(CompaniesPage(companies: rows, voen: voen, errors: errors), titleKey: "companies.title", status: status)
    }

    @Sendable func link(req: Request) async throws -> Response {
        let form = try req.content.decode(VOENForm.self)
        var errors = FormErrors()
        switch try await LinkCompany(account: try req.signedInAccount(sessionRequired: false)).run(voen: form.voen ?? "") {
        case .linked: return req.redirect(to: "/cabinet/companies", flash: "flash.company_linked")
        case .invalid(let issues): errors.add(issues, req)
        case .notFound: errors.add("voen", req.t("companies.not_found"))
        case .notDirector: errors.add("voen", req.t("companies.not_director"))
        case .alreadyLinked: errors.add("voen", req.t("companies.already_linked"))
        }
        return try await render(req, errors: errors, voen: form.voen ?? "", finValues: [:], status: .unprocessableEntity)
    }

    @Sendable func authorise(req: Request) async throws -> Response {
        guard let companyID = req.parameters.get("company", as: UUID.self) else { throw Abort(.notFound) }
        let form = try req.content.decode(FINForm.self)
        var errors = FormErrors()
        switch try await AuthoriseRepresentative(account: try req.signedInAccount(sessionRequired: false)).run(companyID: companyID, fin: form.fin ?? "") {
        case .authorised: return req.redirect(to: "/cabinet/companies", flash: "flash.representative_authorised")
        case .notDirector: throw Abort(.forbidden)
        case .invalid(let issues): for item in issues { errors.add("fin-\(companyID)", req.t(item.issue.key)) }
        case .noAccount: errors.add("fin-\(companyID)", req.t("companies.no_account"))
        case .alreadyRepresentative: errors.add("fin-\(companyID)", req.t("companies.already_representative"))
        }
        return try await render(req, errors: errors, voen: "", finValues: ["fin-\(companyID)": form.fin ?? ""], status: .unprocessableEntity)
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        guard let companyID = req.parameters.get("company", as: UUID.self), let rep = req.parameters.get("rep", as: UUID.self) else {
            throw Abort(.notFound)
        }
        switch try await RevokeRepresentative(account: try req.signedInAccount(sessionRequired: false)).run(companyID: companyID, representativeID: rep) {
        case .revoked: return req.redirect(to: "/cabinet/companies", flash: "flash.representative_revoked")
        case .notDirector: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        }
    }

    @Sendable func actingAs(req: Request) async throws -> Response {
        let form = try req.content.decode(ActingForm.self)
        let principal = try req.requirePrincipal()
        let target = form.company == "self" ? nil : form.company.flatMap(UUID.init(uuidString:))
        guard form.company == "self" || target != nil,
              try await ActForCompany(account: try req.signedInAccount()).run(companyID: target, represented: principal.companies) == .switched
        else { throw Abort(.forbidden) }
        return req.redirect(to: req.safeReturnPath(form.returnTo, fallback: "/cabinet"), flash: "flash.acting_as_changed")
    }
}
