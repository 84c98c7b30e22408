import PortalHTTP

/// Officials are citizens with a role in an agency. An agency administrator appoints people of their
/// own agency; the platform administrator appoints anyone. A person without an account gets one,
/// named from the register, and a one-time activation link to set a password.
struct ManageOfficials {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum AppointOutcome {
        case appointed(name: String, activationToken: String?)
        case invalid([FieldIssue])
        case notInRegister
        case forbidden
        case alreadyHasRole
        case emailTaken
    }

    /// How long an activation link stays valid.
    static let invitationLifetime: TimeInterval = 72 * 3600

    let app: Application
    let appointer: Principal
    let ip: String

    /// Roles an appointer may give: never platform_admin (that is the CLI's).
    static let appointableRoles: [OfficialRole] = [.operator_, .reviewer, .head, .agencyAdmin]

    /// The agencies this appointer may appoint for (nil = any: the platform administrator).
    func manageableAgencies() -> Set<UUID>? {
        if appointer.isPlatformAdmin { return nil }
        return Set(appointer.roles.filter { $0.role == .agencyAdmin }.compactMap(\.agencyID))
    }

    func appoint(fin rawFIN: String, email rawEmail: String, role rawRole: String, agencyID: UUID?, unitCode: String?) async throws -> AppointOutcome {
        var issues: [FieldIssue] = []
        var fin: FIN?
        switch FIN.parse(rawFIN) {
        case .success(let value): fin = value
        case .failure(let issue): issues.append((field: "fin", issue: issue))
        }
        let role = OfficialRole(rawValue: rawRole).flatMap { Self.appointableRoles.contains($0) ? $0 : nil }
        if role == nil { issues.append((field: "role", issue: ValidationIssue("office.officials.role.required"))) }
        let agency = try await agencyID.asyncMap { try await app.portal.directory.agency(id: $0) } ?? nil
        if agency == nil { issues.append((field: "agency", issue: ValidationIssue("office.officials.agency.required"))) }
        var unit: String?
        if let unitCode, !unitCode.isEmpty {
            if try await app.portal.directory.unit(code: unitCode) == nil {
                issues.append((field: "unit", issue: ValidationIssue("office.officials.unit.invalid")))
            } else { unit = unitCode }
        }
        guard let fin, let role, let agency else { return .invalid(issues) }
        if let allowed = manageableAgencies(), !allowed.contains(agency.id) { return .forbidden }

        let existing = try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first()
        var email: EmailAddress?
        if existing == nil {
            switch EmailAddress.parse(rawEmail) {
            case .success(let value): email = value
            case .failure(let issue): issues.append((field: "email", issue: issue))
            }
        }
        guard issues.isEmpty else { return .invalid(issues) }
        guard let person = try await app.portal.registryLookup.person(fin: fin) else { return .notInRegister }

        let actor = appointer.officialActor(agencyID: appointer.isPlatformAdmin ? nil : agency.id, ip: ip)
        let (emailValue, unitCode) = (email?.value, unit)
        let token: String?
        do {
            token = try await app.db.writeTransaction { db -> String? in
                var token: String?
                let user = existing ?? UserModel(person: person, email: emailValue!, phone: nil, passwordHash: nil,
                                                 language: "az", now: app.portal.now())
                if existing == nil {
                    try await user.create(on: db)
                    let invitationToken = Tokens.random()
                    let invitation = InvitationModel()
                    invitation.userID = user.id!
                    invitation.tokenHash = Tokens.digest(invitationToken)
                    invitation.expiresAt = app.portal.now().addingTimeInterval(Self.invitationLifetime)
                    invitation.createdBy = appointer.userID
                    try await invitation.create(on: db)
                    token = invitationToken
                }
                let assignment = RoleModel()
                assignment.userID = user.id!
                assignment.role = role.rawValue
                assignment.agencyID = agency.id
                assignment.territorialUnitCode = unitCode
                assignment.grantedBy = appointer.userID
                try await assignment.create(on: db)
                // Reading the register to name the official is a read of their personal data.
                try await app.portal.audit.record(AuditEvent(actor: actor, action: "identity.official.appointed", subjectFIN: fin.value,
                                                             objectType: "role", objectID: assignment.id?.uuidString, purpose: "appointment",
                                                             details: ["role": role.rawValue, "agency": agency.code, "unit": unitCode ?? ""],
                                                             isPersonalDataRead: true), on: db)
                return token
            }
        } catch where error.isConstraintViolation {
            if existing == nil, let email, try await UserModel.query(on: app.db).filter(\.$email == email.value).first() != nil {
                return .emailTaken
            }
            return .alreadyHasRole
        }
        return .appointed(name: person.fullName, activationToken: token)
    }

    /// Removes one role assignment within the appointer's agencies.
    func revoke(roleID: UUID) async throws -> Bool {
        try await app.db.writeTransaction { db in
            guard let assignment = try await RoleModel.find(roleID, on: db), assignment.role != OfficialRole.platformAdmin.rawValue,
                  let agencyID = assignment.agencyID else { return false }
            if let allowed = manageableAgencies(), !allowed.contains(agencyID) { return false }
            let fin = try await UserModel.find(assignment.userID, on: db)?.fin
            try await assignment.delete(on: db)
            try await app.portal.audit.record(AuditEvent(actor: appointer.officialActor(agencyID: agencyID, ip: ip),
                                                         action: "identity.official.role_revoked", subjectFIN: fin,
                                                         objectType: "role", objectID: roleID.uuidString,
                                                         details: ["role": assignment.role]), on: db)
            return true
        }
    }
}

/// An invited official sets their password with the one-time link.
struct ActivateOfficial {
    let app: Application

    func invitation(token: String) async throws -> (InvitationModel, UserModel)? {
        guard let invitation = try await InvitationModel.query(on: app.db).filter(\.$tokenHash == Tokens.digest(token)).first(),
              invitation.usedAt == nil, invitation.expiresAt > app.portal.now(),
              let user = try await UserModel.find(invitation.userID, on: app.db) else { return nil }
        return (invitation, user)
    }

    func activate(token: String, password: String, ip: String) async throws -> Bool {
        guard let (invitation, user) = try await invitation(token: token) else { return false }
        let hash = try await app.identity.hasher.hash(password, on: app)
        return try await app.db.writeTransaction { db in
            // Conditional on still unused: a link works once even under concurrent use.
            guard let fresh = try await InvitationModel.find(invitation.id, on: db), fresh.usedAt == nil else { return false }
            fresh.usedAt = app.portal.now()
            try await fresh.update(on: db)
            user.passwordHash = hash
            user.passwordChangedAt = app.portal.now()
            try await user.update(on: db)
            try await app.portal.audit.record(AuditEvent(actor: AuditActor(kind: .citizen, userID: user.id, ip: ip),
                                                         action: "identity.official.activated", subjectFIN: user.fin,
                                                         objectType: "user", objectID: user.id?.uuidString), on: db)
            return true
        }
    }
}
