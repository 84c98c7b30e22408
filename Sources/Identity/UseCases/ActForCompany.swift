import PortalHTTP

/// Switches the session between acting for oneself (nil) and for a company the person represents.
struct ActForCompany {
    enum Outcome: Equatable {
        case switched
        /// Not one of `represented` (or no session to switch).
        case notRepresented
    }

    let account: SignedInAccount

    func run(companyID: UUID?, represented: [CompanyContext]) async throws -> Outcome {
        guard let session = account.session else { return .notRepresented }
        if let companyID, !represented.contains(where: { $0.id == companyID }) { return .notRepresented }
        try await account.app.db.writeTransaction { db in
            session.actingCompanyID = companyID
            try await session.update(on: db)
            try await account.app.portal.audit.record(AuditEvent(actor: account.actor, action: "identity.acting_as.changed", subjectFIN: account.user.fin,
                                                                 objectType: "company", objectID: companyID?.uuidString ?? "self"), on: db)
        }
        return .switched
    }
}
