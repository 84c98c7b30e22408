import PortalHTTP

/// Creates a ready account directly (demo data and test fixtures): name from the register, a password,
/// optional office roles and TOTP secret. People register through `RegisterCitizen`; this is for data
/// the operator or a test sets up. It is the only way to give a role without the office's two-person
/// rule (`ProposeRoleChange`/`DecideRoleChange`) and is not reachable over HTTP.
public struct ProvisionAccount {
    public struct Role: Sendable {
        public var agencyCode: String
        public var role: OfficialRole
        public var unitCode: String?

        public init(agencyCode: String, role: OfficialRole, unitCode: String? = nil) {
            self.agencyCode = agencyCode
            self.role = role
            self.unitCode = unitCode
        }
    }

    let app: Application

    public init(app: Application) { self.app = app }

    /// Returns the new account's id. `totpSecret` nil leaves two-step sign-in off.
    @discardableResult
    public func run(fin: FIN, email: String, phone: String? = nil, password: String, roles: [Role] = [],
                    totpSecret: [UInt8]? = nil, language: Language = .az) async throws -> UUID {
        guard let person = try await app.portal.registryLookup.person(fin: fin) else { throw ProvisionError.notInRegister(fin.value) }
        var agencies: [(Role, UUID)] = []
        for role in roles {
            guard let agency = try await app.portal.directory.agency(code: role.agencyCode) else {
                throw ProvisionError.unknownAgency(role.agencyCode)
            }
            agencies.append((role, agency.id))
        }
        let resolved = agencies
        let user = UserModel(person: person, email: email.lowercased(), phone: phone,
                             passwordHash: try await app.identity.hasher.hash(password, on: app),
                             language: language.rawValue, now: app.portal.now())
        user.totpEnabled = totpSecret != nil
        user.totpSecretSealed = try totpSecret.map { try app.identity.box.seal($0) }
        try await app.db.writeTransaction { db in
            try await user.create(on: db)
            for (role, agencyID) in resolved {
                let row = RoleModel()
                row.userID = user.id!
                row.role = role.role
                row.agencyID = agencyID
                row.territorialUnitCode = role.unitCode
                try await row.create(on: db)
            }
            // Roles given here bypass the office's two-person rule (demo data, fixtures): the audit entry names them.
            let given = resolved.map { "\($0.0.role.rawValue)@\($0.0.agencyCode)" + ($0.0.unitCode.map { "/\($0)" } ?? "") }
            try await app.portal.audit.record(AuditEvent(actor: .system, action: "identity.account.provisioned", subjectFIN: fin.value,
                                                         objectType: "user", objectID: user.id?.uuidString,
                                                         details: given.isEmpty ? [:] : ["roles": given.joined(separator: ",")]), on: db)
        }
        return user.id!
    }
}

public enum ProvisionError: Error, CustomStringConvertible {
    case notInRegister(String)
    case unknownAgency(String)

    public var description: String {
        switch self {
        case .notInRegister(let fin): return "FIN \(fin) is not in the population register"
        case .unknownAgency(let code): return "no agency with code \(code)"
        }
    }
}
