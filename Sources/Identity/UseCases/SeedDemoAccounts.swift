import PortalHTTP

/// Demo accounts for the cast (development only): random passwords and TOTP secrets, printed once.
struct SeedDemoAccounts {
    let context: SeedContext

    func run() async throws {
        let app = context.app
        guard try await UserModel.query(on: app.db).count() == 0 else { return }
        for person in DemoCast.people where person.hasAccount || person.office != nil {
            let password = "demo-" + Tokens.random(bytes: 9).replacingOccurrences(of: "_", with: "x").replacingOccurrences(of: "-", with: "y")
            let email = AzerbaijaniText.lenientKey(person.firstName + "." + person.lastName).replacingOccurrences(of: " ", with: "") + "@demo.onewindow.az"
            let secret = person.office == nil ? nil : TOTP.generateSecret()
            try await ProvisionAccount(app: app).run(
                fin: FIN(uncheckedValue: person.fin), email: email, phone: Self.phone(for: person.fin), password: password,
                roles: person.office.map { [ProvisionAccount.Role(agencyCode: $0.agency, role: $0.role, unitCode: $0.unit)] } ?? [],
                totpSecret: secret)
            var line = "\(person.office == nil ? "citizen " : "official") FIN \(person.fin)  e-mail \(email)  password \(password)"
            if let office = person.office, let secret {
                line += "  TOTP secret \(Base32.encode(secret))  (\(office.role.rawValue), \(office.agency))"
            }
            context.credentials.add(line)
        }
    }

    /// A stable, valid demo mobile number derived from the FIN.
    static func phone(for fin: String) -> String {
        let digits = fin.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 10_000_000 }
        let text = String(digits)
        return "+99450" + String(repeating: "0", count: 7 - text.count) + text
    }
}
