import PortalHTTP

/// `/cabinet/tokens`: personal access tokens for the JSON API.
struct TokenPages {
    struct CreateForm: Content {
        var name: String?
        var scopes: [String]?
        var days: Int?
    }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "tokens", use: list)
        signedIn.post("cabinet", "tokens", use: create)
        signedIn.post("cabinet", "tokens", ":id", "revoke", use: revoke)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await render(req, name: "", errors: FormErrors(), created: nil, status: .ok)
    }

    func render(_ req: Request, name: String, errors: FormErrors, created: String?, status: HTTPResponseStatus,
                chosen: [String]? = nil) async throws -> Response {
        let user = try req.currentUser()
        let offered = CreateAccessToken.offered(officeAccess: try req.requirePrincipal().hasOfficeAccess)
        let chosen = chosen ?? offered.filter { !TokenScopes.office.contains($0) }
        let now = req.portal.now()
        let tokens = try await AccountQueries(db: req.db).accessTokens(of: user.id!)
        let page = TokensPage(
            tokens: tokens.map {
                TokensPage.Token(id: $0.id.uuidString, name: $0.name, prefix: $0.prefix, scopes: $0.scopes,
                                 expires: req.displayTime($0.expiresAt), lastUsed: $0.lastUsedAt.map(req.displayTime),
                                 active: $0.isActive(at: now))
            },
            offered: offered, chosen: chosen, lifetimes: CreateAccessToken.lifetimes, lifetime: 90, created: created, name: name, errors: errors)
        return try req.render(page, titleKey: "tokens.title", status: status)
    }

    @Sendable func create(req: Request) async throws -> Response {
        // A new credential for the whole API: the password again, and the code when the account has one.
        guard req.recentlyConfirmedSecondFactor() else { return req.reauthenticate(returnTo: "/cabinet/tokens") }
        let form = try req.content.decode(CreateForm.self)
        var errors = FormErrors()
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces)
        let scopes = (form.scopes ?? []).filter(CreateAccessToken.scopes.contains)
        if name.isEmpty { errors.add("name", req.t("tokens.name.required")) }
        if scopes.isEmpty { errors.add("scopes", req.t("tokens.scopes.required")) }
        let days = form.days ?? 90
        if !CreateAccessToken.lifetimes.contains(days) { errors.add("days", req.t("tokens.days.invalid")) }
        guard errors.isEmpty else {
            return try await render(req, name: name, errors: errors, created: nil, status: .unprocessableEntity, chosen: scopes)
        }
        let outcome = try await CreateAccessToken(account: try req.signedInAccount())
            .run(name: name, scopes: scopes, days: days, officeAccess: try req.requirePrincipal().hasOfficeAccess)
        switch outcome {
        case .created(let token, _):
            return try await render(req, name: "", errors: FormErrors(), created: token, status: .created)
        case .refused(let refusal):
            errors.add("scopes", req.t(refusal == .officeRoleRequired ? "tokens.scopes.office_role_required" : "tokens.scopes.second_factor_required"))
            return try await render(req, name: name, errors: errors, created: nil, status: .forbidden, chosen: scopes)
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
              try await RevokeAccessToken(account: try req.signedInAccount(sessionRequired: false)).run(id: id) == .revoked
        else { throw Abort(.notFound) }
        return req.redirect(to: "/cabinet/tokens", flash: "flash.token_revoked")
    }
}
