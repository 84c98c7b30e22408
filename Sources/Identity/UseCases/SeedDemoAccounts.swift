import PortalHTTP

/// Demo accounts for the cast (development only): random passwords and TOTP secrets, printed once.
struct SeedDemoAccounts {
    let context: SeedContext

    func run() async throws {
        let app = context.app
        guard try await UserModel.query(on: app.db).count() == 0 else { return }
        let directory = app.portal.directory
        for person in DemoCast.people where person.hasAccount || person.office != nil {
            let password = Self.demoPassword()
            let user = UserModel()
            user.id = UUID()
            user.fin = person.fin
            user.firstName = person.firstName
            user.lastName = person.lastName
            user.patronymic = person.patronymic
            user.email = Self.email(for: person)
            user.phone = "+99450" + String(person.fin.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 10_000_000 }).leftPadded(7)
            user.passwordHash = try await app.identity.hasher.hash(password, on: app)
            user.language = "az"
            user.totpEnabled = false
            user.totpLastStep = 0
            user.status = "active"
            user.passwordChangedAt = app.portal.now()
            var line = "\(person.office == nil ? "citizen " : "official") FIN \(person.fin)  e-mail \(user.email)  password \(password)"
            if let office = person.office {
                let secret = TOTP.generateSecret()
                user.totpSecretSealed = try app.identity.box.seal(secret)
                user.totpEnabled = true
                line += "  TOTP secret \(Base32.encode(secret))  (\(office.role.rawValue), \(office.agency))"
            }
            try await app.db.writeTransaction { db in
                try await user.create(on: db)
                if let office = person.office, let agency = try await directory.agency(code: office.agency) {
                    let role = RoleModel()
                    role.userID = user.id!
                    role.role = office.role.rawValue
                    role.agencyID = agency.id
                    role.territorialUnitCode = office.unit
                    try await role.create(on: db)
                }
                try await app.portal.audit.record(AuditEvent(actor: .system, action: "identity.demo_account.created",
                                                             subjectFIN: person.fin, objectType: "user", objectID: user.id?.uuidString), on: db)
            }
            context.credentials.add(line)
        }
    }

    static func email(for person: DemoCast.Person) -> String {
        let local = AzerbaijaniText.lenientKey(person.firstName + "." + person.lastName).replacingOccurrences(of: " ", with: "")
        return "\(local)@demo.onewindow.az"
    }

    /// Four random words-ish chunks; never a fixed demo password.
    static func demoPassword() -> String {
        "demo-" + Tokens.random(bytes: 9).replacingOccurrences(of: "_", with: "x").replacingOccurrences(of: "-", with: "y")
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
