import Catalog
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The registry as its people use it: agency administrators, registry editors, the platform administrator.
@Suite("Services registry")
struct CatalogFlowTests {
    static let password = "correct horse battery"

    struct Cast {
        let portal: PortalHarness
        var secrets: [String: [UInt8]] = [:]

        /// A signed-in official's browser (fresh TOTP step each time).
        func browser(_ fin: String) async throws -> TestBrowser {
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            try await browser.signIn(fin, CatalogFlowTests.password, code: secrets[fin].map { portal.totp($0) })
            try await browser.get("/office")
            return browser
        }
    }

    /// DVX and EN agency administrators, an ASAN reviewer (registry editor), a DVX reviewer, the platform admin.
    static func cast(_ portal: PortalHarness) async throws -> Cast {
        var cast = Cast(portal: portal)
        for (fin, agency, role) in [("2DVX3J9", "DVX", OfficialRole.agencyAdmin), ("3EN4K1A", "EN", .agencyAdmin),
                                    ("4ASN5L2", "ASAN", .reviewer), ("1DVX2H8", "DVX", .reviewer)] {
            let secret = TOTP.generateSecret()
            cast.secrets[fin] = secret
            try await portal.account(fin, roles: [.init(agencyCode: agency, role: role)], totpSecret: secret,
                                     idCard: PortalHarness.idCardNumber(for: fin, series: "AA"))
        }
        let admin = TOTP.generateSecret()
        cast.secrets["9ADM1N1"] = admin
        await AdminSecrets.shared.remember(admin, for: portal)
        try await portal.person("9ADM1N1", idCard: "AA9999999")
        _ = try await CreatePlatformAdmin(app: portal.app).run(fin: "9ADM1N1", email: "admin@example.az", password: password, names: nil)
        try await portal.app.db.execute(sql: "UPDATE identity_users SET totp_enabled = \(portal.app.db.isSQLite ? "1" : "true"), totp_secret = '\(try AuthorizationMatrixTests.seal(admin, portal))' WHERE fin = '9ADM1N1'")
        return cast
    }

    static let form: [(String, String)] = [
        ("agency", "DVX"), ("name_az", "Ədv qeydiyyatı"), ("name_en", "VAT registration"), ("name_ru", "Регистрация НДС"),
        ("description_az", "ƏDV ödəyicisi kimi qeydiyyat."), ("description_en", "Registering as a VAT payer."),
        ("audience[]", "business"), ("category", "taxes"), ("life_events[]", "starting_business"), ("stage", "full_electronic"),
        ("channels[]", "portal"), ("channels[]", "asan_centre"), ("fee_kind", "free"), ("deadline_days", "3"),
        ("documents", "* Dövlət qeydiyyatı haqqında çıxarış | Extract from the state register\nƏrizə | Application"),
        ("legal_basis", "Vergi Məcəlləsi | 905-IQ | 2000-07-11 | Tax Code"), ("result", "registration"), ("scope", "national"),
        ("online_url", "https://e-taxes.gov.az"), ("keywords", "ƏDV, VAT, НДС"), ("status", "active"),
    ]

    @Test("an agency administrator drafts and submits; a registry editor publishes; the submitter cannot")
    func twoPersonPublishing() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let dvx = try await cast.browser("2DVX3J9")
            try await dvx.get("/office/registry/new")
            var res = try await dvx.post("/office/registry/new", Self.form.filter { $0.0 != "name_en" })
            #expect(res.status == .unprocessableEntity && res.body.string.contains("href=\"#name_en\""), "errors listed, input kept")
            #expect(res.body.string.contains("value=\"Ədv qeydiyyatı\""))
            res = try await dvx.post("/office/registry/new", Self.form)
            #expect(res.headers.first(name: .location) == "/office/registry/services/DVX-0001")
            #expect(try await portal.browser().get("/services/DVX-0001").status == .notFound, "a draft is not public")
            try await dvx.get("/office/registry/services/DVX-0001")
            #expect(try await dvx.post("/office/registry/services/DVX-0001/submit").status == .seeOther)

            // A reviewer of the Tax Service is not a registry editor.
            let taxReviewer = try await cast.browser("1DVX2H8")
            #expect(try await taxReviewer.get("/office/registry/review").status == .forbidden)

            let editor = try await cast.browser("4ASN5L2")
            let queue = try await editor.get("/office/registry/review").body.string
            #expect(queue.contains("DVX-0001 v1"))
            try await editor.get("/office/registry/review/DVX-0001/1")
            res = try await editor.post("/office/registry/review/DVX-0001/1/publish")
            #expect(res.headers.first(name: .location) == "/office/registry/review")
            let page = try await portal.browser().get("/services/DVX-0001")
            #expect(page.status == .ok && page.body.string.contains("Ədv qeydiyyatı"))
            #expect(page.body.string.contains("Dövlət qeydiyyatı haqqında çıxarış"), "documents the state holds are listed as such")

            // The platform administrator edits and submits v2 — and cannot publish their own submission.
            let admin = try await cast.browser("9ADM1N1")
            try await admin.get("/office/registry/services/DVX-0001")
            var changed = Self.form
            changed[1] = ("name_az", "ƏDV ödəyicisi kimi qeydiyyat")
            #expect(try await admin.post("/office/registry/services/DVX-0001", changed).status == .seeOther)
            try await admin.post("/office/registry/services/DVX-0001/submit")
            res = try await admin.get("/office/registry/review/DVX-0001/2")
            #expect(res.body.string.contains("ƏDV ödəyicisi kimi qeydiyyat") && res.body.string.contains("Ədv qeydiyyatı"), "before and after")
            try await admin.post("/office/registry/review/DVX-0001/2/publish")
            #expect(try await portal.browser().get("/services/DVX-0001").body.string.contains("Ədv qeydiyyatı"), "still v1")
            // The schema refuses it too.
            await expectSchemaRefuses(.constraint) {
                try await portal.app.db.execute(sql: "UPDATE catalog_service_versions SET decided_by = submitted_by WHERE version = 2")
            }
            try await editor.get("/office/registry/review")
            try await editor.post("/office/registry/review/DVX-0001/2/publish")
            #expect(try await portal.browser().get("/services/DVX-0001").body.string.contains("ƏDV ödəyicisi kimi qeydiyyat"))
        }
    }

    @Test("history keeps every published version; a past version can be shown; a return carries its reason")
    func historyAndReturn() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            var dvx = try await cast.browser("2DVX3J9")
            var editor = try await cast.browser("4ASN5L2")
            try await dvx.get("/office/registry/new")
            try await dvx.post("/office/registry/new", Self.form)
            try await dvx.get("/office/registry/services/DVX-0001")
            try await dvx.post("/office/registry/services/DVX-0001/submit")
            try await editor.get("/office/registry/review")
            try await editor.post("/office/registry/review/DVX-0001/1/publish")

            portal.clock.advance(by: 86_400)  // a day later: new sessions
            dvx = try await cast.browser("2DVX3J9")
            editor = try await cast.browser("4ASN5L2")
            var changed = Self.form
            changed[9] = ("stage", "online_form")
            try await dvx.get("/office/registry/services/DVX-0001")
            try await dvx.post("/office/registry/services/DVX-0001", changed)
            try await dvx.post("/office/registry/services/DVX-0001/submit")
            #expect(try await editor.post("/office/registry/review/DVX-0001/2/return", [("note", "")]).headers.first(name: .location)?.contains("/review/DVX-0001/2") == true)
            try await editor.post("/office/registry/review/DVX-0001/2/return", [("note", "Mərhələni əsaslandırın")])
            let form = try await dvx.get("/office/registry/services/DVX-0001").body.string
            #expect(form.contains("Mərhələni əsaslandırın"))
            try await dvx.post("/office/registry/services/DVX-0001", changed)
            try await dvx.post("/office/registry/services/DVX-0001/submit")
            try await editor.get("/office/registry/review")
            try await editor.post("/office/registry/review/DVX-0001/2/publish")

            let history = try await portal.browser().get("/services/DVX-0001/history").body.string
            #expect(history.contains("/services/DVX-0001/versions/1") && history.contains("/services/DVX-0001/versions/2"))
            #expect(history.contains("Səviyyə"), "what changed in v2")
            let old = try await portal.browser().get("/services/DVX-0001/versions/1").body.string
            #expect(old.contains("köhnə versiyadır") && old.contains("Tam elektron"))
            #expect(try await portal.browser().get("/services/DVX-0001").body.string.contains("Onlayn forma"))
            #expect(try await portal.browser().get("/services/DVX-0001/versions/3").status == .notFound)
        }
    }

    @Test("an agency administrator cannot touch another agency's services")
    func agencyBoundaries() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let en = try await cast.browser("3EN4K1A")
            try await en.get("/office/registry/new")
            var enForm = Self.form
            enForm[0] = ("agency", "EN")
            try await en.post("/office/registry/new", enForm)
            let dvx = try await cast.browser("2DVX3J9")
            #expect(try await dvx.get("/office/registry/services/EN-0001").status == .forbidden)
            try await dvx.get("/office/registry")
            #expect(try await dvx.post("/office/registry/services/EN-0001", Self.form).status == .forbidden)
            #expect(try await dvx.post("/office/registry/services/EN-0001/submit").status == .forbidden)
            try await dvx.get("/office/registry/new")
            #expect(try await dvx.post("/office/registry/new", enForm).status == .forbidden, "nor create for it")
            #expect(!(try await dvx.get("/office/registry").body.string.contains("EN-0001")), "nor see it in the list")
            let citizen = portal.browser()
            try await portal.account("5VBK5VR")
            try await citizen.signIn("5VBK5VR", Self.password)
            #expect(try await citizen.get("/office/registry").status == .forbidden)
        }
    }
}

/// The platform administrator's TOTP secret per test portal (for signing in again later in a test).
actor AdminSecrets {
    static let shared = AdminSecrets()
    private var secrets: [ObjectIdentifier: [UInt8]] = [:]

    func remember(_ secret: [UInt8], for portal: PortalHarness) { secrets[ObjectIdentifier(portal.app)] = secret }

    func secret(for portal: PortalHarness) throws -> [UInt8] {
        guard let secret = secrets[ObjectIdentifier(portal.app)] else { throw Abort(.internalServerError) }
        return secret
    }
}
