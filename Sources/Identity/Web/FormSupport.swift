import PortalHTTP

extension FormErrors {
    /// Adds localised messages for field issues from a use case.
    mutating func add(_ issues: [(field: String, issue: ValidationIssue)], _ req: Request) {
        for item in issues { add(item.field, req.t(item.issue.key)) }
    }
}

extension Request {
    /// Sets the session cookie for a new session token.
    func sessionCookie(_ token: String) -> HTTPCookies.Value {
        portal.cookie(token, maxAge: Int(portal.config.sessionAbsoluteTimeout))
    }

    var userAgent: String? { headers.first(name: .userAgent) }

    /// The signed-in person's account row (loaded by the session middleware).
    func currentUser() throws -> UserModel {
        guard let user = storage[CurrentUserKey.self] else { throw Abort(.unauthorized) }
        return user
    }

    func currentSession() throws -> SessionModel {
        guard let session = storage[CurrentSessionKey.self] else { throw Abort(.unauthorized) }
        return session
    }

    /// The signed-in person as the account use cases take them; the session is required unless
    /// `sessionRequired` is false (then it is the current one, if any).
    func signedInAccount(sessionRequired: Bool = true) throws -> SignedInAccount {
        SignedInAccount(app: application, user: try currentUser(),
                        session: sessionRequired ? try currentSession() : storage[CurrentSessionKey.self], ip: clientIP)
    }

    /// True when the password was confirmed recently enough for a sensitive change.
    func recentlyReauthenticated() -> Bool {
        guard let at = storage[CurrentSessionKey.self]?.reauthenticatedAt else { return false }
        return portal.now().timeIntervalSince(at) <= portal.config.reauthenticationWindow
    }

    /// True when, recently enough, the password was confirmed and — for an account with an authenticator
    /// app — a code too (turning TOTP off, new recovery codes, new personal access tokens).
    func recentlyConfirmedSecondFactor() -> Bool {
        guard recentlyReauthenticated() else { return false }
        guard storage[CurrentUserKey.self]?.totpEnabled == true else { return true }
        guard let at = storage[CurrentSessionKey.self]?.secondFactorConfirmedAt else { return false }
        return portal.now().timeIntervalSince(at) <= portal.config.reauthenticationWindow
    }

    /// Sends the person to confirm their password (and code, when they have one), then back to `path`.
    func reauthenticate(returnTo path: String) -> Response {
        redirect(to: "/account/confirm-password?next=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/", "-", "_"])) ?? "/cabinet"),
                 redirectType: .normal)
    }
}
