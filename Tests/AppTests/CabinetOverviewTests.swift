@testable import Applications
import Foundation
import Identity
@testable import Payments
import PortalHTTP
import PortalTesting
@testable import Reception
import Testing
import VaporTesting

/// The cabinet overview (`/cabinet`): what each module supplies through `CabinetSummaryProvider` for
/// the signed-in person only — never another citizen's application, reception or invoice — and the
/// empty state of each section. References in __Snapshots__/CabinetOverviewTests/.
@Suite("Cabinet overview")
struct CabinetOverviewTests {
    /// The citizen: a draft application, a completed one with its result document, an upcoming
    /// reception and an unpaid invoice. Another citizen has one of each too.
    @Test("the person's own open applications, receptions, invoices and results, each linking on; nothing of another citizen's")
    func filled() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let completed = try await ResultDocumentTests.inReview(cast)
            let head = try await cast.browser(ApplicationFlowTests.qubaHead)
            #expect(try await ResultDocumentTests.attach(head, completed).status == .seeOther)
            #expect(try await ResultDocumentTests.approve(head, completed).status == .seeOther)
            let citizen = try await cast.browser(ApplicationFlowTests.citizen)
            let draft = try await ApplicationFlowTests.apply(citizen)
            let other = try await cast.browser(ApplicationFlowTests.otherCitizen)
            let othersDraft = try await ApplicationFlowTests.apply(other)

            var invoices: [String: InvoiceInfo] = [:]
            for (fin, subject) in [(ApplicationFlowTests.citizen, "OW-2026-900001"), (ApplicationFlowTests.otherCitizen, "OW-2026-900002")] {
                invoices[fin] = try await Invoices.create(InvoiceDraft(
                    payer: InvoicePayer(fin: fin), amount: 1250, purpose: .stateFee, subject: InvoiceSubject(type: "application", id: subject),
                    description: .text(LocalizedText(az: "Dövlət rüsumu", en: "State fee", ru: "Госпошлина")),
                    agencyCode: "ICRA-QBA", returnPath: "/cabinet"), on: portal.app.db, services: portal.app)
            }

            let officials = try await ReceptionPageSnapshotTests.officials(portal)
            let monday = ReceptionPageSnapshotTests.monday
            try await ReceptionPageSnapshotTests.book(portal, citizen, official: officials.inPerson,
                                                      at: ReceptionPageSnapshotTests.at(monday, 10), number: "Q-100001")
            try await ReceptionPageSnapshotTests.book(portal, other, official: officials.inPerson,
                                                      at: ReceptionPageSnapshotTests.at(monday, 11), number: "Q-100002")

            let html = try await citizen.get("/cabinet").body.string
            let caseModel = try #require(try await CaseModel.find(UUID(uuidString: completed), on: portal.app.db))
            let result = try #require(caseModel.resultFileID)
            #expect(html.contains("/applications/\(draft)/check"), "the draft, to finish")
            #expect(html.contains("/applications/\(completed)/files/\(result.uuidString)"), "the result document")
            #expect(html.contains("/cabinet/receptions/Q-100001"))
            #expect(html.contains("/payments/invoices/\(invoices[ApplicationFlowTests.citizen]!.id.uuidString)"))
            #expect(!html.contains(othersDraft), "not another citizen's application")
            #expect(!html.contains("Q-100002"), "not another citizen's reception")
            #expect(!html.contains(invoices[ApplicationFlowTests.otherCitizen]!.id.uuidString), "not another citizen's invoice")
            assertHTMLSnapshot(html, named: "cabinet-filled")

            let othersPage = try await other.get("/cabinet").body.string
            #expect(!othersPage.contains(draft) && !othersPage.contains("Q-100001") && !othersPage.contains(completed))
        }
    }

    @Test("a new citizen: every section says there is nothing yet, and where the full list is")
    func empty() async throws {
        try await withPortal { portal in
            try await portal.account(ApplicationFlowTests.citizen)
            let citizen = portal.browser()
            try await citizen.signIn(ApplicationFlowTests.citizen, ApplicationFlowTests.password)
            let html = try await citizen.get("/cabinet").body.string
            for section in CabinetSection.allCases {
                #expect(html.contains("id=\"overview-\(section.rawValue)\""), "the \(section.rawValue) section is there")
            }
            #expect(html.contains("/cabinet/receptions") && html.contains("/cabinet/payments") && html.contains("/applications"))
            assertHTMLSnapshot(html, named: "cabinet-empty")
            try await citizen.post("/language", [("lang", "en"), ("returnTo", "/cabinet")])
            try await assertPageSnapshot(citizen, "/cabinet", named: "cabinet-empty-en")
        }
    }

    @Test("signing in without a next: an official lands on the office page, a citizen on the cabinet")
    func landing() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let citizen = portal.browser()
            try await citizen.get("/signin")
            let res = try await citizen.post("/signin", [("identifier", ApplicationFlowTests.citizen), ("password", ApplicationFlowTests.password)])
            #expect(res.headers.first(name: .location) == "/cabinet")
            let official = portal.browser()
            portal.clock.advance(by: 31)
            try await official.get("/signin")
            let first = try await official.post("/signin", [("identifier", ApplicationFlowTests.qubaOperator), ("password", ApplicationFlowTests.password)])
            #expect(first.headers.first(name: .location) == "/signin/verify")
            try await official.get("/signin/verify")
            let verified = try await official.post("/signin/verify", [("code", portal.totp(cast.secrets[ApplicationFlowTests.qubaOperator]!))])
            #expect(verified.headers.first(name: .location) == "/office")
        }
    }
}
