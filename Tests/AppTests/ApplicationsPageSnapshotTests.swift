@testable import Applications
import Catalog
import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Applications' pages rendered by their Swift views, in the states people meet them (docs/views.md,
/// "Snapshots"). References in __Snapshots__/ApplicationsPageSnapshotTests/; the office queue's are in
/// PageSnapshotTests.
@Suite("Applications page snapshots")
struct ApplicationsPageSnapshotTests {
    typealias Flow = ApplicationFlowTests

    static let pdf = Data("%PDF-1.4 document".utf8)

    @Test("citizen: the list (empty, with a case), start (with a draft), question pages (prefilled, with errors), check, the case as a draft and received")
    func citizen() async throws {
        try await withPortal { portal in
            let cast = try await Flow.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            try await assertPageSnapshot(citizen, "/applications", named: "list-empty")
            try await assertPageSnapshot(citizen, "/services/\(Flow.service)/apply", named: "start")
            let start = try await citizen.post("/services/\(Flow.service)/apply")
            let id = try #require(Flow.caseID(from: start.headers.first(name: .location)))
            try await assertPageSnapshot(citizen, "/applications/\(id)/pages/applicant", named: "question-first")
            let refused = try await citizen.post("/applications/\(id)/pages/applicant", [("phone", "12345"), ("email", "not-an-email")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "question-errors")
            try await citizen.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
            try await assertPageSnapshot(citizen, "/applications/\(id)/pages/residence", named: "question-prefilled")
            try await citizen.post("/applications/\(id)/pages/residence", [("years", "7")])
            try await citizen.get("/applications/\(id)/pages/purpose")
            try await citizen.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
            try await assertPageSnapshot(citizen, "/applications/\(id)/check", named: "check")
            try await assertPageSnapshot(citizen, "/services/\(Flow.service)/apply", named: "start-draft")
            try await assertPageSnapshot(citizen, "/applications/\(id)", named: "case-draft")
            #expect(try await citizen.post("/applications/\(id)/submit").status == .seeOther)
            try await assertPageSnapshot(citizen, "/applications/\(id)", named: "case-received")
            try await assertPageSnapshot(citizen, "/applications", named: "list")
        }
    }

    @Test("citizen: every kind of question (unit, date, yes/no, file, a group) with errors, a file kept, the check page's problems and fee, a case awaiting payment")
    func questionKinds() async throws {
        try await withPortal { portal in
            let cast = try await Flow.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            try await citizen.get("/services/DIN-0003/apply")
            let id = try #require(Flow.caseID(from: try await citizen.post("/services/DIN-0003/apply").headers.first(name: .location)))
            try await citizen.get("/applications/\(id)/check")
            let problems = try await citizen.post("/applications/\(id)/submit")
            #expect(problems.status == .unprocessableEntity)
            assertHTMLSnapshot(problems.body.string, named: "check-problems")
            try await assertPageSnapshot(citizen, "/applications/\(id)/pages/new_address", named: "question-kinds")
            let refused = try await citizen.post("/applications/\(id)/pages/new_address", [("owner", "no"), ("new_address", "abc")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "question-kinds-errors")
            let moved = LocalDate(portal.clock.now()).adding(days: -10).iso
            let saved = try await citizen.upload("/applications/\(id)/pages/new_address", field: "owner_consent", filename: "razilik.pdf",
                                                 contents: Self.pdf, contentType: "application/pdf",
                                                 [("new_unit", "AZ-QBA"), ("new_address", "Quba, Heydər Əliyev prospekti 5"), ("moved_on", moved), ("owner", "no")])
            #expect(saved.status == .seeOther, "\(saved.status)")
            try await assertPageSnapshot(citizen, "/applications/\(id)/pages/new_address", named: "question-file-kept")
            try await assertPageSnapshot(citizen, "/applications/\(id)/pages/household", named: "question-group")
            let group = try await citizen.post("/applications/\(id)/pages/household", [("members-0-member_fin", "bad"), ("members-0-relation", "")])
            #expect(group.status == .unprocessableEntity)
            assertHTMLSnapshot(group.body.string, named: "question-group-errors")

            // A fee: the check page says how much; the case waits for it with a link to pay.
            try await citizen.get("/services/EN-0002/apply")
            let fee = try #require(Flow.caseID(from: try await citizen.post("/services/EN-0002/apply").headers.first(name: .location)))
            for (page, form) in [("applicant", [("phone", "0501234567"), ("email", "")]), ("spouse", [("spouse_fin", Flow.otherCitizen), ("spouse_phone", "0551234567")]),
                                 ("history", [("married_before", "no")])] {
                try await citizen.get("/applications/\(fee)/pages/\(page)")
                #expect(try await citizen.post("/applications/\(fee)/pages/\(page)", form).status == .seeOther, "\(page)")
            }
            try await citizen.get("/applications/\(fee)/pages/ceremony")
            let wished = LocalDate(portal.clock.now()).adding(days: 40).iso
            let ceremony = try await citizen.upload("/applications/\(fee)/pages/ceremony", field: "medical", filename: "arayis.pdf", contents: Self.pdf,
                                                    contentType: "application/pdf",
                                                    [("wished_date", wished), ("ceremony_unit", "AZ-QBA"), ("surname_choice", "keep")])
            #expect(ceremony.status == .seeOther, "\(ceremony.status)")
            try await assertPageSnapshot(citizen, "/applications/\(fee)/check", named: "check-fee")
            #expect(try await citizen.post("/applications/\(fee)/submit").status == .seeOther)
            try await assertPageSnapshot(citizen, "/applications/\(fee)", named: "case-awaiting-payment")
        }
    }

    @Test("a case handled: the office's page (received, with errors, in review, approved after an extension, completed); the citizen's (information requested, completed, rated)")
    func caseHandling() async throws {
        try await withPortal { portal in
            let cast = try await Flow.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            let id = try await Flow.apply(citizen)
            try await citizen.get("/applications/\(id)/check")
            try await citizen.post("/applications/\(id)/submit")

            let officer = try await cast.browser(Flow.qubaOperator)
            try await assertPageSnapshot(officer, "/office/applications/\(id)", named: "office-case")
            try await officer.post("/office/applications/\(id)/assign", [("to", "me")])
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/note", [("text", "Ünvanı yoxlamaq lazımdır")])
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")])
            try await officer.get("/office/applications/\(id)")
            let refused = try await officer.post("/office/applications/\(id)/transition", [("to", "info_requested"), ("message", "")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "office-case-errors")
            #expect(try await officer.post("/office/applications/\(id)/transition",
                                           [("to", "info_requested"), ("message", "Kirayə müqaviləsini əlavə edin")]).status == .seeOther)

            try await assertPageSnapshot(citizen, "/applications/\(id)", named: "case-info-requested")
            let answered = try await citizen.upload("/applications/\(id)/answer", field: "file", filename: "icare.pdf", contents: Self.pdf,
                                                    contentType: "application/pdf", [("message", "Əlavə etdim")])
            #expect(answered.status == .seeOther)

            let head = try await cast.browser(Flow.qubaHead)
            try await assertPageSnapshot(head, "/office/applications/\(id)", named: "office-case-in-review")
            let noReason = try await head.post("/office/applications/\(id)/extend", [("days", "30"), ("reason", "")])
            #expect(noReason.status == .unprocessableEntity)
            assertHTMLSnapshot(noReason.body.string, named: "office-case-extend-refused")
            #expect(try await head.post("/office/applications/\(id)/extend", [("days", "30"), ("reason", "Ekspertiza gözlənilir")]).status == .seeOther)
            try await head.get("/office/applications/\(id)")
            #expect(try await head.post("/office/applications/\(id)/transition", [("to", "approved"), ("message", "Arayış hazırdır")]).status == .seeOther)
            try await assertPageSnapshot(head, "/office/applications/\(id)", named: "office-case-approved")
            let result = try await head.upload("/office/applications/\(id)/result", field: "file", filename: "arayis.pdf", contents: Self.pdf,
                                               contentType: "application/pdf")
            #expect(result.status == .seeOther)
            try await assertPageSnapshot(head, "/office/applications/\(id)", named: "office-case-completed")

            try await assertPageSnapshot(citizen, "/applications/\(id)", named: "case-completed")
            #expect(try await citizen.post("/applications/\(id)/rating", [("rating", "4"), ("comment", "Tez oldu")]).status == .seeOther)
            try await assertPageSnapshot(citizen, "/applications/\(id)", named: "case-rated")
        }
    }

    @Test("the office finds a case (search) and hands it to the head (the step offered, sent, awaiting the head's decision); the citizen's printable answers")
    func officeAndPrint() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationOfficeTests.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            let id = try await ApplicationOfficeTests.submitted(citizen)
            try await citizen.get("/applications/\(id)")
            try await assertPageSnapshot(citizen, "/applications/\(id)/answers", named: "answers-print")

            let officer = try await cast.browser(Flow.qubaOperator)
            try await assertPageSnapshot(officer, "/office/applications?q=m%C9%99mm%C9%99dova", named: "office-queue-search")
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")])
            try await assertPageSnapshot(officer, "/office/applications/\(id)", named: "office-case-send")
            #expect(try await officer.post("/office/applications/\(id)/decision-request", [("note", "Sənədlər qaydasındadır")]).status == .seeOther)

            let head = try await cast.browser(Flow.qubaHead)
            try await assertPageSnapshot(head, "/office/applications?decision=1", named: "office-queue-decision")
            try await assertPageSnapshot(head, "/office/applications/\(id)", named: "office-case-sent")
        }
    }

    @Test("form builder: the list, a service without a form, a published form, refusals (a field, the JSON), a draft with every kind of question, its preview")
    func formBuilder() async throws {
        try await withPortal { portal in
            let cast = try await Flow.cast(portal)
            let admin = try await cast.browser(Flow.qubaAdmin)
            try await assertPageSnapshot(admin, "/office/forms", named: "forms-list")
            try await assertPageSnapshot(admin, "/office/forms/ICRA-QBA-0001", named: "builder-empty")
            try await assertPageSnapshot(admin, "/office/forms/\(Flow.service)", named: "builder")
            let duplicate = try await admin.post("/office/forms/\(Flow.service)/fields",
                                                 [("page", "purpose"), ("field_id", "copies"), ("kind", "text"), ("label_az", "Təkrar"), ("label_en", "Again")])
            #expect(duplicate.status == .unprocessableEntity)
            assertHTMLSnapshot(duplicate.body.string, named: "builder-errors")

            // Another service's form (groups, yes/no, files, conditions, prefills) imported as a draft.
            let published = try #require(try await ApplicationsQueries(db: portal.app.db).publishedForm("DIN-0003"))
            let json = String(decoding: try JSONEncoder().encode(published.definition), as: UTF8.self)
            try await admin.get("/office/forms/ICRA-QBA-0001")
            let broken = try await admin.post("/office/forms/ICRA-QBA-0001/import", [("json", "{")])
            #expect(broken.status == .unprocessableEntity)
            assertHTMLSnapshot(broken.body.string, named: "builder-json-refused")
            #expect(try await admin.post("/office/forms/ICRA-QBA-0001/import", [("json", json)]).status == .seeOther)
            try await assertPageSnapshot(admin, "/office/forms/ICRA-QBA-0001", named: "builder-draft")
            try await assertPageSnapshot(admin, "/office/forms/ICRA-QBA-0001/preview", named: "preview")
        }
    }
}
