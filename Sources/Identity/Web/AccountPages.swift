import PortalHTTP

/// Language switch (works signed in or not) and official account activation.
struct AccountPages {
    struct LanguageForm: Content {
        var lang: String?
        var returnTo: String?
    }

    struct ActivationForm: Content {
        var password: String?
        var passwordConfirmation: String?
    }

    func register(_ web: any RoutesBuilder) {
        web.post("language", use: language)
        web.get("language", ":code", use: languageLink)
        web.get("activate", ":token", use: activationForm)
        web.post("activate", ":token", use: activate)
    }

    @Sendable func language(req: Request) async throws -> Response {
        let form = try req.content.decode(LanguageForm.self)
        guard let language = form.lang.flatMap(Language.init(rawValue:)) else { throw Abort(.badRequest) }
        if let user = req.storage[CurrentUserKey.self] {
            let account = SignedInAccount(app: req.application, user: user, session: req.storage[CurrentSessionKey.self], ip: req.clientIP)
            _ = try await SetLanguage(account: account).run(language)
        }
        let response = req.redirect(to: req.safeReturnPath(form.returnTo), redirectType: .normal)
        response.cookies[req.portal.config.languageCookieName] = req.portal.cookie(language.rawValue, maxAge: 365 * 86400)
        return response
    }

    /// The language links of reading pages for visitors: only the cookie changes (a signed-in person's
    /// profile changes through the POST form, which needs their CSRF token).
    @Sendable func languageLink(req: Request) async throws -> Response {
        guard let language = req.parameters.get("code").flatMap(Language.init(rawValue:)) else { throw Abort(.notFound) }
        let response = req.redirect(to: req.safeReturnPath(req.query[String.self, at: "returnTo"]), redirectType: .normal)
        response.cookies[req.portal.config.languageCookieName] = req.portal.cookie(language.rawValue, maxAge: 365 * 86400)
        return response
    }

    @Sendable func activationForm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let (_, user) = try await ActivateOfficial(app: req.application).invitation(token: token) else { throw Abort(.notFound) }
        return try req.render(ActivatePage(name: "\(user.firstName) \(user.lastName)", token: token), titleKey: "activate.title")
    }

    @Sendable func activate(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let activation = ActivateOfficial(app: req.application)
        guard let (_, user) = try await activation.invitation(token: token) else { throw Abort(.notFound) }
        let form = try req.content.decode(ActivationForm.self)
        var errors = FormErrors()
        if let issue = req.identity.policy.check(form.password ?? "", fin: user.fin, email: user.email) {
            errors.add("password", req.t(issue.key))
        } else if form.password != form.passwordConfirmation {
            errors.add("passwordConfirmation", req.t("validation.password.mismatch"))
        }
        if errors.isEmpty, let password = form.password, try await activation.activate(token: token, password: password, ip: req.clientIP) {
            return req.redirect(to: "/signin?next=/office", flash: "flash.activated")
        }
        if errors.isEmpty { throw Abort(.notFound) }
        return try req.render(ActivatePage(name: "\(user.firstName) \(user.lastName)", token: token, errors: errors), titleKey: "activate.title",
                              status: .unprocessableEntity)
    }
}
