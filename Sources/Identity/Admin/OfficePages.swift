import FluentKit
import PortalHTTP

/// `/office`: the official's own place (agency, role, region) and, for administrators, the officials
/// of their agency.
struct OfficePages {
    static let manageOfficials = IdentityPermissions.manageOfficials
    static let platformOverview = IdentityPermissions.platformOverview

    struct AppointForm: Content {
        var fin: String?
        var email: String?
        var role: String?
        var agency: String?
        var unit: String?
        var reason: String?
    }

    struct ReasonForm: Content { var reason: String? }

    func register(_ office: any RoutesBuilder) {
        office.get(use: dashboard)
        office.get("officials", use: officials)
        office.post("officials", use: appoint)
        office.post("officials", ":role", "revoke", use: revoke)
        office.post("officials", "requests", ":request", "approve", use: approve)
        office.post("officials", "requests", ":request", "refuse", use: refuse)
        office.get("overview", use: overview)
    }

    @Sendable func dashboard(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        var rows: [OfficeHomePage.Role] = []
        for assignment in principal.roles {
            let agency = try await assignment.agencyID.asyncMap { try await req.portal.directory.agency(id: $0) } ?? nil
            let unit = try await assignment.territorialUnitCode.asyncMap { try await req.portal.directory.unit(code: $0) } ?? nil
            rows.append(OfficeHomePage.Role(role: req.t("role.\(assignment.role.rawValue)"),
                                            agency: agency?.name.text(req.language) ?? req.t("office.platform"), agencyCode: agency?.code,
                                            unit: unit?.name.text(req.language)))
        }
        // The sections this official may open (the header's list): no tile that answers 403.
        let sections = req.navigationLinks().filter { $0.audience == .office && $0.path != "/office" }.map {
            OfficeHomePage.Section(path: $0.path, label: $0.label)
        }
        let page = OfficeHomePage(
            name: principal.displayName, roles: rows, sections: sections,
            canSeeOverview: !req.portal.permissions.assignments(of: principal, granting: Self.platformOverview).isEmpty)
        return try req.render(page, titleKey: "office.title")
    }

    @Sendable func officials(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        return try await renderOfficials(req, form: .init(), errors: FormErrors(), activation: nil, appointed: nil, status: .ok)
    }

    func renderOfficials(_ req: Request, form: OfficialsPage.Appointment, errors: FormErrors, activation: String?, appointed: String?,
                         status: HTTPResponseStatus) async throws -> Response {
        let principal = try req.requirePrincipal()
        let authority = ProposeRoleChange(app: req.application, proposer: principal, ip: req.clientIP).authority
        let scope = authority.agencies
        let queries = OfficialsQueries(db: req.db)
        var rows: [OfficialsPage.Official] = []
        // A head of one unit sees that unit's officials; agency-wide managers their whole agency.
        for entry in try await queries.assignments(in: scope) {
            let user = entry.user
            guard let agencyID = entry.agencyID, authority.ceiling(agency: agencyID, unit: entry.territorialUnitCode) != nil else { continue }
            rows.append(OfficialsPage.Official(roleID: entry.roleID.uuidString, name: user.listName, fin: user.fin,
                                    role: req.t("role.\(entry.role.rawValue)"), agency: try await agencyName(entry.agencyID, req),
                                    unit: try await unitName(entry.territorialUnitCode, req), activated: user.activated,
                                    secondFactor: user.totpEnabled, isSelf: user.id == principal.userID))
        }
        var proposals: [OfficialsPage.Proposal] = []
        for request in try await queries.pending(in: scope) {
            let role = request.role
            guard authority.ceiling(agency: request.agencyID, unit: request.territorialUnitCode) != nil else { continue }
            let decidable = request.proposedBy != principal.userID && request.userID != principal.userID && request.subjectFIN != principal.fin.value
                && authority.mayChange(role, agency: request.agencyID, unit: request.territorialUnitCode)
            proposals.append(OfficialsPage.Proposal(
                id: request.id.uuidString, name: request.subjectName, fin: request.subjectFIN,
                change: req.t("office.officials.change.\(request.kind.rawValue)", req.t("role.\(request.role.rawValue)")),
                agency: try await agencyName(request.agencyID, req), unit: try await unitName(request.territorialUnitCode, req),
                proposedBy: request.proposer?.listName ?? "", proposedAt: req.displayTime(request.proposedAt),
                reason: request.reason, decidable: decidable))
        }
        let agencies = try await req.portal.directory.agencies().filter { scope?.contains($0.id) ?? true }
        let highest = authority.managing.map(\.role).max()
        let page = OfficialsPage(
            officials: rows.sortedAzerbaijani(by: \.name), proposals: proposals,
            roles: ProposeRoleChange.grantableRoles.filter { role in highest.map { role <= $0 } ?? false }.map {
                Choice(value: $0.rawValue, label: req.t("role.\($0.rawValue)"))
            },
            agencies: agencies.map { Choice(value: $0.id.uuidString, label: $0.name.text(req.language)) },
            units: try await req.portal.directory.units().filter(\.isPickable).choices(req),
            form: form, errors: errors, appointedName: appointed,
            activationLink: activation.map { req.portal.config.publicBaseURL + "/activate/" + $0 })
        return try req.render(page, titleKey: "office.officials.title", status: status)
    }

    func agencyName(_ id: UUID?, _ req: Request) async throws -> String {
        guard let id else { return "" }
        return try await req.portal.directory.agency(id: id)?.name.text(req.language) ?? ""
    }

    func unitName(_ code: String?, _ req: Request) async throws -> String? {
        guard let code else { return nil }
        return try await req.portal.directory.unit(code: code)?.name.text(req.language)
    }

    /// Proposes giving a role; a second official approves it before it takes effect.
    @Sendable func appoint(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        let form = try req.content.decode(AppointForm.self)
        let proposal = ProposeRoleChange(app: req.application, proposer: try req.requirePrincipal(), ip: req.clientIP)
        let scope = proposal.authority.agencies
        // An agency administrator of exactly one agency does not choose it.
        let agencyID = form.agency.flatMap(UUID.init(uuidString:)) ?? (scope?.count == 1 ? scope?.first : nil)
        let shown = OfficialsPage.Appointment(fin: form.fin ?? "", email: form.email ?? "", role: form.role ?? "",
                                              agency: agencyID?.uuidString ?? "", unit: form.unit ?? "", reason: form.reason ?? "")
        var errors = FormErrors()
        switch try await proposal.grant(fin: form.fin ?? "", email: form.email ?? "", role: form.role ?? "", agencyID: agencyID,
                                        unitCode: form.unit, reason: form.reason ?? "") {
        case .proposed: return req.redirect(to: "/office/officials", flash: "flash.role_change_proposed")
        case .invalid(let issues): errors.add(issues, req)
        case .notInRegister: errors.add("fin", req.t("office.officials.not_in_register"))
        case .forbidden, .notFound: throw Abort(.forbidden)
        case .aboveOwnRole: errors.add("role", req.t("office.officials.above_own_role"))
        case .alreadyHasRole: errors.add("role", req.t("office.officials.already_has_role"))
        case .alreadyPending: errors.add("role", req.t("office.officials.already_pending"))
        case .emailTaken: errors.add("email", req.t("register.email_taken"))
        }
        return try await renderOfficials(req, form: shown, errors: errors, activation: nil, appointed: nil, status: .unprocessableEntity)
    }

    /// Proposes removing a role (404 for one outside the agencies this person manages).
    @Sendable func revoke(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        guard let roleID = req.parameters.get("role", as: UUID.self) else { throw Abort(.notFound) }
        let form = try req.content.decode(ReasonForm.self)
        switch try await ProposeRoleChange(app: req.application, proposer: try req.requirePrincipal(), ip: req.clientIP)
            .revoke(roleID: roleID, reason: form.reason ?? "") {
        case .proposed: return req.redirect(to: "/office/officials", flash: "flash.role_change_proposed")
        case .alreadyPending: return req.redirect(to: "/office/officials", flash: "flash.role_change_pending")
        case .aboveOwnRole: throw Abort(.forbidden)
        case .notFound, .forbidden, .invalid, .notInRegister, .alreadyHasRole, .emailTaken: throw Abort(.notFound)
        }
    }

    @Sendable func approve(req: Request) async throws -> Response { try await decide(req, approve: true) }
    @Sendable func refuse(req: Request) async throws -> Response { try await decide(req, approve: false) }

    func decide(_ req: Request, approve: Bool) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        guard let id = req.parameters.get("request", as: UUID.self) else { throw Abort(.notFound) }
        let form = try req.content.decode(ReasonForm.self)
        let outcome = try await DecideRoleChange(app: req.application, decider: try req.requirePrincipal(), ip: req.clientIP)
            .decide(requestID: id, approve: approve, reason: form.reason ?? "")
        let field = "reason-\(id.uuidString)"
        var errors = FormErrors()
        let status: HTTPResponseStatus
        switch outcome {
        case .granted(let name, let token):
            return try await renderOfficials(req, form: .init(), errors: FormErrors(), activation: token, appointed: name, status: .ok)
        case .revoked: return req.redirect(to: "/office/officials", flash: "flash.role_revoked")
        case .refused: return req.redirect(to: "/office/officials", flash: "flash.role_change_refused")
        case .notFound: throw Abort(.notFound)
        case .reasonRequired: (status, errors) = (.unprocessableEntity, Self.error(field, req.t("office.officials.decision.reason_required")))
        case .samePerson: (status, errors) = (.forbidden, Self.error(field, req.t("office.officials.decision.same_person")))
        case .ownRoles: (status, errors) = (.forbidden, Self.error(field, req.t("office.officials.decision.own_roles")))
        case .aboveOwnRole: (status, errors) = (.forbidden, Self.error(field, req.t("office.officials.above_own_role")))
        case .alreadyDecided: (status, errors) = (.conflict, Self.error(field, req.t("office.officials.decision.already_decided")))
        case .alreadyHasRole: (status, errors) = (.conflict, Self.error(field, req.t("office.officials.already_has_role")))
        case .roleGone: (status, errors) = (.conflict, Self.error(field, req.t("office.officials.decision.role_gone")))
        case .emailTaken: (status, errors) = (.conflict, Self.error(field, req.t("register.email_taken")))
        case .notInRegister: (status, errors) = (.conflict, Self.error(field, req.t("office.officials.not_in_register")))
        }
        return try await renderOfficials(req, form: .init(), errors: errors, activation: nil, appointed: nil, status: status)
    }

    static func error(_ field: String, _ message: String) -> FormErrors {
        var errors = FormErrors()
        errors.add(field, message)
        return errors
    }

    @Sendable func overview(req: Request) async throws -> Response {
        _ = try req.require(Self.platformOverview)
        var figures: [OverviewPage.Figure] = []
        for module in req.portal.modules {
            for stat in try await module.stats(on: req.db) {
                figures.append(OverviewPage.Figure(module: module.name, key: stat.key, value: stat.value))
            }
        }
        return try req.render(OverviewPage(figures: figures), titleKey: "office.overview.title")
    }
}
