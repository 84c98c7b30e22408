import PortalHTTP

/// Ends a session (signed in or waiting for the second factor) and records it.
struct SignOut {
    let app: Application
    let ip: String

    /// `fin` is the account's when the session was signed in (nil while the second factor was pending).
    func end(_ session: SessionModel, fin: String?) async throws {
        try await app.db.writeTransaction { db in
            try await session.delete(on: db)
            try await app.portal.audit.record(AuditEvent(
                actor: AuditActor(kind: .citizen, userID: session.userID, ip: ip), action: "identity.sign_out",
                subjectFIN: fin, objectType: "session", objectID: session.publicID.uuidString), on: db)
        }
    }
}
