import FluentKit
import PortalHTTP

/// `/office`: the official's own place (agency, role, region) and, for administrators, the officials
/// of their agency.
struct OfficePages {
    static let manageOfficials: Permission = "identity.officials.manage"
    static let platformOverview: Permission = "platform.overview"

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

    struct OfficialsPage: Encodable, Sendable {
        var officials: [OfficialRow]
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
    }

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
        let manager = ManageOfficials(app: req.application, appointer: principal, ip: req.clientIP)
        let scope = manager.manageableAgencies()
        var query = RoleModel.query(on: req.db).filter(\.$role != OfficialRole.platformAdmin.rawValue)
        if let scope { query = query.filter(\.$agencyID ~~ scope.map { Optional($0) }) }
        let roles = try await query.sort(\.$createdAt).limit(500).all()
        let users = try await UserModel.query(on: req.db).filter(\.$id ~~ Array(Set(roles.map(\.userID)))).all()
        var rows: [OfficialRow] = []
        for role in roles {
            guard let user = users.first(where: { $0.id == role.userID }) else { continue }
            let agency = try await role.agencyID.asyncMap { try await req.portal.directory.agency(id: $0) } ?? nil
            let unit = try await role.territorialUnitCode.asyncMap { try await req.portal.directory.unit(code: $0) } ?? nil
            rows.append(OfficialRow(roleID: role.id!.uuidString, name: "\(user.lastName) \(user.firstName)", fin: user.fin,
                                    role: req.t("role.\(role.role)"), agency: agency?.name.text(req.language) ?? "",
                                    unit: unit?.name.text(req.language), activated: user.passwordHash != nil,
                                    secondFactor: user.totpEnabled, isSelf: user.id == principal.userID))
        }
        let agencies = try await req.portal.directory.agencies().filter { scope?.contains($0.id) ?? true }
        let page = OfficialsPage(
            officials: rows.sortedAzerbaijani(by: \.name),
            roles: ManageOfficials.appointableRoles.map {
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

    @Sendable func appoint(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        let form = try req.content.decode(AppointForm.self)
        let manager = ManageOfficials(app: req.application, appointer: try req.requirePrincipal(), ip: req.clientIP)
        let scope = manager.manageableAgencies()
        // An agency administrator of exactly one agency does not choose it.
        let agencyID = form.agency.flatMap(UUID.init(uuidString:)) ?? (scope?.count == 1 ? scope?.first : nil)
        let values = ["fin": form.fin ?? "", "email": form.email ?? "", "role": form.role ?? "",
                      "agency": agencyID?.uuidString ?? "", "unit": form.unit ?? ""]
        var errors = FormErrors()
        switch try await manager.appoint(fin: form.fin ?? "", email: form.email ?? "", role: form.role ?? "", agencyID: agencyID, unitCode: form.unit) {
        case .appointed(let name, let token):
            return try await renderOfficials(req, values: [:], errors: FormErrors(), activation: token, appointed: name, status: .created)
        case .invalid(let issues): errors.add(issues, req)
        case .notInRegister: errors.add("fin", req.t("office.officials.not_in_register"))
        case .forbidden: throw Abort(.forbidden)
        case .alreadyHasRole: errors.add("role", req.t("office.officials.already_has_role"))
        case .emailTaken: errors.add("email", req.t("register.email_taken"))
        }
        return try await renderOfficials(req, values: values, errors: errors, activation: nil, appointed: nil, status: .unprocessableEntity)
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        _ = try req.require(Self.manageOfficials)
        guard let roleID = req.parameters.get("role", as: UUID.self),
              try await ManageOfficials(app: req.application, appointer: try req.requirePrincipal(), ip: req.clientIP).revoke(roleID: roleID)
        else { throw Abort(.notFound) }
        return req.redirect(to: "/office/officials", flash: "flash.role_revoked")
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
