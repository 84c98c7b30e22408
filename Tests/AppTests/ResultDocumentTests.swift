@testable import Applications
import Foundation
import Identity
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The file an official attaches as the result is the case's result whatever the order of steps, and
/// the citizen gets it with the decision.
@Suite("The result document")
struct ResultDocumentTests {
    static let pdf = Data("%PDF-1.4 residence certificate".utf8)

    /// A submitted residence certificate taken into review by the Quba operator; returns the case id.
    static func inReview(_ cast: ApplicationFlowTests.Cast) async throws -> String {
        let citizen = try await cast.browser(ApplicationFlowTests.citizen)
        let id = try await ApplicationFlowTests.apply(citizen)
        try await citizen.get("/applications/\(id)/check")
        try await citizen.post("/applications/\(id)/submit")
        let officer = try await cast.browser(ApplicationFlowTests.qubaOperator)
        try await officer.get("/office/applications/\(id)")
        #expect(try await officer.post("/office/applications/\(id)/transition", [("to", "in_review")]).status == .seeOther)
        return id
    }

    static func attach(_ browser: TestBrowser, _ id: String) async throws -> TestingHTTPResponse {
        try await browser.get("/office/applications/\(id)")
        return try await browser.upload("/office/applications/\(id)/result", field: "file", filename: "arayis.pdf", contents: pdf, contentType: "application/pdf")
    }

    static func approve(_ browser: TestBrowser, _ id: String) async throws -> TestingHTTPResponse {
        try await browser.get("/office/applications/\(id)")
        return try await browser.post("/office/applications/\(id)/transition", [("to", "approved"), ("message", "Arayış hazırdır")])
    }

    /// The citizen's page offers the result, and it downloads.
    static func citizenGetsResult(_ cast: ApplicationFlowTests.Cast, _ id: String) async throws {
        let model = try #require(try await CaseModel.find(UUID(uuidString: id), on: cast.portal.app.db))
        #expect(model.status == .completed)
        let fileID = try #require(model.resultFileID)
        let citizen = try await cast.browser(ApplicationFlowTests.citizen)
        let html = try await citizen.get("/applications/\(id)").body.string
        #expect(html.contains("/applications/\(id)/files/\(fileID.uuidString)"), "the page that says the result is below shows it")
        let file = try await citizen.get("/applications/\(id)/files/\(fileID.uuidString)")
        #expect(file.status == .ok && file.body.string == String(decoding: pdf, as: UTF8.self))
    }

    @Test("attached during review, before approval: the citizen gets it only with the decision, and approving issues it")
    func attachedBeforeApproval() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let id = try await Self.inReview(cast)
            let head = try await cast.browser(ApplicationFlowTests.qubaHead)
            #expect(try await Self.attach(head, id).status == .seeOther)
            var model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            #expect(model.status == .inReview)
            let result = try #require(model.resultFileID, "the file is the case's result from the moment it is attached")
            let citizen = try await cast.browser(ApplicationFlowTests.citizen)
            #expect(!(try await citizen.get("/applications/\(id)").body.string.contains("/files/")), "not before the decision")
            #expect(try await citizen.get("/applications/\(id)/files/\(result.uuidString)").status == .notFound)

            #expect(try await Self.approve(head, id).status == .seeOther)
            model = try #require(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db))
            let events = try await CaseEventModel.query(on: portal.app.db).filter(\.$caseID == UUID(uuidString: id)!).sort(\.$seq).all()
            #expect(events.compactMap(\.toStatus?.rawValue).suffix(2) == ["approved", "completed"])
            try await Self.citizenGetsResult(cast, id)
        }
    }

    @Test("attached after approval: it completes the case and the citizen gets it; completing needs a result")
    func attachedAfterApproval() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let id = try await Self.inReview(cast)
            let head = try await cast.browser(ApplicationFlowTests.qubaHead)
            #expect(try await Self.approve(head, id).status == .seeOther)
            try await head.get("/office/applications/\(id)")
            let refused = try await head.post("/office/applications/\(id)/transition", [("to", "completed")])
            #expect(refused.status == .unprocessableEntity, "no result, no completion")
            #expect(refused.body.string.contains(portal.app.portal.localizer.text("applications.office.result_required", .az)))
            #expect(try await CaseModel.find(UUID(uuidString: id), on: portal.app.db)?.status == .approved)
            #expect(try await Self.attach(head, id).status == .seeOther)
            try await Self.citizenGetsResult(cast, id)
        }
    }
}
