import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Office roles change only by two people: one proposes, a second (who manages roles there, is not the
/// proposer and not the person concerned, and holds a role at least as high) decides, with a reason.
@Suite("Role changes")
struct RoleChangeTests {
    static let password = "correct horse battery"

    /// The cast of these tests, all with TOTP: two agency administrators and a head of Quba, an operator of
    /// Quba, an agency administrator of Masallı, a head of Quba's own unit, and the platform administrator.
    struct Office {
        let portal: PortalHarness
        var secrets: [String: [UInt8]] = [:]

        static let adminA = "9QBA1G7", adminB = "8QBA9F6", head = "3GNC4A1", operatorK = "7QBA8E5", masalli = "6MAS7D4",
                   unitHead = "4GNC5B2", platform = "1DVX2H8"

        static func make(_ portal: PortalHarness) async throws -> Office {
            var office = Office(portal: portal)
            let cast: [(String, String, String, String, [ProvisionAccount.Role])] = [
                (adminA, "Fuad", "Kərimov", "AA1122334", [.init(agencyCode: "ICRA-QBA", role: .agencyAdmin)]),
                (adminB, "Günel", "Səfərova", "AA9012345", [.init(agencyCode: "ICRA-QBA", role: .agencyAdmin)]),
                (head, "Tural", "Həsənov", "AA4567890", [.init(agencyCode: "ICRA-QBA", role: .head)]),
                (operatorK, "Kamal", "Nəbiyev", "AA8901234", [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")]),
                (masalli, "Lalə", "Rzayeva", "AA7890123", [.init(agencyCode: "ICRA-MAS", role: .agencyAdmin)]),
                (unitHead, "Səbinə", "İsmayılova", "AA5678901", [.init(agencyCode: "ICRA-QBA", role: .head, unitCode: "AZ-QBA")]),
            ]
            for (fin, first, last, card, roles) in cast {
                try await portal.person(fin, first: first, last: last, idCard: card)
                office.secrets[fin] = TOTP.generateSecret()
                try await portal.account(fin, roles: roles, totpSecret: office.secrets[fin])
            }
            try await portal.person(platform, first: "Zaur", last: "Mustafayev", idCard: "AA2233445")
            _ = try await CreatePlatformAdmin(app: portal.app).run(fin: platform, email: "admin@example.az", password: password, names: nil)
            let secret = TOTP.generateSecret()
            office.secrets[platform] = secret
            try await (portal.app.db as! any SQLDatabase).raw("""
                UPDATE identity_users SET totp_enabled = \(bind: true), totp_secret = \(bind: try AuthorizationMatrixTests.seal(secret, portal)) \
                WHERE fin = \(bind: platform)
                """).run()
            return office
        }

        /// A signed-in browser on the officials page (a fresh TOTP step each time).
        func browser(_ fin: String) async throws -> TestBrowser {
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            try await browser.signIn(fin, RoleChangeTests.password, code: portal.totp(secrets[fin]!))
            try await browser.get("/office/officials")
            return browser
        }

        var sql: any SQLDatabase { portal.app.db as! any SQLDatabase }

        func agency(_ code: String) async throws -> String {
            try #require(try await portal.app.portal.directory.agency(code: code)).id.uuidString
        }

        /// The open (or last) request about `fin` and `role`.
        func request(_ fin: String, _ role: String) async throws -> (id: UUID, status: String)? {
            guard let row = try await sql.raw("""
                SELECT id, status FROM identity_role_requests WHERE subject_fin = \(bind: fin) AND role = \(bind: role) ORDER BY proposed_at DESC
                """).first() else { return nil }
            return (try row.decode(column: "id", as: UUID.self), try row.decode(column: "status", as: String.self))
        }

        func roles(_ fin: String) async throws -> [String] {
            try await sql.raw("""
                SELECT r.role FROM identity_roles r JOIN identity_users u ON u.id = r.user_id WHERE u.fin = \(bind: fin) ORDER BY r.role
                """).all().map { try $0.decode(column: "role", as: String.self) }
        }

        func auditCount(_ action: String) async throws -> Int {
            try await sql.raw("SELECT count(*) AS n FROM audit_events WHERE action = \(bind: action)").first()!.decode(column: "n", as: Int.self)
        }
    }

    static func propose(_ browser: TestBrowser, fin: String, role: String, agency: String, unit: String = "") async throws -> TestingHTTPResponse {
        try await browser.post("/office/officials", [("fin", fin), ("email", ""), ("role", role), ("agency", agency), ("unit", unit),
                                                     ("reason", "staffing")])
    }

    static func decide(_ browser: TestBrowser, _ id: UUID, approve: Bool, reason: String = "checked the order") async throws -> TestingHTTPResponse {
        try await browser.post("/office/officials/requests/\(id.uuidString)/\(approve ? "approve" : "refuse")", [("reason", reason)])
    }

    @Test("nobody grants a role above their own or decides their own proposal or their own roles; the platform administrator's role is never proposed")
    func roleOrder() async throws {
        try await withPortal { portal in
            let office = try await Office.make(portal)
            let quba = try await office.agency("ICRA-QBA")
            let adminA = try await office.browser(Office.adminA)

            // An agency administrator cannot propose anyone, themself included, for head (above their own role).
            var res = try await Self.propose(adminA, fin: Office.adminA, role: "head", agency: quba)
            #expect(res.status == .unprocessableEntity && res.body.string.contains("href=\"#role\""))
            res = try await Self.propose(adminA, fin: Office.adminB, role: "head", agency: quba)
            #expect(res.status == .unprocessableEntity)
            res = try await Self.propose(adminA, fin: Office.adminB, role: "platform_admin", agency: quba)
            #expect(res.status == .unprocessableEntity, "the platform administrator's role is not proposed through the office")
            #expect(try await office.request(Office.adminB, "head") == nil)

            // Nor decide cases by appointing themself: the proposal waits for someone else.
            res = try await Self.propose(adminA, fin: Office.adminA, role: "reviewer", agency: quba)
            #expect(res.status == .seeOther)
            let own = try #require(try await office.request(Office.adminA, "reviewer"))
            #expect(try await Self.decide(adminA, own.id, approve: true).status == .forbidden, "the proposer cannot approve")
            #expect(try await office.request(Office.adminA, "reviewer")?.status == "pending")
            #expect(try await office.roles(Office.adminA) == ["agency_admin"])

            // The head proposes B for head; A (an agency administrator) may not approve a head, B may not approve
            // their own promotion, the platform administrator may.
            let head = try await office.browser(Office.head)
            #expect(try await Self.propose(head, fin: Office.adminB, role: "head", agency: quba).status == .seeOther)
            let promotion = try #require(try await office.request(Office.adminB, "head"))
            #expect(try await Self.decide(adminA, promotion.id, approve: true).status == .forbidden, "above the approver's own role")
            let adminB = try await office.browser(Office.adminB)
            let refusedOwn = try await Self.decide(adminB, promotion.id, approve: true)
            #expect(refusedOwn.status == .forbidden && refusedOwn.body.string.contains("href=\"#reason-\(promotion.id.uuidString)\""))
            #expect(try await office.roles(Office.adminB) == ["agency_admin"], "nothing changed")
            let platform = try await office.browser(Office.platform)
            #expect(try await Self.decide(platform, promotion.id, approve: true).status == .ok)
            #expect(try await office.roles(Office.adminB) == ["agency_admin", "head"])
            #expect(try await office.request(Office.adminB, "head")?.status == "approved")

            // B, now also head of the agency, is a second person for A's own proposal.
            #expect(try await Self.decide(adminB, own.id, approve: true).status == .ok)
            #expect(try await office.roles(Office.adminA) == ["agency_admin", "reviewer"])
            #expect(try await Self.decide(adminB, own.id, approve: true).status == .conflict, "decided once")

            // An official of another agency, or a head of one unit for an agency-wide role, does not see the request.
            #expect(try await Self.propose(adminA, fin: Office.operatorK, role: "reviewer", agency: quba).status == .seeOther)
            let other = try #require(try await office.request(Office.operatorK, "reviewer"))
            #expect(try await Self.decide(try await office.browser(Office.masalli), other.id, approve: true).status == .notFound)
            #expect(try await Self.decide(try await office.browser(Office.unitHead), other.id, approve: true).status == .notFound)

            #expect(try await office.auditCount("identity.role_change.proposed") == 3)
            #expect(try await office.auditCount("identity.role_change.approved") == 2)
            #expect(try await office.auditCount("identity.official.appointed") == 2)
        }
    }

    @Test("the schema refuses a decision by the proposer, by the person concerned, and a proposed platform administrator")
    func schemaTwoPerson() async throws {
        try await withPortal { portal in
            let office = try await Office.make(portal)
            let quba = try await office.agency("ICRA-QBA")
            let adminA = try await office.browser(Office.adminA)
            #expect(try await Self.propose(adminA, fin: Office.operatorK, role: "reviewer", agency: quba).status == .seeOther)
            let request = try #require(try await office.request(Office.operatorK, "reviewer"))
            let now = portal.clock.now()
            func refused(_ statement: SQLQueryString) async {
                await #expect(performing: { try await office.sql.raw(statement).run() },
                              throws: { ($0 as? any DatabaseError)?.isConstraintFailure == true })
            }
            await refused("""
                UPDATE identity_role_requests SET status = 'approved', decided_by = proposed_by, decided_at = \(bind: now), \
                decision_reason = 'self' WHERE id = \(bind: request.id)
                """)
            await refused("""
                UPDATE identity_role_requests SET status = 'approved', decided_by = user_id, decided_at = \(bind: now), \
                decision_reason = 'own' WHERE id = \(bind: request.id)
                """)
            await refused("UPDATE identity_role_requests SET role = 'platform_admin' WHERE id = \(bind: request.id)")
            await refused("""
                UPDATE identity_role_requests SET status = 'refused', decided_by = (SELECT id FROM identity_users WHERE fin = \(bind: Office.adminB)), \
                decided_at = \(bind: now) WHERE id = \(bind: request.id)
                """)
            #expect(try await office.request(Office.operatorK, "reviewer")?.status == "pending")
            // A second proposal of the same change while one is open is refused by a partial unique index.
            let again = try await Self.propose(adminA, fin: Office.operatorK, role: "reviewer", agency: quba)
            #expect(again.status == .unprocessableEntity)
        }
    }

    @Test("removing a role needs a second official; pending changes show who proposed them; a refusal needs a reason and is audited")
    func revokeAndRefuse() async throws {
        try await withPortal { portal in
            let office = try await Office.make(portal)
            let adminA = try await office.browser(Office.adminA)
            let roleID = try await office.sql.raw("""
                SELECT r.id FROM identity_roles r JOIN identity_users u ON u.id = r.user_id WHERE u.fin = \(bind: Office.operatorK)
                """).first()!.decode(column: "id", as: UUID.self)
            var res = try await adminA.post("/office/officials/\(roleID.uuidString)/revoke", [("reason", "moved to another post")])
            #expect(res.status == .seeOther)
            #expect(try await office.roles(Office.operatorK) == ["operator"], "not removed by one person")
            let request = try #require(try await office.request(Office.operatorK, "operator"))

            let adminB = try await office.browser(Office.adminB)
            let page = try await adminB.get("/office/officials").body.string
            #expect(page.contains("Nəbiyev Kamal") && page.contains("Kərimov Fuad") && page.contains("moved to another post"),
                    "the pending change names the person, the proposer and the reason")
            #expect(page.contains("/office/officials/requests/\(request.id.uuidString)/approve"))
            #expect(!(try await adminA.get("/office/officials").body.string.contains("/office/officials/requests/\(request.id.uuidString)/approve")),
                    "the proposer gets no decision form")

            res = try await Self.decide(adminB, request.id, approve: false, reason: "  ")
            #expect(res.status == .unprocessableEntity)
            res = try await Self.decide(adminB, request.id, approve: false, reason: "still needed at the reception")
            #expect(res.status == .seeOther)
            #expect(try await office.request(Office.operatorK, "operator")?.status == "refused")
            #expect(try await office.roles(Office.operatorK) == ["operator"])
            let details = try await office.sql.raw("SELECT details FROM audit_events WHERE action = 'identity.role_change.refused'").first()!
                .decode(column: "details", as: String.self)
            #expect(details.contains("still needed at the reception"))

            #expect(try await adminA.post("/office/officials/\(roleID.uuidString)/revoke").status == .seeOther)
            let second = try #require(try await office.request(Office.operatorK, "operator"))
            #expect(second.id != request.id)
            // An agency administrator of another agency cannot even propose it.
            #expect(try await (try await office.browser(Office.masalli)).post("/office/officials/\(roleID.uuidString)/revoke").status == .notFound)
            // The operator's own unit head may decide it (the role is in their unit); the operator may not.
            res = try await Self.decide(try await office.browser(Office.unitHead), second.id, approve: true)
            #expect(res.status == .seeOther)
            #expect(try await office.roles(Office.operatorK).isEmpty)
            #expect(try await office.auditCount("identity.official.role_revoked") == 1)
        }
    }
}
