@testable import Applications
import FluentKit
import Foundation
import PortalHTTP
import PortalTesting
import SQLKit
import Testing
import VaporTesting

/// What a first-time citizen and official meet (issue 15): a saved draft continues where it stopped,
/// the office reads the citizen's steps in the third person, finds a case by number, FIN or name in
/// its own region only, an operator hands a reviewed case to the head, and the citizen prints their
/// answers. Real cases of other citizens and regions throughout.
@Suite("Applications: the office and the citizen's copy")
struct ApplicationOfficeTests {
    typealias Flow = ApplicationFlowTests

    /// Applies as `browser`'s citizen for the Quba residence certificate through the pages and submits; the case id.
    static func submitted(_ browser: TestBrowser) async throws -> String {
        try await browser.get("/services/\(Flow.service)/apply")
        let start = try await browser.post("/services/\(Flow.service)/apply")
        let id = try #require(Flow.caseID(from: start.headers.first(name: .location)))
        try await browser.follow(start)
        try await browser.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
        try await browser.get("/applications/\(id)/pages/residence")
        try await browser.post("/applications/\(id)/pages/residence", [("years", "7")])
        try await browser.get("/applications/\(id)/pages/purpose")
        try await browser.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
        try await browser.get("/applications/\(id)/check")
        let res = try await browser.post("/applications/\(id)/submit")
        #expect(res.headers.first(name: .location) == "/applications/\(id)", "submitted: \(res.status)")
        return id
    }

    /// The cast with the register's names and addresses of the two citizens (Quba and Gəncə), as the demo register has them.
    static func cast(_ portal: PortalHarness) async throws -> Flow.Cast {
        for (fin, first, last, card, unit) in [(Flow.citizen, "Aysel", "Məmmədova", "AA1234567", "AZ-QBA"),
                                               (Flow.otherCitizen, "Rəşad", "Əliyev", "AZE12345678", "AZ-GA")]
        where try await portal.app.portal.registryLookup.person(fin: FIN(uncheckedValue: fin)) == nil {
            try await portal.person(fin, first: first, last: last, idCard: card, unit: unit)
        }
        return try await Flow.cast(portal)
    }

    static func number(_ id: String, _ portal: PortalHarness) async throws -> String {
        try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db)?.number)
    }

    static func queueReads(_ portal: PortalHarness) async throws -> [(subject: String?, cases: String)] {
        let sql = try #require(portal.app.db as? any SQLDatabase)
        let rows = try await sql.raw("SELECT subject_fin, details FROM audit_events WHERE action = 'applications.queue.read' ORDER BY seq").all()
        return try rows.map { (try $0.decode(column: "subject_fin", as: String?.self), try $0.decode(column: "details", as: String.self)) }
    }

    @Test("continue a saved draft: the first page still to answer (the first page when nothing is answered), the check page when all are")
    func resumeDraft() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            try await citizen.get("/services/\(Flow.service)/apply")
            let start = try await citizen.post("/services/\(Flow.service)/apply")
            let id = try #require(Flow.caseID(from: start.headers.first(name: .location)))
            try await citizen.follow(start)
            var res = try await citizen.get("/applications/\(id)/resume")
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/applicant", "nothing answered yet: the first page")

            // The first page saved, then "save and come back later" on the second with nothing typed.
            try await citizen.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
            try await citizen.get("/applications/\(id)/pages/residence")
            res = try await citizen.post("/applications/\(id)/pages/residence", [("years", ""), ("later", "yes")])
            #expect(res.headers.first(name: .location) == "/applications")
            // Every way back in goes through the rule: the cabinet's list, the case page, the service's start page.
            #expect(try await citizen.get("/applications").body.string.contains("/applications/\(id)/resume"))
            #expect(try await citizen.get("/applications/\(id)").body.string.contains("/applications/\(id)/resume"))
            #expect(try await citizen.get("/services/\(Flow.service)/apply").body.string.contains("/applications/\(id)/resume"))
            res = try await citizen.get("/applications/\(id)/resume")
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/residence", "the first unanswered page, not the check")

            try await citizen.post("/applications/\(id)/pages/residence", [("years", "7")])
            try await citizen.get("/applications/\(id)/pages/purpose")
            try await citizen.post("/applications/\(id)/pages/purpose", [("purpose", "bank"), ("copies", "1")])
            res = try await citizen.get("/applications/\(id)/resume")
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check", "every page answered: the check")

            // Someone else's draft cannot be probed; a submitted case has nothing to continue.
            let other = try await cast.browser(Flow.otherCitizen)
            #expect(try await other.get("/applications/\(id)/resume").status == .notFound)
            try await citizen.get("/applications/\(id)/check")
            try await citizen.post("/applications/\(id)/submit")
            #expect(try await citizen.get("/applications/\(id)/resume").headers.first(name: .location) == "/applications/\(id)")
        }
    }

    @Test("the office reads the citizen's answer to a request in the third person; the citizen still reads \"you\"")
    func thirdPersonTimeline() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            let id = try await Self.submitted(citizen)
            let officer = try await cast.browser(Flow.qubaOperator)
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")])
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "info_requested"), ("message", "Kirayə müqaviləsini əlavə edin")])
            try await citizen.get("/applications/\(id)")
            #expect(try await citizen.post("/applications/\(id)/answer", [("message", "Əlavə etdim")]).status == .seeOther)

            let texts = portal.app.portal.localizer
            for language in [Language.az, .en, .ru] {
                #expect(texts.text("applications.event.office.info_answer", language) != texts.text("applications.event.info_answer", language))
            }
            let office = try await officer.get("/office/applications/\(id)").body.string
            #expect(office.contains(texts.text("applications.event.office.info_answer", .az)))
            #expect(!office.contains(texts.text("applications.event.info_answer", .az)), "no \"you answered\" in the office")
            let own = try await citizen.get("/applications/\(id)").body.string
            #expect(own.contains(texts.text("applications.event.info_answer", .az)))
            #expect(!own.contains(texts.text("applications.event.office.info_answer", .az)))
        }
    }

    @Test("the queue finds a case by number, FIN or name (any case, with or without Azerbaijani letters), only in the official's region; one audit entry per page view")
    func queueSearch() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let id = try await Self.submitted(try await cast.browser(Flow.citizen))        // Aysel Məmmədova, Quba
            let gence = try await Self.submitted(try await cast.browser(Flow.otherCitizen)) // Rəşad Əliyev, Gəncə
            let number = try await Self.number(id, portal)
            let genceNumber = try await Self.number(gence, portal)
            let genceCase = try #require(try await CaseModel.find(UUID(uuidString: gence), on: portal.app.db))
            #expect(genceCase.unitCode == "AZ-GA" && genceCase.applicantName == "Rəşad Əliyev", "a real case of the same agency in another region")

            let officer = try await cast.browser(Flow.qubaOperator)
            var html = try await officer.get("/office/applications").body.string
            #expect(html.contains("Aysel Məmmədova") && html.contains(Flow.citizen), "the applicant column")
            #expect(html.contains(BakuTime.displayDate(LocalDate(portal.clock.now()))), "the submitted column")
            #expect(!html.contains(genceNumber))
            // The region filter offers the official's own region only.
            #expect(html.contains("value=\"AZ-QBA\"") && !html.contains("value=\"AZ-GA\"") && !html.contains("value=\"AZ-MAS\""))

            for query in [number, number.lowercased(), Flow.citizen, Flow.citizen.lowercased(), "Aysel", "aysel məm", "MƏMMƏDOVA",
                          "memmedova", "Memmedova Aysel", "  məmməd  "] {
                html = try await officer.get("/office/applications?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)").body.string
                #expect(html.contains("/office/applications/\(id)"), "«\(query)» finds the case")
            }
            for query in ["Rəşad", "Əliyev", "94FMDDD", genceNumber, "Aysel X", "OW-1999-000001"] {
                html = try await officer.get("/office/applications?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)").body.string
                #expect(!html.contains("/office/applications/\(id)") && !html.contains("/office/applications/\(gence)"), "«\(query)» finds nothing here")
            }
            // Crafting the region parameter shows nothing of another region.
            for query in ["unit=AZ-GA", "unit=AZ-GA&q=94FMDDD", "unit=AZ-GA&q=\(genceNumber)"] {
                html = try await officer.get("/office/applications?\(query)").body.string
                #expect(!html.contains("/office/applications/\(gence)") && !html.contains("Rəşad"), "\(query)")
            }

            // Reading the list with names is a read of personal data: one entry per page view, listing the cases shown.
            let before = try await Self.queueReads(portal).count
            html = try await officer.get("/office/applications").body.string
            html = try await officer.get("/office/applications?q=\(Flow.citizen)").body.string
            let reads = try await Self.queueReads(portal)
            #expect(reads.count == before + 2, "one per page view, not per row")
            #expect(reads.last?.subject == Flow.citizen && reads.last?.cases.contains(number) == true, "\(String(describing: reads.last))")
            try await officer.get("/office/applications?q=nobody-at-all")
            #expect(try await Self.queueReads(portal).count == before + 2, "an empty list shows nobody's data")
        }
    }

    @Test("an operator sends a reviewed case to the head with a note; the head finds it awaiting their decision and decides; the operator still cannot")
    func sendForDecision() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            let id = try await Self.submitted(citizen)
            let officer = try await cast.browser(Flow.qubaOperator)
            var html = try await officer.get("/office/applications/\(id)").body.string
            #expect(!html.contains("/decision-request"), "not offered before the review")
            #expect(try await officer.post("/office/applications/\(id)/decision-request", [("note", "Hazırdır")]).status == .conflict)
            try await officer.get("/office/applications/\(id)")
            try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")])
            html = try await officer.get("/office/applications/\(id)").body.string
            #expect(html.contains("/decision-request"))
            var res = try await officer.post("/office/applications/\(id)/decision-request", [("note", "")])
            #expect(res.status == .unprocessableEntity, "a note is required")
            // Another region's operator cannot reach it.
            let masalli = try await cast.browser(Flow.masalliOperator)
            #expect(try await masalli.post("/office/applications/\(id)/decision-request", [("note", "Hazırdır")]).status == .notFound)
            res = try await officer.post("/office/applications/\(id)/decision-request", [("note", "Sənədlər qaydasındadır, təsdiq təklif edirəm")])
            #expect(res.headers.first(name: .location) == "/office/applications/\(id)")
            html = try await officer.follow(res).body.string
            let texts = portal.app.portal.localizer
            #expect(html.contains(texts.text("applications.event.office.decision_request", .az)) && html.contains("Sənədlər qaydasındadır"))
            #expect(!html.contains("/decision-request"), "sent once")
            #expect(try await officer.post("/office/applications/\(id)/transition", [("to", "approved")]).status == .conflict, "operators do not decide")
            #expect(!(try await officer.get("/office/applications?decision=1").body.string.contains(id)), "not the operator's decision")

            // The citizen sees that it went for a decision, not the agency's note.
            html = try await citizen.get("/applications/\(id)").body.string
            #expect(html.contains(texts.text("applications.event.decision_request", .az)) && !html.contains("Sənədlər qaydasındadır"))

            let head = try await cast.browser(Flow.qubaHead)
            html = try await head.get("/office/applications?decision=1").body.string
            #expect(html.contains("/office/applications/\(id)") && html.contains(texts.text("applications.office.awaiting_decision", .az)))
            try await head.get("/office/applications/\(id)")
            res = try await head.post("/office/applications/\(id)/transition", [("to", "approved"), ("message", "Arayış hazırdır")])
            #expect(res.status == .seeOther)
            let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .approved && model.decisionRequestedAt == nil && model.decisionRequestedBy != nil)
            #expect(!(try await head.get("/office/applications?decision=1").body.string.contains(id)), "decided: no longer waiting")
            let kinds = try await CaseEventModel.query(on: portal.app.db).filter(\.$caseID == UUID(uuidString: id)!).sort(\.$seq).all().map(\.kind)
            #expect(kinds.contains(.decisionRequest))
        }
    }

    @Test("the citizen's printable copy of the submitted answers: theirs only (another citizen, with a case of their own, 404; an official 404)")
    func printableAnswers() async throws {
        try await withPortal { portal in
            let cast = try await Self.cast(portal)
            let citizen = try await cast.browser(Flow.citizen)
            let id = try await Self.submitted(citizen)
            let number = try await Self.number(id, portal)
            var html = try await citizen.get("/applications/\(id)").body.string
            #expect(html.contains("/applications/\(id)/answers"), "linked from the case page")
            let res = try await citizen.get("/applications/\(id)/answers")
            html = res.body.string
            #expect(res.status == .ok)
            #expect(html.contains(number) && html.contains("+994501234567") && html.contains("Aysel Məmmədova"))
            #expect(html.contains(BakuTime.display(try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db)?.submittedAt))))

            // Another citizen's case, with a case of their own to compare: 404, not their answers.
            let other = try await cast.browser(Flow.otherCitizen)
            let own = try await Self.submitted(other)
            #expect(try await other.get("/applications/\(own)/answers").status == .ok)
            let refused = try await other.get("/applications/\(id)/answers")
            #expect(refused.status == .notFound && !refused.body.string.contains("+994501234567"))
            // Nor an official (the office has its own case page).
            #expect(try await cast.browser(Flow.qubaOperator).get("/applications/\(id)/answers").status == .notFound)
        }
    }
}
