@testable import Applications
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Answers the state holds (name, date of birth, address, company) are the register's: the applicant
/// never writes them. The API refuses such a write (422, nothing saved); the web form ignores it. When
/// the register has no value, the form's way out applies: typed with a document, or the office.
@Suite("Answers from the register")
struct RegisterAnswersTests {
    static let registerName = "Testov Test Test oğlu"       // PortalHarness.person's defaults
    static let registerAddress = "AZ-QBA test address"

    static func draft(_ portal: PortalHarness, token: String) async throws -> String {
        let res = try await portal.browser().send(.POST, "/api/v1/applications", headers: OfficeAPIReadTests.json(token),
                                                  body: ByteBuffer(string: #"{"service":"ICRA-QBA-0002"}"#))
        #expect(res.status == .created)
        return try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])["id"] as? String ?? ""
    }

    static func put(_ portal: PortalHarness, _ token: String, _ id: String, _ body: String) async throws -> TestingHTTPResponse {
        try await portal.browser().send(.PUT, "/api/v1/applications/\(id)/answers", headers: OfficeAPIReadTests.json(token), body: ByteBuffer(string: body))
    }

    static func answers(_ portal: PortalHarness, _ id: String) async throws -> Answers {
        try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db)).answers
    }

    @Test("API: a write to a register answer — on its page, another page, as a group or a group row's member, or its document — is a 422 field error and saves nothing")
    func apiRefuses() async throws {
        try await withPortal { portal in
            _ = try await ApplicationFlowTests.cast(portal)
            let token = try await APITests.token(portal, fin: ApplicationFlowTests.citizen, scopes: ["applications:read", "applications:write"])
            let id = try await Self.draft(portal, token: token)
            let start = try await Self.answers(portal, id)
            #expect(start.values["full_name"] == Self.registerName && start.values["address"] == Self.registerAddress)

            let attempts: [(body: String, field: String)] = [
                // On its own page, next to an answer that alone would be saved.
                (#"{"page":"applicant","answers":{"values":{"full_name":"Başqa Ad","phone":"0501234567"},"groups":{}}}"#, "answers.applicant.full_name"),
                // Another page's register answer, sent with this page's answers.
                (#"{"page":"purpose","answers":{"values":{"purpose":"bank","copies":"1","address":"Bakı, Nizami 1"},"groups":{}}}"#, "answers.residence.address"),
                (#"{"page":"residence","answers":{"values":{"years":"3","birth_date":"2001-01-01"},"groups":{}}}"#, "answers.applicant.birth_date"),
                // As a group, and inside a group row.
                (#"{"page":"residence","answers":{"values":{"years":"3"},"groups":{"unit":[{"unit":"AZ-BA"}]}}}"#, "answers.residence.unit"),
                (#"{"page":"residence","answers":{"values":{"years":"3"},"groups":{"members":[{"full_name":"Başqa Ad"}]}}}"#, "answers.applicant.full_name"),
                // A supporting document for an answer the register gave.
                (#"{"page":"residence","answers":{"values":{"years":"3","address.document":"00000000-0000-0000-0000-000000000000"},"groups":{}}}"#, "answers.residence.address"),
            ]
            for attempt in attempts {
                let res = try await Self.put(portal, token, id, attempt.body)
                #expect(res.status == .unprocessableEntity, "\(attempt.body): \(res.status)")
                #expect(res.headers.contentType?.subType == "problem+json")
                #expect(res.body.string.contains("\"field\":\"\(attempt.field)\"") && res.body.string.contains("applications.answer.prefilled"),
                        "\(attempt.body): \(res.body.string)")
                #expect(try await Self.answers(portal, id) == start, "nothing of the request is saved: \(attempt.body)")
            }
            // The same pages without the register's answers are saved, and the application carries the register's values.
            for (page, values) in [("applicant", #"{"phone":"0501234567"}"#), ("residence", #"{"years":"3"}"#), ("purpose", #"{"purpose":"bank","copies":"1"}"#)] {
                #expect(try await Self.put(portal, token, id, #"{"page":"\#(page)","answers":{"values":\#(values),"groups":{}}}"#).status == .ok)
            }
            let submitted = try await portal.browser().send(.POST, "/api/v1/applications/\(id)/submit", headers: OfficeAPIReadTests.json(token), body: nil)
            #expect(submitted.status == .ok)
            let final = try await Self.answers(portal, id)
            #expect(final.values["full_name"] == Self.registerName && final.values["address"] == Self.registerAddress && final.values["unit"] == "AZ-QBA")
        }
    }

    @Test("web: a value posted for a register answer, on its page or another, is ignored and the register's stays")
    func webIgnores() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let browser = try await cast.browser(ApplicationFlowTests.citizen)
            try await browser.get("/services/\(ApplicationFlowTests.service)/apply")
            let start = try await browser.post("/services/\(ApplicationFlowTests.service)/apply")
            let id = try #require(ApplicationFlowTests.caseID(from: start.headers.first(name: .location)))
            try await browser.follow(start)
            var res = try await browser.post("/applications/\(id)/pages/applicant",
                                             [("full_name", "Başqa Ad"), ("birth_date", "2001-01-01"), ("phone", "050 123 45 67"), ("address", "Bakı, Nizami 1")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/residence")
            try await browser.follow(res)
            res = try await browser.post("/applications/\(id)/pages/residence", [("address", "Bakı, Nizami 1"), ("unit", "AZ-BA"), ("years", "7"),
                                                                                 ("address-document", "00000000-0000-0000-0000-000000000000")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/purpose")
            let answers = try await Self.answers(portal, id)
            #expect(answers.values["full_name"] == Self.registerName && answers.values["birth_date"] == "1990-01-01")
            #expect(answers.values["address"] == Self.registerAddress && answers.values["unit"] == "AZ-QBA")
            #expect(answers.values["address.document"] == nil && answers.values["phone"] == "+994501234567" && answers.values["years"] == "7")
        }
    }

    @Test("no address in the register: the residence certificate takes a typed address with a document, and the office sees both, marked as the applicant's")
    func enterWithDocument() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            try await portal.setAddress(ApplicationFlowTests.citizen, nil)
            let browser = try await cast.browser(ApplicationFlowTests.citizen)
            try await browser.get("/services/\(ApplicationFlowTests.service)/apply")
            let start = try await browser.post("/services/\(ApplicationFlowTests.service)/apply")
            let id = try #require(ApplicationFlowTests.caseID(from: start.headers.first(name: .location)))
            try await browser.follow(start)
            try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67")])
            var html = try await browser.get("/applications/\(id)/pages/residence").body.string
            let localizer = portal.app.portal.localizer
            #expect(html.contains(localizer.text("applications.prefill.missing_enter", .az, ["Ünvan"])), "the page says the register has none")
            #expect(html.contains("name=\"address\"") && html.contains("name=\"address-document\"") && html.contains("multipart/form-data"))
            #expect(html.contains("id=\"unit\" type=\"text\" value=\"AZ-QBA\" readonly"), "the unit is still the register's")

            // Typed without the document: asked for it, the address kept.
            var res = try await browser.post("/applications/\(id)/pages/residence", [("address", "Quba şəhəri, Nizami küçəsi 5, mənzil 2, AZ4000"), ("years", "2")])
            #expect(res.status == .unprocessableEntity && res.body.string.contains("href=\"#address-document\""))
            #expect(res.body.string.contains(localizer.text("applications.prefill.document_required", .az)))
            res = try await browser.upload("/applications/\(id)/pages/residence", field: "address-document", filename: "icare.pdf",
                                           contents: Data("%PDF-1.4 lease".utf8), contentType: "application/pdf",
                                           [("address", "Quba şəhəri, Nizami küçəsi 5, mənzil 2, AZ4000"), ("years", "2")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/purpose", "\(res.status) \(res.body.string.suffix(1500))")
            try await browser.follow(res)
            res = try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
            html = try await browser.follow(res).body.string
            #expect(html.contains(localizer.text("applications.prefill.entered_by_applicant", .az, ["Ünvan"])) && html.contains("icare.pdf"))
            res = try await browser.post("/applications/\(id)/submit")
            #expect(res.headers.first(name: .location) == "/applications/\(id)", "\(res.status) \(res.body.string.suffix(1500))")
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .received && model.answers.values["address"] == "Quba şəhəri, Nizami küçəsi 5, mənzil 2, AZ4000")
            let document = try #require(model.answers.values["address.document"])

            let officer = try await cast.browser(ApplicationFlowTests.qubaOperator)
            html = try await officer.get("/office/applications/\(id)").body.string
            #expect(html.contains(localizer.text("applications.prefill.entered_by_applicant", .az, ["Ünvan"])))
            #expect(html.contains("/office/applications/\(id)/files/\(document)"))
            #expect(try await officer.get("/office/applications/\(id)/files/\(document)").body.string == "%PDF-1.4 lease")

            // Over the API the same field is the applicant's to write (its document still required).
            let token = try await APITests.token(portal, fin: ApplicationFlowTests.citizen, scopes: ["applications:read", "applications:write"])
            let second = try await Self.draft(portal, token: token)
            let put = try await Self.put(portal, token, second, #"{"page":"residence","answers":{"values":{"address":"Quba, Nizami 5","years":"2"},"groups":{}}}"#)
            #expect(put.status == .unprocessableEntity && put.body.string.contains("answers.residence.address.document")
                    && !put.body.string.contains("applications.answer.prefilled"))
            #expect(try await Self.answers(portal, second).values["address"] == "Quba, Nizami 5")
        }
    }

    @Test("no register value and no way out but the office: the page says so and the application cannot be submitted online")
    func visitOffice() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let form = FormDefinition(serviceCode: ApplicationFlowTests.service, pages: [
                FormPage(id: "applicant", title: LocalizedText(az: "Ərizəçi"), fields: [
                    FormField(id: "full_name", kind: .text, label: LocalizedText(az: "Ad"), prefill: .fullName),
                    FormField(id: "address", kind: .text, label: LocalizedText(az: "Ünvan"), prefill: .address, whenMissing: .visitOffice),
                    FormField(id: "phone", kind: .phone, label: LocalizedText(az: "Telefon")),
                ]),
            ])
            let system = FormEditor(app: portal.app, principal: nil, ip: nil)
            let saved = try await SaveFormDraft(editor: system).run(form)
            let published = try await PublishForm(editor: system).run(form.serviceCode)
            guard case .saved = saved, case .published = published else { Issue.record("\(saved), \(published)"); return }
            try await portal.setAddress(ApplicationFlowTests.citizen, nil)
            let browser = try await cast.browser(ApplicationFlowTests.citizen)
            try await browser.get("/services/\(ApplicationFlowTests.service)/apply")
            let start = try await browser.post("/services/\(ApplicationFlowTests.service)/apply")
            let id = try #require(ApplicationFlowTests.caseID(from: start.headers.first(name: .location)))
            let html = try await browser.follow(start).body.string
            let localizer = portal.app.portal.localizer
            #expect(html.contains(localizer.text("applications.prefill.missing_visit_office", .az, ["Ünvan"])))
            #expect(!html.contains("name=\"address\""), "nothing to type")
            try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("address", "Quba, Nizami 5")])
            try await browser.get("/applications/\(id)/check")
            let res = try await browser.post("/applications/\(id)/submit")
            #expect(res.status == .unprocessableEntity && res.body.string.contains(localizer.text("applications.prefill.visit_office", .az)))
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .draft && model.number == nil && model.answers.values["address"] == nil, "the typed address was ignored")

            // Over the API there is nothing to write either: refused, nothing saved.
            let token = try await APITests.token(portal, fin: ApplicationFlowTests.citizen, scopes: ["applications:read", "applications:write"])
            let draft = try await Self.draft(portal, token: token)
            let before = try await Self.answers(portal, draft)
            let put = try await Self.put(portal, token, draft, #"{"page":"applicant","answers":{"values":{"phone":"0501234567","address":"Quba, Nizami 5"},"groups":{}}}"#)
            #expect(put.status == .unprocessableEntity && put.body.string.contains("answers.applicant.address")
                    && put.body.string.contains("applications.prefill.visit_office"))
            #expect(try await Self.answers(portal, draft) == before)
        }
    }
}
