@testable import Applications
import Catalog
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Applying online as people do it: a Quba resident asks the Quba executive authority for a
/// residence certificate; its officials handle the case; what each person may see and do.
@Suite("Applications")
struct ApplicationFlowTests {
    static let password = "correct horse battery"
    static let citizen = "5VBK5VR"          // lives in Quba
    static let otherCitizen = "94FMDDD"
    static let qubaOperator = "7QBA8E5"
    static let qubaHead = "8QBA9F6"
    static let masalliOperator = "5MAS6C3"
    static let qubaAdmin = "9QBA1G7"
    static let service = "ICRA-QBA-0002"    // certificate of place of residence (local executive authority)

    struct Cast {
        let portal: PortalHarness
        var secrets: [String: [UInt8]] = [:]

        func browser(_ fin: String) async throws -> TestBrowser {
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            try await browser.signIn(fin, ApplicationFlowTests.password, code: secrets[fin].map { portal.totp($0) })
            try await browser.get(secrets[fin] == nil ? "/cabinet" : "/office")
            return browser
        }
    }

    static func cast(_ portal: PortalHarness) async throws -> Cast {
        try await CatalogModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
        try await ApplicationsModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
        var cast = Cast(portal: portal)
        try await portal.account(citizen, idCard: "AA1234567")
        try await portal.account(otherCitizen, idCard: "AZE12345678")
        for (fin, agency, role, unit) in [(qubaOperator, "ICRA-QBA", OfficialRole.operator_, "AZ-QBA"), (qubaHead, "ICRA-QBA", .head, "AZ-QBA"),
                                          (masalliOperator, "ICRA-MAS", .operator_, "AZ-MAS"), (qubaAdmin, "ICRA-QBA", .agencyAdmin, nil)] {
            let secret = TOTP.generateSecret()
            cast.secrets[fin] = secret
            try await portal.account(fin, roles: [.init(agencyCode: agency, role: role, unitCode: unit)], totpSecret: secret,
                                     idCard: PortalHarness.idCardNumber(for: fin, series: "AB"))
        }
        return cast
    }

    static func caseID(from location: String?) -> String? {
        guard let location, let range = location.range(of: #"/applications/([0-9A-F-]{36})"#, options: .regularExpression) else { return nil }
        return String(location[range].dropFirst("/applications/".count))
    }

    /// Applies for the residence certificate through the pages; returns the case id.
    static func apply(_ browser: TestBrowser) async throws -> String {
        try await browser.get("/services/\(service)/apply")
        var res = try await browser.post("/services/\(service)/apply")
        let id = try #require(caseID(from: res.headers.first(name: .location)))
        #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/applicant")
        let page = try await browser.follow(res).body.string
        #expect(page.contains("Məmmədova") || page.contains("Testov"), "the name comes from the register")
        res = try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
        #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/residence")
        try await browser.follow(res)
        res = try await browser.post("/applications/\(id)/pages/residence", [("years", "7")])
        try await browser.follow(res)
        res = try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
        #expect(res.headers.first(name: .location) == "/applications/\(id)/check")
        return id
    }

    @Test("a citizen applies page by page; bad answers come back listed and nothing is lost; the case is numbered and received")
    func applyOnline() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            #expect(try await portal.browser().get("/services/\(Self.service)").body.string.contains("/services/\(Self.service)/apply"),
                    "the service page offers applying here")
            let browser = try await cast.browser(Self.citizen)
            try await browser.get("/services/\(Self.service)/apply")
            let start = try await browser.post("/services/\(Self.service)/apply")
            let id = try #require(Self.caseID(from: start.headers.first(name: .location)))
            try await browser.follow(start)

            // Every error of the page listed next to its field; what was typed stays.
            var res = try await browser.post("/applications/\(id)/pages/applicant", [("phone", "12345"), ("email", "not-an-email")])
            #expect(res.status == .unprocessableEntity)
            var html = res.body.string
            #expect(html.contains("href=\"#phone\"") && html.contains("href=\"#email\""))
            #expect(html.contains("value=\"12345\"") && html.contains("value=\"not-an-email\""))
            res = try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("later", "yes")])
            #expect(res.headers.first(name: .location) == "/applications", "save and come back later: \(res.status) \(res.body.string.prefix(3000))")
            #expect(try await browser.get("/applications").body.string.contains(id))

            // Come back: the answers are there; the show-if question appears only for "other".
            html = try await browser.get("/applications/\(id)/pages/applicant").body.string
            #expect(html.contains("value=\"+994501234567\""))
            try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67")])
            try await browser.get("/applications/\(id)/pages/residence")
            try await browser.post("/applications/\(id)/pages/residence", [("years", "7")])
            try await browser.get("/applications/\(id)/pages/purpose")
            res = try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "other"), ("copies", "9")])
            html = res.body.string
            #expect(res.status == .unprocessableEntity && html.contains("href=\"#purpose_other\"") && html.contains("href=\"#copies\""))
            res = try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "2")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check")

            html = try await browser.follow(res).body.string
            #expect(html.contains("+994501234567") && !html.contains("purpose_other"), "check your answers; hidden questions are not asked")
            res = try await browser.post("/applications/\(id)/submit")
            #expect(res.headers.first(name: .location) == "/applications/\(id)")
            html = try await browser.follow(res).body.string
            let year = BakuTime.calendar().component(.year, from: portal.clock.now())
            #expect(html.contains("OW-\(year)-000001"))
            #expect(html.contains(portal.app.portal.localizer.text("applications.status.received", .az)))
            // Submitting again (a retry) changes nothing.
            #expect(try await browser.post("/applications/\(id)/submit").status == .seeOther)
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.number == "OW-\(year)-000001" && model.status == .received && model.unitCode == "AZ-QBA")
            #expect(model.answers.values["full_name"] != nil && model.answers.values["purpose_other"] == nil)
            let due = portal.app.portal.calendar.addWorkingDays(3, to: LocalDate(portal.clock.now()))
            #expect(model.dueOn == due.iso, "the registry's 3 working days")
        }
    }

    @Test("the agency works the case: take, ask for information (clock pauses), citizen answers, head approves, result, rating once")
    func caseHandling() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            // The Quba authority's system has a webhook endpoint for its cases (hears every state change).
            try await WebhookProbe.register(portal, agency: "ICRA-QBA", events: "application.status_changed")
            var citizen = try await cast.browser(Self.citizen)
            let id = try await Self.apply(citizen)
            try await citizen.get("/applications/\(id)/check")
            try await citizen.post("/applications/\(id)/submit")

            let officer = try await cast.browser(Self.qubaOperator)
            var html = try await officer.get("/office/applications").body.string
            #expect(html.contains("/office/applications/\(id)"))
            html = try await officer.get("/office/applications/\(id)").body.string
            #expect(html.contains("+994501234567"), "the official sees the answers")
            try await officer.post("/office/applications/\(id)/assign", [("to", "me")])
            #expect(try await officer.get("/office/applications?mine=1").body.string.contains(id))
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/note", [("text", "Ünvanı yoxlamaq lazımdır")])
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")])
            try await officer.get("/office/applications/\(id)")
            // Asking needs a message; an operator cannot approve.
            var res = try await officer.post("/office/applications/\(id)/transition", [("to", "info_requested"), ("message", "")])
            #expect(res.status == .unprocessableEntity)
            #expect(try await officer.post("/office/applications/\(id)/transition", [("to", "approved")]).status == .conflict)
            try await officer.get("/office/applications/\(id)")
            res = try await officer.post("/office/applications/\(id)/transition", [("to", "info_requested"), ("message", "Kirayə müqaviləsini əlavə edin")])
            #expect(res.status == .seeOther, "\(res.status) \(res.body.string.suffix(2500))")

            // The citizen sees the request, not the internal note; answers; the clock resumes.
            html = try await citizen.get("/applications/\(id)").body.string
            #expect(html.contains("Kirayə müqaviləsini əlavə edin") && !html.contains("Ünvanı yoxlamaq"))
            // Two days later (a new session: the old one has expired meanwhile).
            portal.clock.advance(by: 2 * 86_400)
            citizen = try await cast.browser(Self.citizen)
            try await citizen.get("/applications/\(id)")
            res = try await citizen.upload("/applications/\(id)/answer", field: "file", filename: "lease.pdf",
                                           contents: Data("%PDF-1.4 lease".utf8), contentType: "application/pdf", [("message", "Əlavə etdim")])
            #expect(res.status == .seeOther)
            var model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .inReview && model.pausedSince == nil)

            // The head decides; the result is uploaded and the case completed.
            let head = try await cast.browser(Self.qubaHead)
            try await head.get("/office/applications/\(id)")
            res = try await head.post("/office/applications/\(id)/transition", [("to", "rejected"), ("message", "Yox")])
            #expect(res.status == .unprocessableEntity, "a rejection must cite a reason from the list")
            try await head.get("/office/applications/\(id)")
            try await head.post("/office/applications/\(id)/transition", [("to", "approved"), ("message", "Arayış hazırdır")])
            try await head.get("/office/applications/\(id)")
            res = try await head.upload("/office/applications/\(id)/result", field: "file", filename: "arayis.pdf",
                                        contents: Data("%PDF-1.4 certificate".utf8), contentType: "application/pdf")
            #expect(res.status == .seeOther)
            model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .completed && model.resultFileID != nil)

            html = try await citizen.get("/applications/\(id)").body.string
            #expect(html.contains("Arayış hazırdır") && html.contains("/files/"))
            let file = try await citizen.get("/applications/\(id)/files/\(model.resultFileID!.uuidString)")
            #expect(file.status == .ok && file.body.string == "%PDF-1.4 certificate" && file.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            try await citizen.get("/applications/\(id)")
            res = try await citizen.post("/applications/\(id)/rating", [("rating", "5"), ("comment", "Tez oldu")])
            #expect(try await citizen.follow(res).body.string.contains("5"))
            try await citizen.get("/applications/\(id)")
            #expect(try await citizen.post("/applications/\(id)/rating", [("rating", "1")]).status == .conflict, "rated once")

            // Every official's opening of the case is in the citizen's data-access log.
            let reads = try await portal.app.portal.audit.dataAccess(for: FIN(uncheckedValue: Self.citizen), limit: 100, on: portal.app.db)
            #expect(reads.filter { $0.action == "applications.case.read" }.count >= 5)
            let events = try await CaseEventModel.query(on: portal.app.db).filter(\.$caseID == UUID(uuidString: id)!).sort(\.$seq).all()
            #expect(events.compactMap(\.toStatus?.rawValue) == ["submitted", "received", "in_review", "info_requested", "in_review", "approved", "completed"])
            // Each change went to the agency's endpoint once, in order, without the applicant.
            let hooks = try await WebhookProbe.bodies(portal)
            #expect(hooks.map { $0.data["status"] ?? "" } == ["submitted", "received", "in_review", "info_requested", "in_review", "approved", "completed"])
            #expect(hooks.allSatisfy { $0.type == "application.status_changed" && $0.data["caseId"] == id.lowercased() })
            #expect(!(try await WebhookProbe.rawBodies(portal)).contains { $0.contains(Self.citizen) }, "no FIN in an agency event")
        }
    }

    @Test("nobody else sees the case: another citizen, an official of another region, an agency admin without case work")
    func objectLevelSecurity() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Self.citizen)
            let id = try await Self.apply(citizen)
            try await citizen.get("/applications/\(id)/check")
            try await citizen.post("/applications/\(id)/submit")

            let other = try await cast.browser(Self.otherCitizen)
            for path in ["/applications/\(id)", "/applications/\(id)/check", "/applications/\(id)/pages/applicant"] {
                #expect(try await other.get(path).status == .notFound, "\(path)")
            }
            #expect(!(try await other.get("/applications").body.string.contains(id)))
            let masalli = try await cast.browser(Self.masalliOperator)
            #expect(try await masalli.get("/office/applications/\(id)").status == .notFound)
            #expect(!(try await masalli.get("/office/applications").body.string.contains(id)))
            let admin = try await cast.browser(Self.qubaAdmin)
            #expect(try await admin.get("/office/applications").status == .forbidden)
        }
    }

    @Test("a representative applies for the company; the company's other representative sees the case, another citizen does not")
    func companyApplications() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            try await portal.account("7HK2M3P", idCard: "AA2345678")
            try await portal.company(voen: "1400057421", name: "Quba Alma MMC", director: Self.citizen)
            let director = try await cast.browser(Self.citizen)
            try await director.get("/cabinet/companies")
            let linked = try await director.post("/cabinet/companies", [("voen", "1400057421")])
            let companyID = try #require(CompanyAndOfficialTests.companyID(in: try await director.follow(linked).body.string))
            try await director.post("/cabinet/companies/\(companyID)/representatives", [("fin", "7HK2M3P")])
            try await director.post("/acting-as", [("company", companyID)])

            // VAT registration (DVX-0007): the company's VÖEN and name come from the register.
            try await director.get("/services/DVX-0007/apply")
            let start = try await director.post("/services/DVX-0007/apply", [("forCompany", "yes")])
            let id = try #require(Self.caseID(from: start.headers.first(name: .location)))
            let html = try await director.follow(start).body.string
            #expect(html.contains("1400057421") && html.contains("Quba Alma MMC"), "prefilled from the company register")
            try await director.post("/applications/\(id)/pages/company", [("contact_phone", "0501234567")])
            try await director.get("/applications/\(id)/pages/turnover")
            let due = LocalDate(portal.clock.now()).adding(days: 10).iso
            try await director.post("/applications/\(id)/pages/turnover", [("turnover", "250000"), ("voluntary", "no"), ("start_date", due)])
            try await director.get("/applications/\(id)/check")
            #expect(try await director.post("/applications/\(id)/submit").status == .seeOther)
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.companyVOEN == "1400057421" && model.number != nil)

            let representative = try await cast.browser("7HK2M3P")
            #expect(try await representative.get("/applications/\(id)").status == .ok, "another representative of the company sees it")
            #expect(try await representative.get("/applications").body.string.contains(model.number!))
            let stranger = try await cast.browser(Self.otherCitizen)
            #expect(try await stranger.get("/applications/\(id)").status == .notFound)
        }
    }

    @Test("the API: draft, answers with field errors as problem details, no setting of status, submit; office transitions")
    func api() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let token = try await APITests.token(portal, fin: Self.citizen, scopes: ["applications:read", "applications:write"])
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            let api = portal.browser()
            var res = try await api.send(.POST, "/api/v1/applications", headers: auth, body: ByteBuffer(string: #"{"service":"ICRA-QBA-0002"}"#))
            #expect(res.status == .created)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let created = try decoder.decode(ApplicationsAPI.CaseJSON.self, from: Data(res.body.readableBytesView))
            #expect(created.status == "draft" && created.answers.values["full_name"] != nil)
            let id = created.id.uuidString

            res = try await api.send(.PUT, "/api/v1/applications/\(id)/answers", headers: auth,
                                     body: ByteBuffer(string: #"{"page":"applicant","answers":{"values":{"phone":"12"},"groups":{}},"status":"approved"}"#))
            #expect(res.status == .unprocessableEntity && res.body.string.contains("\"field\":\"status\""), "status cannot be set")
            res = try await api.send(.PUT, "/api/v1/applications/\(id)/answers", headers: auth,
                                     body: ByteBuffer(string: #"{"page":"applicant","answers":{"values":{"phone":"12"},"groups":{}}}"#))
            #expect(res.status == .unprocessableEntity && res.headers.contentType?.description.contains("problem+json") == true)
            #expect(res.body.string.contains("answers.applicant.phone"))
            res = try await api.send(.POST, "/api/v1/applications/\(id)/submit", headers: auth, body: nil)
            #expect(res.status == .unprocessableEntity && res.body.string.contains("answers.residence.years"), "every missing answer listed")
            for (page, values) in [("applicant", #"{"phone":"0501234567"}"#), ("residence", #"{"years":"3"}"#), ("purpose", #"{"purpose":"employer","copies":"1"}"#)] {
                res = try await api.send(.PUT, "/api/v1/applications/\(id)/answers", headers: auth,
                                         body: ByteBuffer(string: #"{"page":"\#(page)","answers":{"values":\#(values),"groups":{}}}"#))
                #expect(res.status == .ok, "\(page): \(res.body.string)")
            }
            res = try await api.send(.POST, "/api/v1/applications/\(id)/submit", headers: auth, body: nil)
            #expect(res.status == .ok && res.body.string.contains("\"status\":\"received\""))
            #expect(try await api.send(.GET, "/api/v1/applications/\(id)/timeline", headers: auth, body: nil).body.string.contains("received"))

            let officeToken = try await APITests.token(portal, fin: Self.qubaOperator, scopes: ["applications:office"], totpSecret: cast.secrets[Self.qubaOperator])
            let office: HTTPHeaders = ["Authorization": "Bearer \(officeToken)", "Content-Type": "application/json"]
            res = try await api.send(.GET, "/api/v1/office/applications?status=received", headers: office, body: nil)
            #expect(res.status == .ok && res.body.string.contains(id))
            res = try await api.send(.POST, "/api/v1/office/applications/\(id)/transition", headers: office, body: ByteBuffer(string: #"{"to":"approved"}"#))
            #expect(res.status == .conflict, "an operator cannot approve; not from received either")
            res = try await api.send(.POST, "/api/v1/office/applications/\(id)/transition", headers: office, body: ByteBuffer(string: #"{"to":"in_review","assignee":"x"}"#))
            #expect(res.status == .unprocessableEntity, "no other members")
            res = try await api.send(.POST, "/api/v1/office/applications/\(id)/transition", headers: office, body: ByteBuffer(string: #"{"to":"in_review"}"#))
            #expect(res.status == .ok && res.body.string.contains("in_review"))
            // The citizen's token cannot reach the office API.
            #expect(try await api.send(.GET, "/api/v1/office/applications", headers: auth, body: nil).status == .forbidden)
        }
    }

    @Test("a new form version does not break an application in flight; the builder refuses an invalid form")
    func formVersions() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Self.citizen)
            try await citizen.get("/services/\(Self.service)/apply")
            let start = try await citizen.post("/services/\(Self.service)/apply")
            let id = try #require(Self.caseID(from: start.headers.first(name: .location)))

            let admin = try await cast.browser(Self.qubaAdmin)
            #expect(try await admin.get("/office/forms").body.string.contains(Self.service))
            try await admin.get("/office/forms/\(Self.service)")
            var res = try await admin.post("/office/forms/\(Self.service)/fields", [("page", "purpose"), ("field_id", "copies"), ("kind", "text"), ("label_az", "Təkrar")])
            #expect(res.status == .unprocessableEntity, "duplicate field id")
            try await admin.get("/office/forms/\(Self.service)")
            res = try await admin.post("/office/forms/\(Self.service)/fields", [("page", "purpose"), ("field_id", "delivery"), ("kind", "select"),
                                                                                ("label_az", "Çatdırılma"), ("label_en", "Delivery"), ("required", "yes"),
                                                                                ("options", "portal|Portalda|On the portal\npost|Poçtla|By post")])
            #expect(res.status == .seeOther)
            #expect(try await admin.get("/office/forms/\(Self.service)/preview").body.string.contains("Poçtla"))
            try await admin.get("/office/forms/\(Self.service)")
            try await admin.post("/office/forms/\(Self.service)/publish")
            #expect(try await ApplicationsQueries(db: portal.app.db).publishedForm(Self.service)?.version == 2)
            // Another agency's form is out of reach.
            #expect(try await admin.get("/office/forms/EN-0002").status == .forbidden)

            // The draft started on version 1 is finished and submitted without the new question.
            for (page, form) in [("applicant", [("phone", "0501234567")]), ("residence", [("years", "2")]), ("purpose", [("purpose", "bank"), ("copies", "1")])] {
                try await citizen.get("/applications/\(id)/pages/\(page)")
                try await citizen.post("/applications/\(id)/pages/\(page)", form)
            }
            try await citizen.get("/applications/\(id)/check")
            res = try await citizen.post("/applications/\(id)/submit")
            #expect(try await citizen.follow(res).body.string.contains("OW-"))
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.formVersion == 1 && model.status == .received)
            // A new application gets version 2 and its question.
            try await citizen.get("/services/\(Self.service)/apply")
            let second = try await citizen.post("/services/\(Self.service)/apply")
            let secondID = try #require(Self.caseID(from: second.headers.first(name: .location)))
            #expect(try await CaseModel.find(UUID(uuidString: secondID), on: portal.app.db)?.formVersion == 2)
        }
    }

    @Test("uploads: type decided by content, size limit, stored once by hash outside the database")
    func uploads() async throws {
        try await withPortal { portal in
            let store = portal.app.files
            await #expect(throws: FileStore.Refusal.type) { try await store.store(Array("MZ\u{90}not a pdf".utf8)) }
            await #expect(throws: FileStore.Refusal.tooLarge) { try await store.store([UInt8](repeating: 0x25, count: store.maxBytes + 1)) }
            await #expect(throws: FileStore.Refusal.empty) { try await store.store([]) }
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
            let a = try await store.store(png)
            let b = try await store.store(png)
            #expect(a == b && a.kind == .png && a.size == png.count)
            #expect(try store.read(a.sha256) == png)
            #expect(try store.read(String(repeating: "0", count: 64)) == nil)

            struct Refuses: VirusScanner { func scan(path: String) async throws -> ScanVerdict { .infected } }
            let scanning = FileStore(directory: store.directory.path, maxBytes: store.maxBytes, scanner: Refuses())
            await #expect(throws: FileStore.Refusal.infected) { try await scanning.store(Array("%PDF-1.4 eicar".utf8)) }
            // A scanner command's exit status decides: 0 clean, 1 infected, anything else a failed scan.
            #expect(try await CommandVirusScanner(command: "true").scan(path: "/dev/null") == .clean)
            #expect(try await CommandVirusScanner(command: "false").scan(path: "/dev/null") == .infected)
            await #expect(throws: CommandVirusScanner.Failed.self) { try await CommandVirusScanner(command: "ls /nonexistent-onewindow").scan(path: "/dev/null") }
        }
    }
}
