import FluentKit
import PortalHTTP

/// The second of two people: an official who manages roles in the request's agency (and unit) approves
/// or refuses a proposed role change, with a reason. Never the proposer, never the person whose roles
/// change (also CHECK constraints), never for a role above the decider's own. An approved grant creates
/// the account when the person has none (with a one-time activation link) and the assignment; an
/// approved revoke removes the assignment.
struct DecideRoleChange {
    enum Outcome: Equatable {
        /// The role was given; a new account's one-time activation link when one was created.
        case granted(name: String, activationToken: String?)
        case revoked
        case refused
        case notFound
        case reasonRequired
        /// The proposer cannot decide their own proposal.
        case samePerson
        /// Nobody decides a change to their own roles.
        case ownRoles
        case aboveOwnRole
        case alreadyDecided
        /// Approving would give a role the person already holds, or remove one already gone: refuse it instead.
        case alreadyHasRole
        case roleGone
        case emailTaken
        case notInRegister
    }

    let app: Application
    let decider: Principal
    let ip: String

    var authority: RoleAuthority {
        RoleAuthority(managing: app.portal.permissions.assignments(of: decider, granting: IdentityPermissions.manageOfficials))
    }

    func decide(requestID: UUID, approve: Bool, reason rawReason: String) async throws -> Outcome {
        let reason = ProposeRoleChange.clean(rawReason)
        guard let found = try await RoleChangeRequestModel.find(requestID, on: app.db),
              authority.ceiling(agency: found.agencyID, unit: found.territorialUnitCode) != nil else { return .notFound }
        guard !reason.isEmpty, reason.count <= 500 else { return .reasonRequired }
        // The register is read (to name a new account) before the write transaction takes the write lock.
        var person: PersonRecord?
        if approve, found.kind == .grant,
           try await UserModel.query(on: app.db).filter(\.$fin == found.subjectFIN).first() == nil {
            person = try await app.portal.registryLookup.person(fin: FIN(uncheckedValue: found.subjectFIN))
            guard person != nil else { return .notInRegister }
        }
        let agencyCode = try await app.portal.directory.agency(id: found.agencyID)?.code ?? ""
        let (newPerson, now) = (person, app.portal.now())
        do {
            return try await app.db.writeTransaction { db -> Outcome in
                try await db.lockRow(RoleChangeRequestModel.schema, id: requestID)
                guard let request = try await RoleChangeRequestModel.find(requestID, on: db) else { return .notFound }
                let role = request.role
                guard request.status == .pending else { return .alreadyDecided }
                guard request.proposedBy != decider.userID else { return .samePerson }
                let subject = try await UserModel.query(on: db).filter(\.$fin == request.subjectFIN).first()
                guard subject?.id != decider.userID, request.userID != decider.userID else { return .ownRoles }
                guard authority.mayChange(role, agency: request.agencyID, unit: request.territorialUnitCode) else { return .aboveOwnRole }
                let actor = decider.officialActor(agencyID: decider.isPlatformAdmin ? nil : request.agencyID, ip: ip)
                var outcome = Outcome.refused
                if approve {
                    switch request.kind {
                    case .grant:
                        switch try await grant(request, role: role, to: subject, person: newPerson, agencyCode: agencyCode, actor: actor, on: db) {
                        case .granted(let user, let token):
                            request.userID = user.id
                            outcome = .granted(name: request.subjectName, activationToken: token)
                        case .alreadyHasRole: return .alreadyHasRole
                        case .emailTaken: return .emailTaken
                        }
                    case .revoke:
                        guard let roleID = request.roleID, let assignment = try await RoleModel.find(roleID, on: db) else { return .roleGone }
                        try await assignment.delete(on: db)
                        try await app.portal.audit.record(AuditEvent(
                            actor: actor, action: "identity.official.role_revoked", subjectFIN: request.subjectFIN,
                            objectType: "role", objectID: roleID.uuidString,
                            details: ["role": request.role.rawValue, "agency": agencyCode, "request": requestID.uuidString]), on: db)
                        outcome = .revoked
                    }
                }
                request.userID = request.userID ?? subject?.id
                request.status = approve ? .approved : .refused
                request.decidedBy = decider.userID
                request.decidedAt = now
                request.decisionReason = reason
                try await request.update(on: db)
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: approve ? "identity.role_change.approved" : "identity.role_change.refused",
                    subjectFIN: request.subjectFIN, objectType: "role_request", objectID: requestID.uuidString,
                    details: ["kind": request.kind.rawValue, "role": request.role.rawValue, "agency": agencyCode, "unit": request.territorialUnitCode ?? "",
                              "proposed_by": request.proposedBy.uuidString, "reason": reason]), on: db)
                return outcome
            }
        } catch where error.isConstraintViolation {
            // A concurrent change (the same e-mail taken, the same role given) got there first.
            return .alreadyHasRole
        }
    }

    enum GrantResult {
        case granted(UserModel, token: String?)
        case alreadyHasRole
        case emailTaken
    }

    /// Gives the role; creates the account with a one-time activation link when there is none.
    func grant(_ request: RoleChangeRequestModel, role: OfficialRole, to existing: UserModel?, person: PersonRecord?, agencyCode: String,
               actor: AuditActor, on db: any Database) async throws -> GrantResult {
        var token: String?
        let user: UserModel
        if let existing {
            user = existing
            if try await RoleModel.query(on: db).filter(\.$userID == existing.id!).filter(\.$role == role)
                .filter(\.$agencyID == request.agencyID).first() != nil { return .alreadyHasRole }
        } else {
            guard let person, let email = request.email else { return .emailTaken }
            if try await UserModel.query(on: db).filter(\.$email == email).first() != nil { return .emailTaken }
            user = UserModel(person: person, email: email, phone: nil, passwordHash: nil, language: "az", now: app.portal.now())
            try await user.create(on: db)
            let invitationToken = Tokens.random()
            let invitation = InvitationModel()
            invitation.userID = user.id!
            invitation.tokenHash = Tokens.digest(invitationToken)
            invitation.expiresAt = app.portal.now().addingTimeInterval(ActivateOfficial.invitationLifetime)
            invitation.createdBy = decider.userID
            try await invitation.create(on: db)
            token = invitationToken
        }
        let assignment = RoleModel()
        assignment.userID = user.id!
        assignment.role = role
        assignment.agencyID = request.agencyID
        assignment.territorialUnitCode = request.territorialUnitCode
        assignment.grantedBy = decider.userID
        try await assignment.create(on: db)
        // A new account is named from the register: a read of the person's personal data.
        try await app.portal.audit.record(AuditEvent(
            actor: actor, action: "identity.official.appointed", subjectFIN: request.subjectFIN, objectType: "role",
            objectID: assignment.id?.uuidString, purpose: "appointment",
            details: ["role": role.rawValue, "agency": agencyCode, "unit": request.territorialUnitCode ?? "",
                      "request": request.id?.uuidString ?? "", "proposed_by": request.proposedBy.uuidString],
            isPersonalDataRead: person != nil), on: db)
        return .granted(user, token: token)
    }
}
