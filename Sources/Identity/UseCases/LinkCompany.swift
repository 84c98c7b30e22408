import PortalHTTP

/// Adds a company the taxpayer register names this person as director of. The register says who
/// directs a company; the director may then authorise other citizens (`AuthoriseRepresentative`).
struct LinkCompany {
    enum Outcome {
        /// The company as the person now represents it (as director).
        case linked(CompanyContext)
        case invalid([(field: String, issue: ValidationIssue)])
        case notFound
        case notDirector
        case alreadyLinked
    }

    let account: SignedInAccount

    func run(voen rawVOEN: String) async throws -> Outcome {
        let app = account.app
        let user = account.user
        let voen: VOEN
        switch VOEN.parse(rawVOEN) {
        case .success(let value): voen = value
        case .failure(let issue): return .invalid([(field: "voen", issue: issue)])
        }
        guard let record = try await app.portal.registryLookup.company(voen: voen) else { return .notFound }
        guard record.directorFIN.value == user.fin else { return .notDirector }
        do {
            return try await app.db.writeTransaction { db in
                let company = try await CompanyModel.query(on: db).filter(\.$voen == voen.value).first() ?? {
                    let fresh = CompanyModel()
                    fresh.voen = voen.value
                    fresh.name = record.name
                    return fresh
                }()
                if company.id == nil { try await company.create(on: db) }
                if let existing = try await RepresentativeModel.query(on: db).filter(\.$companyID == company.id!).filter(\.$userID == user.id!).first() {
                    guard existing.role != .director else { return .alreadyLinked }
                    // Authorised before, director now (the register says so): the link becomes the director's.
                    existing.role = .director
                    existing.grantedBy = nil
                    try await existing.update(on: db)
                } else {
                    let link = RepresentativeModel()
                    link.companyID = company.id!
                    link.userID = user.id!
                    link.role = .director
                    try await link.create(on: db)
                }
                try await app.portal.audit.record(AuditEvent(actor: account.actor, action: "identity.company.linked", subjectFIN: user.fin,
                                                             objectType: "company", objectID: voen.value), on: db)
                return .linked(CompanyContext(id: company.id!, voen: company.voen, name: company.name,
                                              role: RepresentativeModel.Role.director.rawValue))
            }
        } catch where error.isConstraintViolation {
            return .alreadyLinked
        }
    }
}
