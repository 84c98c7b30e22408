import FluentKit
import PortalHTTP

/// `/office`: the official's own place (agency, role, region) and, for administrators, the officials
/// of their agency.
struct OfficePages {
    static let manageOfficials = IdentityPermissions.manageOfficials
    static let platformOverview = IdentityPermissions.platformOverview

    struct RoleRow: Encodable, Sendable {
        var id: String
        var role: String
        var agency: String
        var agencyCode: String
        var unit: String?
    }

    struct Dashboard: Encodable, Sendable {
        var name: String
        var roles: [RoleRow]
        var canManageOfficials: Bool
        var canSeeOverview: Bool
        var links: [NavigationLink]
    }

    struct OfficialRow: Encodable, Sendable {
        var roleID: String
        var name: String
        var fin: String
        var role: String
        var agency: String
        var unit: String?
        var activated: Bool
        var secondFactor: Bool
        var isSelf: Bool
    }

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    /// A proposed role change waiting for a second official.
    struct ProposalRow: Encodable, Sendable {
        var id: String
        var name: String
        var fin: String
        var change: String
        var agency: String
        var unit: String?
        var proposedBy: String
        var proposedAt: String
        var reason: String?
        /// This viewer may approve or refuse it (not theirs, not about them, not above their role).
        var decidable: Bool
    }

    struct OfficialsPage: Encodable, Sendable {
        var officials: [OfficialRow]
        var proposals: [ProposalRow]
        var hasProposals: Bool
        var roles: [Option]
        var agencies: [Option]
        var units: [Option]
        var activationLink: String?
        var appointedName: String?
    }

    struct AppointForm: Content {
        var fin: String?
        var email: String?
        var role: String?
        var agency: String?
        var unit: String?
        var reason: String?
    }

    struct ReasonForm: Content { var reason: String? }

    struct StatRow: Encodable, Sendable {
        var module: String
        var key: String
        var value: Int64
    }

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
        var rows: [RoleRow] = []
        for assignment in principal.roles {
            let agency = try await assignment.agencyID.asyncMap { try await req.portal.directory.agency(id: $0) } ?? nil
            let unit = try await assignment.territorialUnitCode.asyncMap { try await req.portal.directory.unit(code: $0) } ?? nil
            rows.append(RoleRow(id: "", role: req.t("role.\(assignment.role.rawValue)"),
                                agency: agency?.name.text(req.language) ?? req.t("office.platform"), agencyCode: agency?.code ?? "",
                                unit: unit?.name.text(req.language)))
        }
        let links = req.portal.navigation.filter { $0.audience == .office && $0.path != "/office" }.map { link -> NavigationLink in
            var link = link
            link.label = req.t(link.labelKey)
            return link
        }
        let page = Dashboard(
            name: principal.displayName, roles: rows,
            canManageOfficials: !req.portal.permissions.assignments(of: principal, granting: Self.manageOfficials).isEmpty,
            canSeeOverview: !req.portal.permissions.assignments(of: principal, granting: Self.platformOverview).isEmpty,
            links: links)
        return try await req.renderPage("Identity/office", titleKey: "office.title", page)
    }

    @Sendable func officials(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        return try await renderOfficials(req, values: [:], errors: FormErrors(), activation: nil, appointed: nil, status: .ok)
    }

    func renderOfficials(_ req: Request, values: [String: String], errors: FormErrors, activation: String?, appointed: String?,
                         status: HTTPResponseStatus) async throws -> Response {
        let principal = try req.requirePrincipal()
        let authority = ProposeRoleChange(app: req.application, proposer: principal, ip: req.clientIP).authority
        let scope = authority.agencies
        let queries = OfficialsQueries(db: req.db)
        var rows: [OfficialRow] = []
        // A head of one unit sees that unit's officials; agency-wide managers their whole agency.
        for entry in try await queries.assignments(in: scope) {
            let (role, user) = (entry.role, entry.user)
            guard let agencyID = role.agencyID, authority.ceiling(agency: agencyID, unit: role.territorialUnitCode) != nil else { continue }
            rows.append(OfficialRow(roleID: role.id!.uuidString, name: "\(user.lastName) \(user.firstName)", fin: user.fin,
                                    role: req.t("role.\(role.role)"), agency: try await agencyName(role.agencyID, req),
                                    unit: try await unitName(role.territorialUnitCode, req), activated: user.passwordHash != nil,
                                    secondFactor: user.totpEnabled, isSelf: user.id == principal.userID))
        }
        var proposals: [ProposalRow] = []
        for entry in try await queries.pending(in: scope) {
            let request = entry.request
            guard let role = request.officialRole, authority.ceiling(agency: request.agencyID, unit: request.territorialUnitCode) != nil else { continue }
            let decidable = request.proposedBy != principal.userID && request.userID != principal.userID && request.subjectFIN != principal.fin.value
                && authority.mayChange(role, agency: request.agencyID, unit: request.territorialUnitCode)
            proposals.append(ProposalRow(
                id: request.id!.uuidString, name: request.subjectName, fin: request.subjectFIN,
                change: req.t("office.officials.change.\(request.kind)", req.t("role.\(request.role)")),
                agency: try await agencyName(request.agencyID, req), unit: try await unitName(request.territorialUnitCode, req),
                proposedBy: entry.proposer.map { "\($0.lastName) \($0.firstName)" } ?? "", proposedAt: BakuTime.display(request.proposedAt),
                reason: request.reason, decidable: decidable))
        }
        let agencies = try await req.portal.directory.agencies().filter { scope?.contains($0.id) ?? true }
        let highest = authority.managing.map(\.role).max()
        let page = OfficialsPage(
            officials: rows.sortedAzerbaijani(by: \.name), proposals: proposals, hasProposals: !proposals.isEmpty,
            roles: ProposeRoleChange.grantableRoles.filter { role in highest.map { role <= $0 } ?? false }.map {
                Option(value: $0.rawValue, label: req.t("role.\($0.rawValue)"), selected: values["role"] == $0.rawValue)
            },
            agencies: agencies.map { Option(value: $0.id.uuidString, label: $0.name.text(req.language), selected: values["agency"] == $0.id.uuidString) },
            units: try await req.portal.directory.units().filter { $0.kind != "autonomous_republic" }.map {
                Option(value: $0.code, label: $0.name.text(req.language), selected: values["unit"] == $0.code)
            },
            activationLink: activation.map { req.portal.config.publicBaseURL + "/activate/" + $0 },
            appointedName: appointed)
        return try await req.renderPage("Identity/officials", titleKey: "office.officials.title",
                                        FormPage(values: values, errors: errors, extra: page), status: status)
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
        let values = ["fin": form.fin ?? "", "email": form.email ?? "", "role": form.role ?? "",
                      "agency": agencyID?.uuidString ?? "", "unit": form.unit ?? "", "reason": form.reason ?? ""]
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
        return try await renderOfficials(req, values: values, errors: errors, activation: nil, appointed: nil, status: .unprocessableEntity)
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
            return try await renderOfficials(req, values: [:], errors: FormErrors(), activation: token, appointed: name, status: .ok)
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
        return try await renderOfficials(req, values: [:], errors: errors, activation: nil, appointed: nil, status: status)
    }

    static func error(_ field: String, _ message: String) -> FormErrors {
        var errors = FormErrors()
        errors.add(field, message)
        return errors
    }

    @Sendable func overview(req: Request) async throws -> Response {
        _ = try req.require(Self.platformOverview)
        var rows: [StatRow] = []
        for module in req.portal.modules {
            for stat in try await module.stats(on: req.db) {
                rows.append(StatRow(module: module.name, key: stat.key, value: stat.value))
            }
        }
        struct Overview: Encodable, Sendable { var stats: [StatRow] }
        return try await req.renderPage("Identity/overview", titleKey: "office.overview.title", Overview(stats: rows))
    }
}
