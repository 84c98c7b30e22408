import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Who the actors are (FIN, roles, companies), how they sign in (officials with TOTP) and which
/// tokens the portal issues to them.
struct MatrixCast: Sendable {
    static let password = "correct horse battery"
    /// Agency Y and its two regions; the other agency; the registry keeper.
    static let agencyY = "EN"
    static let regionR = "AZ-QBA"
    static let regionS = "AZ-MAS"
    static let otherAgency = "ICRA-QBA"
    static let registryKeeper = "ASAN"
    static let companyX = (voen: "1400057421", name: "Quba Alma MMC")
    static let companyZ = (voen: "1300012301", name: "Masallı Çay MMC")

    static let fins: [Actor: String] = [
        .citizenA: "5VBK5VR", .citizenB: "94FMDDD", .representativeX: "7HK2M3P", .representativeZ: "2QWRT8Z",
        .operatorR: "1ENR0PR", .reviewerR: "2ENR0RV", .headR: "3ENR0HD", .adminR: "4ENR0AD",
        .operatorS: "5ENS0PR", .headS: "6ENS0HD", .unenrolledR: "7ENR0NW", .otherAgency: "8QBA0XX",
        .registryEditor: "9ASN0RV", .platformAdmin: "1DVX2H8",
    ]

    static let roles: [Actor: [ProvisionAccount.Role]] = [
        .operatorR: [.init(agencyCode: agencyY, role: .operator_, unitCode: regionR)],
        .reviewerR: [.init(agencyCode: agencyY, role: .reviewer, unitCode: regionR)],
        .headR: [.init(agencyCode: agencyY, role: .head, unitCode: regionR)],
        .adminR: [.init(agencyCode: agencyY, role: .agencyAdmin, unitCode: regionR)],
        .operatorS: [.init(agencyCode: agencyY, role: .operator_, unitCode: regionS)],
        .headS: [.init(agencyCode: agencyY, role: .head, unitCode: regionS)],
        .unenrolledR: [.init(agencyCode: agencyY, role: .operator_, unitCode: regionR)],
        .otherAgency: [.init(agencyCode: otherAgency, role: .operator_, unitCode: regionR), .init(agencyCode: otherAgency, role: .head, unitCode: regionR),
                       .init(agencyCode: otherAgency, role: .agencyAdmin, unitCode: regionR)],
        .registryEditor: [.init(agencyCode: registryKeeper, role: .reviewer)],
    ]

    /// Every scope a token can carry, and those that act for an office.
    static let allScopes = ["profile:read", "companies:read", "data-access:read", "activity:read", "applications:read", "applications:write",
                            "applications:office", "payments:read", "payments:write", "reception:read", "reception:write", "reception:office",
                            "notifications:read", "notifications:write"]
    static let officeScopes = TokenScopes.office

    /// TOTP secrets of the officials (everyone with an office role but the unenrolled operator).
    let secrets: [Actor: [UInt8]]

    init() {
        var secrets: [Actor: [UInt8]] = [:]
        for actor in Actor.enrolledOfficials { secrets[actor] = TOTP.generateSecret() }
        self.secrets = secrets
    }

    /// Puts everyone in the register, gives them accounts, roles and second factors, and links the companies.
    func provision(_ portal: PortalHarness) async throws {
        for (index, actor) in Actor.signedIn.enumerated() {
            let fin = Self.fins[actor]!
            let unit = actor == .citizenB || actor == .representativeZ ? Self.regionS : Self.regionR
            try await portal.person(fin, first: actor.rawValue, idCard: "AA" + String(2_000_000 + index), unit: unit)
            if actor == .platformAdmin { continue }
            try await portal.account(fin, password: Self.password, roles: Self.roles[actor] ?? [], totpSecret: secrets[actor])
        }
        _ = try await CreatePlatformAdmin(app: portal.app).run(fin: Self.fins[.platformAdmin]!, email: "admin@example.az",
                                                              password: Self.password, names: nil)
        // The admin's TOTP secret sealed with the key derived from the configured secret (what SecretBox does).
        let sealed = try AuthorizationMatrixTests.seal(secrets[.platformAdmin]!, portal)
        try await (portal.app.db as! any SQLDatabase).raw("""
            UPDATE identity_users SET totp_enabled = \(bind: true), totp_secret = \(bind: sealed) WHERE fin = \(bind: Self.fins[.platformAdmin]!)
            """).run()
        try await portal.company(voen: Self.companyX.voen, name: Self.companyX.name, director: Self.fins[.citizenA]!)
        try await portal.company(voen: Self.companyZ.voen, name: Self.companyZ.name, director: Self.fins[.representativeZ]!)
    }

    /// A's company X with its representative, Z with its director: linked in the cabinet as people do.
    func linkCompanies(_ world: MatrixWorld) async throws {
        let director = try await world.browser(.citizenA)
        var res = try await director.post("/cabinet/companies", [("voen", Self.companyX.voen)])
        #expect(res.status == .seeOther, "A links company X: \(res.status)")
        let company = try await world.companyX
        res = try await director.post("/cabinet/companies/\(company)/representatives", [("fin", Self.fins[.representativeX]!)])
        #expect(res.status == .seeOther, "A authorises X's representative: \(res.status)")
        res = try await world.browser(.representativeZ).post("/cabinet/companies", [("voen", Self.companyZ.voen)])
        #expect(res.status == .seeOther, "Z's director links company Z: \(res.status)")
    }

    /// Signs `actor` in (the code of the current step for officials) and confirms the password, so pages
    /// that need a recent confirmation open; the caller moves the clock between people who reuse a step.
    func signIn(_ actor: Actor, _ world: MatrixWorld, confirm: Bool = true) async throws -> TestBrowser {
        let browser = world.portal.browser()
        guard let fin = Self.fins[actor] else {
            try await browser.get("/signin")  // an anonymous visitor's form token
            return browser
        }
        let res = try await browser.signIn(fin, Self.password, code: secrets[actor].map { world.portal.totp($0) })
        // Officials land on their office page, citizens on their cabinet.
        let landing = Self.roles[actor] != nil || actor == .platformAdmin ? "/office" : "/cabinet"
        #expect(res.status == .seeOther && res.headers.first(name: .location) == landing, "\(actor) signs in: \(res.status)")
        if confirm { try await self.confirm(actor, browser, world) }
        return browser
    }

    /// A new sign-in of its own (for a call that changes or ends the session); the clock moves to a new
    /// TOTP step, since a code works once.
    func freshBrowser(_ actor: Actor, _ world: MatrixWorld) async throws -> TestBrowser {
        world.portal.clock.advance(by: 61)
        return try await signIn(actor, world)
    }

    /// Re-authentication: the password (and the code of the next step for an account with TOTP).
    func confirm(_ actor: Actor, _ browser: TestBrowser, _ world: MatrixWorld) async throws {
        try await browser.get("/account/confirm-password?next=/cabinet")
        var form = [("password", Self.password), ("next", "/cabinet")]
        if let secret = secrets[actor] { form.append(("code", world.portal.totp(secret, offsetSteps: 1))) }
        let res = try await browser.post("/account/confirm-password", form)
        #expect(res.status == .seeOther, "\(actor) confirms the password: \(res.status)")
        try await browser.get("/cabinet")  // the session's form token
    }

    /// The scopes the portal issues to this person: office scopes only to officials who passed the
    /// second factor (the unenrolled operator and citizens are refused them: the token rows prove it).
    func issuable(_ actor: Actor) -> [String] {
        Actor.enrolledOfficials.contains(actor) ? Self.allScopes : Self.allScopes.filter { !Self.officeScopes.contains($0) }
    }

    /// The scopes of a token kind for a route needing `scope`.
    func scopes(for kind: TokenKind, actor: Actor, route scope: String?) -> [String] {
        let all = issuable(actor)
        guard let scope else { return all }
        switch kind {
        case .full: return all
        case .exact: return all.contains(scope) ? [scope] : []
        case .without: return all.filter { $0 != scope }
        }
    }

    /// Makes a token in the actor's cabinet; nil when the portal refuses (or there is nothing to ask for).
    func mintToken(_ actor: Actor, scopes: [String], _ world: MatrixWorld, name: String? = nil) async throws -> String? {
        guard !scopes.isEmpty else { return nil }
        let browser = try await world.browser(actor)
        let form = [("name", name ?? "matrix \(world.next())")] + scopes.map { ("scopes[]", $0) } + [("days", "30")]
        var res = try await browser.post("/cabinet/tokens", form)
        if res.status == .seeOther {
            // The confirmation is older than five minutes (the clock moved): confirm again with a new code.
            world.portal.clock.advance(by: 60)
            try await confirm(actor, browser, world)
            res = try await browser.post("/cabinet/tokens", form)
        }
        guard res.status == .created else {
            #expect(res.status == .forbidden, "\(actor)'s token for \(scopes): \(res.status)")
            return nil
        }
        return try #require(RegistrationTests.between("<code id=\"new-token\">", "</code>", in: res.body.string))
    }
}
