import FluentKit
import PortalHTTP

/// The first of two people changing an office role: an agency administrator or head (or the platform
/// administrator) proposes to grant or revoke one role in an agency they manage; a second, different
/// official decides it (`DecideRoleChange`). Nobody proposes a role above their own, and the platform
/// administrator's role is never proposed.
struct ProposeRoleChange {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum Outcome {
        case proposed(RoleChangeRequestModel)
        case invalid([FieldIssue])
        case notInRegister
        /// Not an agency (or unit) this person manages: the page answers 403, a role out of reach 404.
        case forbidden
        case notFound
        /// The role is above the proposer's own.
        case aboveOwnRole
        case alreadyHasRole
        case alreadyPending
        case emailTaken
    }

    /// Roles the office can give, in order of authority. Never platform_admin (that is the CLI's).
    static let grantableRoles: [OfficialRole] = [.operator_, .reviewer, .agencyAdmin, .head]

    let app: Application
    let proposer: Principal
    let ip: String

    var authority: RoleAuthority {
        RoleAuthority(managing: app.portal.permissions.assignments(of: proposer, granting: IdentityPermissions.manageOfficials))
    }

    func grant(fin rawFIN: String, email rawEmail: String, role rawRole: String, agencyID: UUID?, unitCode: String?,
               reason rawReason: String) async throws -> Outcome {
        var issues: [FieldIssue] = []
        var fin: FIN?
        switch FIN.parse(rawFIN) {
        case .success(let value): fin = value
        case .failure(let issue): issues.append((field: "fin", issue: issue))
        }
        let role = OfficialRole(rawValue: rawRole).flatMap { Self.grantableRoles.contains($0) ? $0 : nil }
        if role == nil { issues.append((field: "role", issue: ValidationIssue("office.officials.role.required"))) }
        let agency = try await agencyID.asyncMap { try await app.portal.directory.agency(id: $0) } ?? nil
        if agency == nil { issues.append((field: "agency", issue: ValidationIssue("office.officials.agency.required"))) }
        var unit: String?
        if let unitCode, !unitCode.isEmpty {
            if try await app.portal.directory.unit(code: unitCode) == nil {
                issues.append((field: "unit", issue: ValidationIssue("office.officials.unit.invalid")))
            } else { unit = unitCode }
        }
        let reason = Self.clean(rawReason)
        if reason.count > 500 { issues.append((field: "reason", issue: ValidationIssue("office.officials.reason.too_long"))) }
        guard let fin, let role, let agency else { return .invalid(issues) }
        guard authority.ceiling(agency: agency.id, unit: unit) != nil else { return .forbidden }
        guard authority.mayChange(role, agency: agency.id, unit: unit) else { return .aboveOwnRole }

        let existing = try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first()
        var email: EmailAddress?
        if existing == nil {
            switch EmailAddress.parse(rawEmail) {
            case .success(let value): email = value
            case .failure(let issue): issues.append((field: "email", issue: issue))
            }
        }
        guard issues.isEmpty else { return .invalid(issues) }
        if let existing, try await RoleModel.query(on: app.db).filter(\.$userID == existing.id!).filter(\.$role == role)
            .filter(\.$agencyID == agency.id).first() != nil {
            return .alreadyHasRole
        }
        if let email, try await UserModel.query(on: app.db).filter(\.$email == email.value).first() != nil { return .emailTaken }
        guard let person = try await app.portal.registryLookup.person(fin: fin) else { return .notInRegister }

        let request = RoleChangeRequestModel()
        request.id = UUID()
        request.kind = .grant
        request.subjectFIN = fin.value
        request.subjectName = "\(person.lastName) \(person.firstName)"
        request.userID = existing?.id
        request.email = email?.value
        request.role = role
        request.agencyID = agency.id
        request.territorialUnitCode = unit
        request.reason = reason.isEmpty ? nil : reason
        // Reading the register to name the person is a read of their personal data.
        return try await record(request, agencyCode: agency.code, personalDataRead: true)
    }

    /// Proposes removing one assignment; 404 (`notFound`) for an assignment outside what this person manages.
    func revoke(roleID: UUID, reason rawReason: String) async throws -> Outcome {
        let reason = Self.clean(rawReason)
        guard reason.count <= 500 else { return .invalid([(field: "reason", issue: ValidationIssue("office.officials.reason.too_long"))]) }
        guard let assignment = try await RoleModel.find(roleID, on: app.db), assignment.role != .platformAdmin, let agencyID = assignment.agencyID,
              authority.ceiling(agency: agencyID, unit: assignment.territorialUnitCode) != nil,
              let user = try await UserModel.find(assignment.userID, on: app.db) else { return .notFound }
        let role = assignment.role
        guard authority.mayChange(role, agency: agencyID, unit: assignment.territorialUnitCode) else { return .aboveOwnRole }
        let request = RoleChangeRequestModel()
        request.id = UUID()
        request.kind = .revoke
        request.subjectFIN = user.fin
        request.subjectName = "\(user.lastName) \(user.firstName)"
        request.userID = user.id
        request.role = role
        request.agencyID = agencyID
        request.territorialUnitCode = assignment.territorialUnitCode
        request.roleID = roleID
        request.reason = reason.isEmpty ? nil : reason
        let code = try await app.portal.directory.agency(id: agencyID)?.code ?? ""
        return try await record(request, agencyCode: code, personalDataRead: false)
    }

    func record(_ request: RoleChangeRequestModel, agencyCode: String, personalDataRead: Bool) async throws -> Outcome {
        request.status = .pending
        request.proposedBy = proposer.userID
        request.proposedAt = app.portal.now()
        let actor = proposer.officialActor(agencyID: proposer.isPlatformAdmin ? nil : request.agencyID, ip: ip)
        do {
            try await app.db.writeTransaction { db in
                try await request.create(on: db)
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: "identity.role_change.proposed", subjectFIN: request.subjectFIN,
                    objectType: "role_request", objectID: request.id?.uuidString, purpose: personalDataRead ? "appointment" : nil,
                    details: ["kind": request.kind.rawValue, "role": request.role.rawValue, "agency": agencyCode, "unit": request.territorialUnitCode ?? ""],
                    isPersonalDataRead: personalDataRead), on: db)
            }
        } catch where error.isConstraintViolation {
            return .alreadyPending
        }
        return .proposed(request)
    }

    static func clean(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
