import PortalHTTP

/// `/signin`, `/signin/verify`, `/signout`.
struct SignInPages {
    struct SignInForm: Content {
        var identifier: String?
        var password: String?
        var next: String?
    }

    struct CodeForm: Content {
        var code: String?
        var next: String?
    }

    func register(_ web: any RoutesBuilder) {
        web.get("signin", use: signInForm)
        web.post("signin", use: signIn)
        web.get("signin", "verify", use: codeForm)
        web.post("signin", "verify", use: verify)
        web.post("signout", use: signOut)
    }

    @Sendable func signInForm(req: Request) async throws -> Response {
        if let principal = req.principal {
            let home = principal.hasOfficeAccess ? "/office" : "/cabinet"
            return req.redirect(to: req.safeReturnPath(req.query[String.self, at: "next"], fallback: home))
        }
        let next = req.safeReturnPath(req.query[String.self, at: "next"], fallback: "")
        return try req.render(SignInPage(next: next), titleKey: "signin.title")
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let next = req.safeReturnPath(form.next, fallback: "")
        var errors = FormErrors()
        let identifier = (form.identifier ?? "").trimmingCharacters(in: .whitespaces)
        if identifier.isEmpty { errors.add("identifier", req.t("signin.identifier.required")) }
        if (form.password ?? "").isEmpty { errors.add("password", req.t("signin.password.required")) }
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(SignInPage(identifier: identifier, next: next, errors: errors), titleKey: "signin.title", status: status)
        }
        guard errors.isEmpty else { return try again(.unprocessableEntity) }
        let outcome = try await SignIn(app: req.application, ip: req.clientIP, userAgent: req.userAgent)
            .run(identifier: identifier, password: form.password ?? "")
        switch outcome {
        case .signedIn(let token, let profile):
            let response = req.redirect(to: next.isEmpty ? Self.landing(profile) : next, redirectType: .normal)
            response.cookies[req.portal.config.sessionCookieName] = req.sessionCookie(token)
            if let lang = Language(rawValue: profile.language) {
                response.cookies[req.portal.config.languageCookieName] = req.portal.cookie(lang.rawValue, maxAge: 365 * 86400)
            }
            return response
        case .secondFactorRequired(let pending):
            let query = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/", "-", "_", "."])) ?? ""
            let response = req.redirect(to: "/signin/verify" + (next.isEmpty ? "" : "?next=" + query), redirectType: .normal)
            response.cookies[req.portal.config.sessionCookieName] = req.sessionCookie(pending)
            return response
        case .throttled(let retryAfter):
            errors.add("identifier", req.t("signin.throttled", String(retryAfter)))
            let response = try again(.tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(retryAfter))
            return response
        case .invalidCredentials:
            errors.add("identifier", req.t("signin.invalid"))
            return try again(.unauthorized)
        }
    }

    /// Where signing in without a `next` leads: officials to their office page, citizens to their cabinet.
    static func landing(_ profile: AccountQueries.Profile) -> String {
        profile.holdsOfficeRole ? "/office" : "/cabinet"
    }

    @Sendable func codeForm(req: Request) async throws -> Response {
        guard req.storage[PendingSessionKey.self] != nil else { return req.redirect(to: "/signin") }
        let next = req.safeReturnPath(req.query[String.self, at: "next"], fallback: "")
        return try req.render(VerifyPage(next: next), titleKey: "verify.title")
    }

    @Sendable func verify(req: Request) async throws -> Response {
        let form = try req.content.decode(CodeForm.self)
        let next = req.safeReturnPath(form.next, fallback: "")
        guard let token = req.cookies[req.portal.config.sessionCookieName]?.string, req.storage[PendingSessionKey.self] != nil else {
            return req.redirect(to: "/signin", flash: "flash.sign_in_expired")
        }
        var errors = FormErrors()
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(VerifyPage(next: next, errors: errors), titleKey: "verify.title", status: status)
        }
        guard let code = form.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            errors.add("code", req.t("verify.code.required"))
            return try again(.unprocessableEntity)
        }
        switch try await VerifySecondFactor(app: req.application, ip: req.clientIP, userAgent: req.userAgent).run(pendingToken: token, code: code) {
        case .signedIn(let newToken, let profile):
            let response = req.redirect(to: next.isEmpty ? Self.landing(profile) : next, redirectType: .normal)
            response.cookies[req.portal.config.sessionCookieName] = req.sessionCookie(newToken)
            return response
        case .throttled(let retryAfter):
            errors.add("code", req.t("signin.throttled", String(retryAfter)))
            let response = try again(.tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(retryAfter))
            return response
        case .invalidCode:
            errors.add("code", req.t("verify.code.invalid"))
            return try again(.unauthorized)
        case .sessionExpired:
            return req.redirect(to: "/signin", flash: "flash.sign_in_expired")
        }
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        let session = req.storage[CurrentSessionKey.self] ?? req.storage[PendingSessionKey.self]
        if let session {
            try await SignOut(app: req.application, ip: req.clientIP).end(session, fin: req.storage[CurrentUserKey.self]?.fin)
        }
        let response = req.redirect(to: "/", flash: "flash.signed_out")
        response.cookies[req.portal.config.sessionCookieName] = req.portal.cookie("", maxAge: 0)
        return response
    }
}
