import Crypto
import Foundation
import Identity
import Notifications
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Identity's objects, made as their owners make them: A's sessions and tokens, the representative links
/// of A's company X, role changes proposed in agency Y, invitations of new officials.
extension MatrixWorld {
    /// One id from a query (the test reads ids from the database; it never writes the objects there).
    func id(_ query: SQLQueryString, column: String = "id") async throws -> String {
        let row = try #require(try await sql.raw(query).first(), "no row for \(query)")
        return try row.decode(column: column, as: UUID.self).uuidString
    }

    /// A new person in the register (in region R unless told) with an account when `account`.
    func newcomer(account: Bool, unit: String = MatrixCast.regionR) async throws -> String {
        let n = next()
        let fin = "X" + String(format: "%06d", n)
        try await portal.person(fin, first: "Newcomer\(n)", idCard: "AA" + String(3_000_000 + n), unit: unit)
        if account { try await portal.account(fin, password: MatrixCast.password) }
        return fin
    }

    /// The ID card number a newcomer was given (FIN `X000042` has card `AA3000042`).
    func idCard(of fin: String) async throws -> String { "AA" + String(3_000_000 + Int(fin.dropFirst())!) }

    /// A company the register says A directs, not linked yet (A links it in the cabinet).
    func companyOfA(fresh: Bool) async throws -> String {
        try await object("a company of A", fresh: fresh) {
            var n = next()
            while true {
                let digits = Array(String(format: "%08d", 20_000_000 + n)).compactMap(\.wholeNumberValue)
                let check = zip(digits, [4, 1, 8, 6, 2, 7, 5, 3]).reduce(0) { $0 + $1.0 * $1.1 } % 11
                if check < 10 {
                    let voen = digits.map(String.init).joined() + String(check) + "1"
                    try await portal.company(voen: voen, name: "Matrix \(n) MMC", director: MatrixCast.fins[.citizenA]!)
                    return voen
                }
                n = next()
            }
        }
    }

    var companyX: String { get async throws { try await shared("company X") { try await id("SELECT id FROM identity_companies WHERE voen = \(bind: MatrixCast.companyX.voen)") } } }

    /// Another session of A (signed in on a second device).
    func sessionOfA(fresh: Bool) async throws -> String {
        try await object("A's other session", fresh: fresh) {
            let device = portal.browser()
            try await device.signIn(MatrixCast.fins[.citizenA]!, MatrixCast.password)
            let token = try #require(device.cookies[app.portal.config.sessionCookieName])
            return try await id("SELECT public_id FROM identity_sessions WHERE token_hash = \(bind: SHA256Hex.digest(token))", column: "public_id")
        }
    }

    /// A personal access token of A, made in A's cabinet.
    func tokenOfA(fresh: Bool) async throws -> String {
        try await object("A's token", fresh: fresh) {
            // By its name: the tokens the API rows use are made in the same second.
            let name = "matrix revocable \(next())"
            _ = try #require(try await cast.mintToken(.citizenA, scopes: ["profile:read"], self, name: name))
            return try await id("""
                SELECT t.id FROM identity_access_tokens t JOIN identity_users u ON u.id = t.user_id
                WHERE u.fin = \(bind: MatrixCast.fins[.citizenA]!) AND t.name = \(bind: name)
                """)
        }
    }

    /// A representative link of company X (the one A gave X's representative, or a new one A gives).
    func representativeLink(fresh: Bool) async throws -> String {
        let company = try await companyX
        let fin = fresh ? try await newcomer(account: true) : MatrixCast.fins[.representativeX]!
        if fresh {
            let res = try await browser(.citizenA).post("/cabinet/companies/\(company)/representatives", [("fin", fin)])
            #expect(res.status == .seeOther, "A authorises a new representative: \(res.status)")
        }
        return try await id("""
            SELECT r.id FROM identity_company_representatives r JOIN identity_users u ON u.id = r.user_id
            WHERE r.company_id = \(bind: UUID(uuidString: company)!) AND u.fin = \(bind: fin)
            """)
    }

    /// Agency Y's id (the form value of the office's agency choice).
    var agencyYID: String { get async throws { try await shared("agency Y") { try await app.portal.directory.agency(code: MatrixCast.agencyY)!.id.uuidString } } }

    /// An operator role in agency Y, region R, held by an official of its own (revoking it is proposed).
    func roleInR(fresh: Bool) async throws -> String {
        try await object("a role in R", fresh: fresh) {
            let fin = try await newcomer(account: false)
            try await portal.account(fin, password: MatrixCast.password,
                                     roles: [.init(agencyCode: MatrixCast.agencyY, role: .operator_, unitCode: MatrixCast.regionR)])
            return try await id("SELECT r.id FROM identity_roles r JOIN identity_users u ON u.id = r.user_id WHERE u.fin = \(bind: fin)")
        }
    }

    /// A proposal, made by R's agency administrator in the office, to make a newcomer an operator in R.
    func roleRequest(fresh: Bool) async throws -> String {
        try await object("a role request", fresh: fresh) {
            let fin = try await newcomer(account: false)
            let res = try await browser(.adminR).post("/office/officials", [
                ("fin", fin), ("email", "\(fin.lowercased())@example.az"), ("role", "operator"), ("agency", try await agencyYID),
                ("unit", MatrixCast.regionR), ("reason", "matrix"),
            ])
            #expect(res.status == .seeOther, "R's administrator proposes a new operator: \(res.status)")
            return try await id("SELECT id FROM identity_role_requests WHERE subject_fin = \(bind: fin)")
        }
    }

    /// A new official's one-time activation link: proposed by R's administrator, approved by R's head.
    func invitation(fresh: Bool) async throws -> String {
        try await object("an invitation", fresh: fresh) {
            let request = try await roleRequest(fresh: true)
            let res = try await browser(.headR).post("/office/officials/requests/\(request)/approve", [("reason", "matrix")])
            let link = try #require(RegistrationTests.between("/activate/", "<", in: res.body.string), "no activation link: \(res.status)")
            return String(link.prefix { $0 != "\"" && $0 != "<" })
        }
    }
}

extension MatrixWorld {
    /// A password-reset link of citizen A, asked for on the forgot page and read from the delivered e-mail.
    func resetLinkOfA() async throws -> String {
        try await object("a reset link of A", fresh: false) {
            let browser = portal.browser()
            try await browser.get("/signin/forgot")
            let res = try await browser.post("/signin/forgot", [("identifier", MatrixCast.fins[.citizenA]!), ("channel", "email")])
            #expect(res.status == .ok, "A asks for a reset link: \(res.status)")
            _ = try await DeliverOutbox(app: portal.app).run()
            let mail = try #require(await portal.app.notifications.mailbox.mails.last { $0.text.contains("/signin/reset/") })
            let match = try #require(mail.text.firstMatch(of: #/\/signin\/reset\/([A-Za-z0-9_-]+)/#))
            return String(match.1)
        }
    }

    /// The link that confirms a newcomer's new e-mail address (they changed it in the cabinet).
    func verificationLink(fresh: Bool) async throws -> String {
        try await object("an e-mail verification link", fresh: fresh) {
            let fin = try await newcomer(account: true)
            let browser = portal.browser()
            try await browser.signIn(fin, MatrixCast.password)
            try await browser.confirmPassword(MatrixCast.password, next: "/cabinet/contact")
            try await browser.get("/cabinet/contact")
            let address = "new-\(fin.lowercased())@example.az"
            let res = try await browser.post("/cabinet/contact", [("phone", "050 123 45 67"), ("email", address)])
            #expect(res.status == .seeOther, "a newcomer changes their e-mail address: \(res.status)")
            _ = try await DeliverOutbox(app: portal.app).run()
            let mail = try #require(await portal.app.notifications.mailbox.mails.last { $0.to == address })
            return String(try #require(mail.text.firstMatch(of: #/\/contact\/verify\/([A-Za-z0-9_-]+)/#)).1)
        }
    }
}

/// The digest the session store keeps instead of the cookie's token.
enum SHA256Hex {
    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
