import PortalHTTP

/// `/signin/forgot`, `/signin/reset/code`, `/signin/reset/:token`: a forgotten password, by a link to
/// the verified e-mail or a code to the verified phone. The answer to a request is the same page
/// whether or not the account exists.
struct RecoveryPages {
    struct ForgotForm: Content {
        var identifier: String?
        var channel: String?
    }

    struct CodeForm: Content {
        var state: String?
        var code: String?
    }

    struct ResetForm: Content {
        var password: String?
        var passwordConfirmation: String?
        var code: String?
    }

    func register(_ web: any RoutesBuilder) {
        web.get("signin", "forgot", use: forgotForm)
        web.post("signin", "forgot", use: forgot)
        web.post("signin", "reset", "code", use: code)
        web.get("signin", "reset", ":token", use: resetForm)
        web.post("signin", "reset", ":token", use: reset)
    }

    @Sendable func forgotForm(req: Request) async throws -> Response {
        try req.render(ForgotPasswordPage(), titleKey: "forgot.title")
    }

    @Sendable func forgot(req: Request) async throws -> Response {
        let form = try req.content.decode(ForgotForm.self)
        let identifier = (form.identifier ?? "").trimmingCharacters(in: .whitespaces)
        let channel = form.channel.flatMap(RequestPasswordReset.Channel.init(rawValue:))
        var errors = FormErrors()
        if identifier.isEmpty { errors.add("identifier", req.t("signin.identifier.required")) }
        if channel == nil { errors.add("channel", req.t("forgot.channel.required")) }
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(ForgotPasswordPage(identifier: identifier, channel: form.channel ?? "", errors: errors), titleKey: "forgot.title", status: status)
        }
        guard errors.isEmpty, let channel else { return try again(.unprocessableEntity) }
        switch try await RequestPasswordReset(app: req.application, ip: req.clientIP).run(identifier: identifier, channel: channel) {
        case .throttled(let seconds):
            errors.add("identifier", req.t("forgot.throttled", String(seconds)))
            let response = try again(.tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        case .answered(let state?):
            return try req.render(ResetCodePage(state: state), titleKey: "reset.code.title")
        case .answered(nil):
            return try req.render(ResetLinkSentPage(), titleKey: "reset.sent.title")
        }
    }

    @Sendable func code(req: Request) async throws -> Response {
        let form = try req.content.decode(CodeForm.self)
        let state = form.state ?? ""
        var errors = FormErrors()
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(ResetCodePage(state: state, errors: errors), titleKey: "reset.code.title", status: status)
        }
        guard let code = form.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            errors.add("code", req.t("verify.code.required"))
            return try again(.unprocessableEntity)
        }
        switch try await VerifyResetCode(app: req.application, ip: req.clientIP).run(state: state, code: code) {
        case .accepted(let token):
            return req.redirect(to: "/signin/reset/" + token, redirectType: .normal)
        case .refused:
            errors.add("code", req.t("reset.code.refused"))
            return try again(.unprocessableEntity)
        case .throttled(let seconds):
            errors.add("code", req.t("forgot.throttled", String(seconds)))
            let response = try again(.tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        }
    }

    @Sendable func resetForm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard let link = try await ResetPassword(app: req.application, ip: req.clientIP).link(token) else {
            return try req.render(ResetLinkDeadPage(), titleKey: "reset.dead.title", status: .gone)
        }
        if link.needsSecondFactor && !link.user.totpEnabled {
            return try req.render(ResetOfficialPage(), titleKey: "reset.official.title", status: .forbidden)
        }
        return try req.render(ResetPasswordPage(token: token, needsSecondFactor: link.needsSecondFactor), titleKey: "reset.title")
    }

    @Sendable func reset(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let form = try req.content.decode(ResetForm.self)
        let useCase = ResetPassword(app: req.application, ip: req.clientIP)
        let needsSecondFactor = try await useCase.link(token)?.needsSecondFactor ?? false
        var errors = FormErrors()
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(ResetPasswordPage(token: token, needsSecondFactor: needsSecondFactor, errors: errors), titleKey: "reset.title", status: status)
        }
        switch try await useCase.run(token: token, password: form.password ?? "", confirmation: form.passwordConfirmation ?? "",
                                     secondFactorCode: form.code ?? "") {
        case .reset:
            let response = req.redirect(to: "/signin", flash: "flash.password_reset")
            // Whoever was signed in on this browser is signed out too: every session of the account ended.
            response.cookies[req.portal.config.sessionCookieName] = req.portal.cookie("", maxAge: 0)
            return response
        case .invalid(let issues):
            errors.add(issues, req)
            return try again(.unprocessableEntity)
        case .secondFactorThrottled(let seconds):
            errors.add("code", req.t("signin.throttled", String(seconds)))
            let response = try again(.tooManyRequests)
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        case .linkDead:
            return try req.render(ResetLinkDeadPage(), titleKey: "reset.dead.title", status: .gone)
        case .officialWithoutSecondFactor:
            return try req.render(ResetOfficialPage(), titleKey: "reset.official.title", status: .forbidden)
        }
    }
}
