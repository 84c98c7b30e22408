import PortalHTTP

/// Withdraws an authorised person's authority to act for a company (a director's own link comes from
/// the register); their sessions acting for the company stop acting for it.
struct RevokeRepresentative {
    enum Outcome: Equatable { case revoked, notDirector, notFound }

    let account: SignedInAccount

    func run(companyID: UUID, representativeID: UUID) async throws -> Outcome {
        let app = account.app
        guard try await account.isDirector(of: companyID, on: app.db) else { return .notDirector }
        return try await app.db.writeTransaction { db in
            guard let link = try await RepresentativeModel.query(on: db).filter(\.$id == representativeID)
                .filter(\.$companyID == companyID).filter(\.$role == .authorised).first() else { return .notFound }
            let fin = try await UserModel.find(link.userID, on: db)?.fin
            try await link.delete(on: db)
            try await SessionModel.query(on: db).filter(\.$userID == link.userID).filter(\.$actingCompanyID == companyID)
                .set(\.$actingCompanyID, to: nil).update()
            try await app.portal.audit.record(AuditEvent(actor: account.actor, action: "identity.representative.revoked", subjectFIN: fin,
                                                         objectType: "company", objectID: companyID.uuidString), on: db)
            return .revoked
        }
    }
}
