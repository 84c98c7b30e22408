import PortalHTTP

/// Ends one of the person's own sessions (by the public id the security page shows).
struct EndSession {
    enum Outcome: Equatable {
        case ended
        /// No such session of this person.
        case notFound
    }

    let account: SignedInAccount

    func run(publicID: UUID) async throws -> Outcome {
        let userID = account.user.id!
        return try await account.app.db.writeTransaction { db in
            guard let target = try await SessionModel.query(on: db).filter(\.$publicID == publicID)
                .filter(\.$userID == userID).first() else { return .notFound }
            try await target.delete(on: db)
            try await account.app.portal.audit.record(account.event("identity.sessions.revoked", details: ["count": "1"]), on: db)
            return .ended
        }
    }
}
