import PortalHTTP

/// `/register`: step one matches FIN + ID card with the register, step two confirms the known name and
/// takes contact details and a password.
struct RegisterPages {
    struct LookupForm: Content {
        var fin: String?
        var idCard: String?
    }

    struct DetailsForm: Content {
        var state: String?
        var phone: String?
        var email: String?
        var password: String?
        var passwordConfirmation: String?
    }

    func register(_ web: any RoutesBuilder) {
        // Step one is where FIN + card pairs could be tried at scale; step two needs its signed result.
        let limited = web.grouped(RateLimitMiddleware(bucket: "register", limit: 20, per: 600))
        web.get("register", use: start)
        limited.post("register", use: lookup)
        web.post("register", "details", use: details)
    }

    @Sendable func start(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: "/cabinet") }
        return try req.render(RegisterPage(), titleKey: "register.title")
    }

    @Sendable func lookup(req: Request) async throws -> Response {
        let form = try req.content.decode(LookupForm.self)
        var errors = FormErrors()
        func again(_ status: HTTPResponseStatus) throws -> Response {
            try req.render(RegisterPage(fin: form.fin ?? "", idCard: form.idCard ?? "", errors: errors), titleKey: "register.title", status: status)
        }
        switch try await RegisterCitizen(app: req.application, ip: req.clientIP).lookup(fin: form.fin ?? "", idCard: form.idCard ?? "") {
        case .invalid(let issues):
            errors.add(issues, req)
            return try again(.unprocessableEntity)
        case .noMatch:
            errors.add("fin", req.t("register.no_match"))
            return try again(.unprocessableEntity)
        case .alreadyRegistered:
            errors.add("fin", req.t("register.already_registered"))
            return try again(.conflict)
        case .found(let person, let state):
            let page = RegisterDetailsPage(fullName: person.fullName, birthDate: req.displayDate(person.birthDate), fin: person.fin.value, state: state)
            return try req.render(page, titleKey: "register.details.title")
        }
    }

    @Sendable func details(req: Request) async throws -> Response {
        let form = try req.content.decode(DetailsForm.self)
        let state = form.state ?? ""
        let outcome = try await RegisterCitizen(app: req.application, ip: req.clientIP).register(
            state: state,
            details: .init(phone: form.phone ?? "", email: form.email ?? "", password: form.password ?? "",
                           passwordConfirmation: form.passwordConfirmation ?? "", language: req.language))
        var errors = FormErrors()
        switch outcome {
        case .registered:
            return req.redirect(to: "/signin", flash: "flash.registered")
        case .expired:
            return req.redirect(to: "/register", flash: "flash.registration_expired")
        case .alreadyRegistered:
            return req.redirect(to: "/signin", flash: "flash.already_registered")
        case .emailTaken:
            errors.add("email", req.t("register.email_taken"))
        case .invalid(let issues):
            errors.add(issues, req)
        }
        // Show the person again from the verified state, never from the submitted form.
        guard let payload = req.identity.state.verify(state, now: req.portal.now()), let fin = payload["fin"],
              let person = try await req.portal.registryLookup.person(fin: FIN(uncheckedValue: fin)) else {
            return req.redirect(to: "/register", flash: "flash.registration_expired")
        }
        let page = RegisterDetailsPage(fullName: person.fullName, birthDate: req.displayDate(person.birthDate), fin: fin, state: state,
                                       phone: form.phone ?? "", email: form.email ?? "", errors: errors)
        return try req.render(page, titleKey: "register.details.title", status: .unprocessableEntity)
    }
}
