import PortalHTTP

/// Companies a citizen may act for. The taxpayer register says who directs a company; the director
/// may authorise other citizens (who must have an account) and withdraw that authority.
struct ManageCompanies {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum LinkOutcome { case linked(CompanyModel), invalid([FieldIssue]), notFound, notDirector, alreadyLinked }
    enum AuthoriseOutcome { case authorised(name: String), invalid([FieldIssue]), noAccount, alreadyRepresentative, notDirector }
    enum RevokeOutcome { case revoked, notDirector, notFound }

    let app: Application
    let user: UserModel
    let ip: String

    var actor: AuditActor { AuditActor(kind: .citizen, userID: user.id, ip: ip) }

    /// Adds a company the register names this person as director of.
    func linkAsDirector(voen rawVOEN: String) async throws -> LinkOutcome {
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
                try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.company.linked", subjectFIN: user.fin,
                                                             objectType: "company", objectID: voen.value), on: db)
                return .linked(company)
            }
        } catch where error.isConstraintViolation {
            return .alreadyLinked
        }
    }

    func isDirector(of companyID: UUID, on db: any Database) async throws -> Bool {
        try await RepresentativeModel.query(on: db).filter(\.$companyID == companyID).filter(\.$userID == user.id!)
            .filter(\.$role == .director).first() != nil
    }

    func authorise(companyID: UUID, fin rawFIN: String) async throws -> AuthoriseOutcome {
        guard try await isDirector(of: companyID, on: app.db) else { return .notDirector }
        let fin: FIN
        switch FIN.parse(rawFIN) {
        case .success(let value): fin = value
        case .failure(let issue): return .invalid([(field: "fin", issue: issue)])
        }
        guard let representative = try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first() else { return .noAccount }
        do {
            try await app.db.writeTransaction { db in
                let link = RepresentativeModel()
                link.companyID = companyID
                link.userID = representative.id!
                link.role = .authorised
                link.grantedBy = user.id
                try await link.create(on: db)
                try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.representative.authorised",
                                                             subjectFIN: fin.value, objectType: "company", objectID: companyID.uuidString), on: db)
            }
        } catch where error.isConstraintViolation {
            return .alreadyRepresentative
        }
        return .authorised(name: "\(representative.firstName) \(representative.lastName)")
    }

    /// Withdraws an authorised person's authority (a director's own link comes from the register).
    func revoke(companyID: UUID, representativeID: UUID) async throws -> RevokeOutcome {
        guard try await isDirector(of: companyID, on: app.db) else { return .notDirector }
        return try await app.db.writeTransaction { db in
            guard let link = try await RepresentativeModel.query(on: db).filter(\.$id == representativeID)
                .filter(\.$companyID == companyID).filter(\.$role == .authorised).first() else { return .notFound }
            let fin = try await UserModel.find(link.userID, on: db)?.fin
            try await link.delete(on: db)
            // Sessions acting for the company stop acting for it.
            try await SessionModel.query(on: db).filter(\.$userID == link.userID).filter(\.$actingCompanyID == companyID)
                .set(\.$actingCompanyID, to: nil).update()
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.representative.revoked", subjectFIN: fin,
                                                         objectType: "company", objectID: companyID.uuidString), on: db)
            return .revoked
        }
    }

    /// Switches the session between acting for oneself (nil) and for a represented company.
    func actFor(companyID: UUID?, session: SessionModel, represented: [CompanyContext]) async throws -> Bool {
        if let companyID, !represented.contains(where: { $0.id == companyID }) { return false }
        try await app.db.writeTransaction { db in
            session.actingCompanyID = companyID
            try await session.update(on: db)
            try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.acting_as.changed", subjectFIN: user.fin,
                                                         objectType: "company", objectID: companyID?.uuidString ?? "self"), on: db)
        }
        return true
    }
}
