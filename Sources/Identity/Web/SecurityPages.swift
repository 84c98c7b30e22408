import PortalHTTP

/// `/cabinet/security`: password, authenticator app, recovery codes, sessions; `/account/confirm-password`.
struct SecurityPages {
    struct PasswordForm: Content {
        var password: String?
        var passwordConfirmation: String?
    }

    struct ConfirmForm: Content {
        var password: String?
        var code: String?
        var next: String?
    }

    struct CodeForm: Content {
        var code: String?
        var state: String?
    }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "security", use: overview)
        signedIn.get("cabinet", "security", "password", use: passwordForm)
        signedIn.post("cabinet", "security", "password", use: changePassword)
        signedIn.get("cabinet", "security", "totp", use: totpSetup)
        signedIn.post("cabinet", "security", "totp", use: totpEnable)
        signedIn.post("cabinet", "security", "totp", "disable", use: totpDisable)
        signedIn.post("cabinet", "security", "recovery-codes", use: regenerateCodes)
        signedIn.post("cabinet", "sessions", "revoke-others", use: revokeOthers)
        signedIn.post("cabinet", "sessions", ":id", "revoke", use: revokeOne)
        signedIn.get("account", "confirm-password", use: confirmForm)
        signedIn.post("account", "confirm-password", use: confirm)
    }

    @Sendable func overview(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let current = try req.currentSession()
        let queries = AccountQueries(db: req.db)
        let sessions = try await queries.sessions(of: user.id!)
        let left = try await queries.unusedRecoveryCodes(of: user.id!)
        let page = SecurityPage(
            totpEnabled: user.totpEnabled, isOfficial: try req.requirePrincipal().hasOfficeAccess, recoveryCodesLeft: left,
            passwordChanged: user.passwordChangedAt.map(req.displayTime),
            sessions: sessions.map {
                SecurityPage.Session(id: $0.publicID.uuidString, started: req.displayTime($0.createdAt), lastSeen: req.displayTime($0.lastSeenAt),
                           ip: $0.ip, device: $0.userAgent.map { String($0.prefix(80)) }, current: $0.id == current.id)
            })
        return try req.render(page, titleKey: "security.title")
    }

    @Sendable func passwordForm(req: Request) async throws -> Response {
        guard req.recentlyReauthenticated() else { return req.reauthenticate(returnTo: "/cabinet/security/password") }
        return try req.render(PasswordPage(), titleKey: "password.title")
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        guard req.recentlyReauthenticated() else { return req.reauthenticate(returnTo: "/cabinet/security/password") }
        let form = try req.content.decode(PasswordForm.self)
        let user = try req.currentUser()
        var errors = FormErrors()
        if let issue = req.identity.policy.check(form.password ?? "", fin: user.fin, email: user.email) {
            errors.add("password", req.t(issue.key))
        } else if form.password != form.passwordConfirmation {
            errors.add("passwordConfirmation", req.t("validation.password.mismatch"))
        }
        guard errors.isEmpty, let password = form.password else {
            return try req.render(PasswordPage(errors: errors), titleKey: "password.title", status: .unprocessableEntity)
        }
        _ = try await ChangePassword(account: try req.signedInAccount()).run(to: password)
        return req.redirect(to: "/cabinet/security", flash: "flash.password_changed")
    }

    @Sendable func totpSetup(req: Request) async throws -> Response {
        let user = try req.currentUser()
        if user.totpEnabled { return req.redirect(to: "/cabinet/security") }
        let reasonOffice = req.query[String.self, at: "reason"] == "office"
        guard req.recentlyReauthenticated() else {
            return req.reauthenticate(returnTo: "/cabinet/security/totp" + (reasonOffice ? "?reason=office" : ""))
        }
        return try renderSetup(req, secret: TOTP.generateSecret(), errors: FormErrors(), reasonOffice: reasonOffice, status: .ok)
    }

    func renderSetup(_ req: Request, secret: [UInt8], errors: FormErrors, reasonOffice: Bool, status: HTTPResponseStatus) throws -> Response {
        let user = try req.currentUser()
        let encoded = Base32.encode(secret)
        let state = try req.identity.state.sign(["totp": encoded, "user": user.id!.uuidString],
                                                expires: req.portal.now().addingTimeInterval(15 * 60))
        let grouped = stride(from: 0, to: encoded.count, by: 4).map { i -> String in
            let start = encoded.index(encoded.startIndex, offsetBy: i)
            return String(encoded[start..<encoded.index(start, offsetBy: min(4, encoded.count - i))])
        }.joined(separator: " ")
        let setup = TOTPSetupPage(secret: encoded, secretGrouped: grouped,
                                  uri: TOTP(secret: secret).provisioningURI(account: user.fin, issuer: "OneWindow"),
                                  state: state, reasonOffice: reasonOffice, errors: errors)
        return try req.render(setup, titleKey: "totp.title", status: status)
    }

    @Sendable func totpEnable(req: Request) async throws -> Response {
        guard req.recentlyReauthenticated() else { return req.reauthenticate(returnTo: "/cabinet/security/totp") }
        let form = try req.content.decode(CodeForm.self)
        let user = try req.currentUser()
        guard let payload = req.identity.state.verify(form.state ?? "", now: req.portal.now()),
              payload["user"] == user.id!.uuidString, let encoded = payload["totp"], let secret = Base32.decode(encoded) else {
            return req.redirect(to: "/cabinet/security/totp", flash: "flash.totp_setup_expired")
        }
        guard let step = TOTP(secret: secret).matchingStep(form.code ?? "", at: req.portal.now()) else {
            var errors = FormErrors()
            errors.add("code", req.t("totp.code.invalid"))
            return try renderSetup(req, secret: secret, errors: errors, reasonOffice: false, status: .unprocessableEntity)
        }
        switch try await EnableTOTP(account: try req.signedInAccount()).run(secret: secret, step: step) {
        case .enabled(let codes): return try req.render(RecoveryCodesPage(codes: codes), titleKey: "recovery.title")
        }
    }

    @Sendable func totpDisable(req: Request) async throws -> Response {
        // Officials must keep their second factor: the office refuses them without it.
        guard try !req.requirePrincipal().hasOfficeAccess else { throw Abort(.forbidden) }
        guard req.recentlyConfirmedSecondFactor() else { return req.reauthenticate(returnTo: "/cabinet/security") }
        _ = try await DisableTOTP(account: try req.signedInAccount()).run()
        return req.redirect(to: "/cabinet/security", flash: "flash.totp_disabled")
    }

    @Sendable func regenerateCodes(req: Request) async throws -> Response {
        guard req.recentlyConfirmedSecondFactor() else { return req.reauthenticate(returnTo: "/cabinet/security") }
        guard try req.currentUser().totpEnabled else { return req.redirect(to: "/cabinet/security") }
        switch try await RegenerateRecoveryCodes(account: try req.signedInAccount()).run() {
        case .generated(let codes): return try req.render(RecoveryCodesPage(codes: codes), titleKey: "recovery.title")
        }
    }

    @Sendable func revokeOthers(req: Request) async throws -> Response {
        _ = try await EndOtherSessions(account: try req.signedInAccount()).run()
        return req.redirect(to: "/cabinet/security", flash: "flash.signed_out_everywhere")
    }

    @Sendable func revokeOne(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        guard try await EndSession(account: try req.signedInAccount()).run(publicID: id) == .ended else { throw Abort(.notFound) }
        return req.redirect(to: "/cabinet/security", flash: "flash.sessions_revoked")
    }

    @Sendable func confirmForm(req: Request) async throws -> Response {
        let next = req.safeReturnPath(req.query[String.self, at: "next"], fallback: "/cabinet")
        return try renderConfirm(req, next: next, errors: FormErrors(), status: .ok)
    }

    /// The page asks for a code too when the account has an authenticator app.
    func renderConfirm(_ req: Request, next: String, errors: FormErrors, status: HTTPResponseStatus) throws -> Response {
        let page = ConfirmPasswordPage(next: next, askCode: try req.currentUser().totpEnabled, errors: errors)
        return try req.render(page, titleKey: "confirm.title", status: status)
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let form = try req.content.decode(ConfirmForm.self)
        let next = req.safeReturnPath(form.next, fallback: "/cabinet")
        var errors = FormErrors()
        let outcome = try await ConfirmIdentity(account: try req.signedInAccount()).run(password: form.password ?? "", code: form.code)
        switch outcome {
        case .confirmed:
            return req.redirect(to: next, redirectType: .normal)
        case .wrongPassword:
            errors.add("password", req.t("confirm.wrong_password"))
            return try renderConfirm(req, next: next, errors: errors, status: .unauthorized)
        case .codeRequired:
            errors.add("code", req.t("verify.code.required"))
            return try renderConfirm(req, next: next, errors: errors, status: .unprocessableEntity)
        case .wrongCode:
            errors.add("code", req.t("verify.code.invalid"))
            return try renderConfirm(req, next: next, errors: errors, status: .unauthorized)
        case .throttled(let wait), .codeThrottled(let wait):
            if case .codeThrottled = outcome { errors.add("code", req.t("signin.throttled", String(wait))) } else { errors.add("password", req.t("signin.throttled", String(wait))) }
            let response = try renderConfirm(req, next: next, errors: errors, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(wait))
            return response
        }
    }
}
