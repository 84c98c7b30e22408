import PortalHTTP

/// A company's director authorises another citizen (who must have an account) to act for it.
struct AuthoriseRepresentative {
    enum Outcome {
        case authorised(name: String)
        case invalid([(field: String, issue: ValidationIssue)])
        case noAccount
        case alreadyRepresentative
        case notDirector
    }

    let account: SignedInAccount

    func run(companyID: UUID, fin rawFIN: String) async throws -> Outcome {
        let app = account.app
        guard try await account.isDirector(of: companyID, on: app.db) else { return .notDirector }
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
                link.grantedBy = account.user.id
                try await link.create(on: db)
                try await app.portal.audit.record(AuditEvent(actor: account.actor, action: "identity.representative.authorised",
                                                             subjectFIN: fin.value, objectType: "company", objectID: companyID.uuidString), on: db)
            }
        } catch where error.isConstraintViolation {
            return .alreadyRepresentative
        }
        return .authorised(name: "\(representative.firstName) \(representative.lastName)")
    }
}
