import PortalHTTP

/// `onewindow user create-admin`: the only way to make a platform administrator. Never a default
/// account: the password is typed by the operator or generated and printed once.
public struct CreatePlatformAdmin {
    public enum Outcome: Equatable {
        case created(userID: UUID)
        case promoted(userID: UUID)
        case alreadyAdmin
        case invalid(String)
    }

    let app: Application

    public init(app: Application) { self.app = app }

    /// `names` is used only when the register does not know the FIN (a fresh production register).
    public func run(fin rawFIN: String, email rawEmail: String, password: String,
                    names: (first: String, last: String)?) async throws -> Outcome {
        guard case .success(let fin) = FIN.parse(rawFIN) else { return .invalid("FIN is not valid") }
        guard case .success(let email) = EmailAddress.parse(rawEmail) else { return .invalid("e-mail is not valid") }
        if let issue = app.identity.policy.check(password, fin: fin.value, email: email.value) {
            return .invalid("password refused: \(issue.key)")
        }
        let person = try await app.portal.registryLookup.person(fin: fin)
        let hasAccount = try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first() != nil
        guard person != nil || names != nil || hasAccount else {
            return .invalid("the population register does not know this FIN: pass --first-name and --last-name")
        }
        let hash = try await app.identity.hasher.hash(password, on: app)
        return try await app.db.writeTransaction { db in
            let existing = try await UserModel.query(on: db).filter(\.$fin == fin.value).first()
            if let existing, try await RoleModel.query(on: db).filter(\.$userID == existing.id!)
                .filter(\.$role == .platformAdmin).first() != nil {
                return .alreadyAdmin
            }
            let user = existing ?? UserModel(
                fin: fin.value, firstName: person?.firstName ?? names?.first ?? "", lastName: person?.lastName ?? names?.last ?? "",
                patronymic: person?.patronymic ?? "", email: email.value, phone: nil, passwordHash: hash, language: "az",
                now: app.portal.now())
            if existing == nil { try await user.create(on: db) }
            let role = RoleModel()
            role.userID = user.id!
            role.role = .platformAdmin
            try await role.create(on: db)
            try await app.portal.audit.record(AuditEvent(actor: .system, action: "identity.admin.created", subjectFIN: fin.value,
                                                         objectType: "user", objectID: user.id?.uuidString), on: db)
            return existing == nil ? .created(userID: user.id!) : .promoted(userID: user.id!)
        }
    }
}
