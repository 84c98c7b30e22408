import PortalHTTP

/// The person changing their own account and what those use cases share (ConfirmIdentity,
/// ChangeContact, ChangePassword, EnableTOTP, DisableTOTP, RegenerateRecoveryCodes, EndOtherSessions,
/// EndSession, SetLanguage, the company and access-token use cases): the account, the session it is
/// changed from, the client address, and the audit entries they write. The sensitive changes are
/// reached only after the password (and for some the second factor) was confirmed again (see
/// `Request.recentlyReauthenticated` and `Request.recentlyConfirmedSecondFactor`).
struct SignedInAccount {
    let app: Application
    let user: UserModel
    let session: SessionModel?
    let ip: String

    var now: Date { app.portal.now() }

    var actor: AuditActor { AuditActor(kind: .citizen, userID: user.id, ip: ip) }

    /// An entry about the account itself.
    func event(_ action: String, details: [String: String] = [:]) -> AuditEvent {
        AuditEvent(actor: actor, action: action, subjectFIN: user.fin, objectType: "user", objectID: user.id?.uuidString, details: details)
    }

    /// Revokes every live personal access token of this person inside the caller's transaction
    /// (audited when there were any); answers how many.
    func revokeTokens(reason: String, on db: any Database) async throws -> Int {
        let now = self.now
        let live = AccessTokenModel.query(on: db).filter(\.$userID == user.id!).filter(\.$revokedAt == nil).filter(\.$expiresAt > now)
        let revoked = try await live.count()
        guard revoked > 0 else { return 0 }
        try await AccessTokenModel.query(on: db).filter(\.$userID == user.id!).filter(\.$revokedAt == nil).filter(\.$expiresAt > now)
            .set(\.$revokedAt, to: now).update()
        try await app.portal.audit.record(event("identity.tokens.revoked", details: ["count": String(revoked), "reason": reason]), on: db)
        return revoked
    }

    /// Does the register name this person the company's director (only a director manages its representatives)?
    func isDirector(of companyID: UUID, on db: any Database) async throws -> Bool {
        try await RepresentativeModel.query(on: db).filter(\.$companyID == companyID).filter(\.$userID == user.id!)
            .filter(\.$role == .director).first() != nil
    }

    /// Replaces the person's recovery codes (only their digests are kept).
    func replaceRecoveryCodes(_ codes: [String], on db: any Database) async throws {
        try await RecoveryCodeModel.query(on: db).filter(\.$userID == user.id!).delete()
        for code in codes {
            let row = RecoveryCodeModel()
            row.userID = user.id!
            row.codeHash = Tokens.digest(Tokens.normalizeRecoveryCode(code))
            try await row.create(on: db)
        }
    }
}
