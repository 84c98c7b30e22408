import Foundation
import PortalHTTP
import Testing
import VaporTesting

/// Citizen A's applications to agency Y, made through the portal as A does (pages, and A's token for
/// new drafts), and moved on by R's officials: a draft, a case received in R (with A's upload), in
/// review, asked for information, completed; the marriage case waiting for its fee; company X's draft.
extension MatrixWorld {
    /// Registration of death (free, with a required upload) and of birth (free), both of agency Y.
    static let caseService = "EN-0006"
    static let draftService = "EN-0001"

    /// A's token for starting drafts (the API makes a new draft on every call, the pages continue one).
    func startDraftOfA(_ service: String) async throws -> String {
        let token = try #require(try await self.token(.citizenA, scopes: ["applications:write"]))
        let res = try await portal.browser().send(.POST, "/api/v1/applications", headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                                  body: ByteBuffer(string: #"{"service":"\#(service)"}"#))
        #expect(res.status == .created, "A starts \(service): \(res.status) \(res.body.string.prefix(300))")
        return String(try #require(res.headers.first(name: .location)).split(separator: "/").last!)
    }

    /// A's draft of the birth registration, its first page answered (the pages read and save it).
    func draftOfA(fresh: Bool) async throws -> String {
        try await object("A's draft", fresh: fresh) {
            let id = try await startDraftOfA(Self.draftService)
            let res = try await browser(.citizenA).post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
            #expect(res.status == .seeOther, "A answers the first page: \(res.status)")
            return id
        }
    }

    /// A's death registration with every page answered (ready to submit).
    func completeDraftOfA(fresh: Bool) async throws -> String {
        try await object("A's complete draft", fresh: fresh) {
            let id = try await startDraftOfA(Self.caseService)
            let a = try await browser(.citizenA)
            var res = try await a.post("/applications/\(id)/pages/applicant", [("phone", "050 123 45 67"), ("email", "")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/pages/deceased", "applicant page: \(res.status)")
            let died = LocalDate(portal.clock.now()).adding(days: -2).iso
            res = try await a.upload("/applications/\(id)/pages/deceased", field: "medical_certificate", filename: "arayis.pdf",
                                     contents: Data("%PDF-1.4 matrix certificate".utf8), contentType: "application/pdf",
                                     [("deceased_fin", MatrixCast.fins[.citizenB]!), ("death_date", died), ("death_unit", MatrixCast.regionR),
                                      ("relation", "parent")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check", "deceased page: \(res.status) \(MatrixRunner.detail(res) ?? "")")
            return id
        }
    }

    /// A's case received by agency Y in region R (free: received on submission).
    func receivedCaseOfA(fresh: Bool) async throws -> String {
        try await object("A's received case", fresh: fresh) {
            let id = try await completeDraftOfA(fresh: true)
            let res = try await browser(.citizenA).post("/applications/\(id)/submit")
            #expect(res.headers.first(name: .location) == "/applications/\(id)", "A submits: \(res.status)")
            return id
        }
    }

    /// Moves A's case on as an official of R does on the case page.
    func move(_ id: String, by actor: Actor, to status: String, message: String? = nil) async throws {
        let res = try await browser(actor).post("/office/applications/\(id)/transition", [("to", status)] + (message.map { [("message", $0)] } ?? []))
        #expect(res.headers.first(name: .location) == "/office/applications/\(id)", "\(actor) moves \(id) to \(status): \(res.status) \(MatrixRunner.detail(res) ?? "")")
    }

    func inReviewCaseOfA(fresh: Bool) async throws -> String {
        try await object("A's case in review", fresh: fresh) {
            let id = try await receivedCaseOfA(fresh: true)
            try await move(id, by: .operatorR, to: "in_review")
            return id
        }
    }

    /// R's operator asked A for more information.
    func infoRequestedCaseOfA(fresh: Bool) async throws -> String {
        try await object("A's case waiting for information", fresh: fresh) {
            let id = try await inReviewCaseOfA(fresh: true)
            try await move(id, by: .operatorR, to: "info_requested", message: "Please send the certificate again.")
            return id
        }
    }

    /// Approved by R's reviewer and completed with the result R's operator uploaded.
    func completedCaseOfA(fresh: Bool) async throws -> String {
        try await object("A's completed case", fresh: fresh) {
            let id = try await inReviewCaseOfA(fresh: true)
            try await move(id, by: .reviewerR, to: "approved", message: "Registered.")
            let res = try await browser(.operatorR).upload("/office/applications/\(id)/result", field: "file", filename: "sehadetname.pdf",
                                                           contents: Data("%PDF-1.4 matrix result".utf8), contentType: "application/pdf")
            #expect(res.headers.first(name: .location) == "/office/applications/\(id)", "R's operator completes \(id): \(res.status)")
            return id
        }
    }

    /// A's upload on a case (the medical certificate).
    func fileOf(_ caseID: String) async throws -> String {
        try await id("SELECT id FROM applications_files WHERE case_id = \(bind: UUID(uuidString: caseID)!) AND purpose <> 'result' ORDER BY created_at LIMIT 1")
    }

    /// A's case number (the queue lists it).
    func number(of caseID: String) async throws -> String {
        let row = try #require(try await sql.raw("SELECT number FROM applications_cases WHERE id = \(bind: UUID(uuidString: caseID)!)").first())
        return try row.decode(column: "number", as: String.self)
    }

    /// A's marriage registration, submitted: it waits for its 10 AZN fee (A's invoice).
    func feeCaseOfA(fresh: Bool) async throws -> String {
        try await object("A's case awaiting its fee", fresh: fresh) {
            let id = try await startDraftOfA("EN-0002")
            let a = try await browser(.citizenA)
            for (page, form) in [("applicant", [("phone", "0501234567"), ("email", "")]),
                                 ("spouse", [("spouse_fin", MatrixCast.fins[.citizenB]!), ("spouse_phone", "0551234567")]),
                                 ("history", [("married_before", "no")])] {
                let res = try await a.post("/applications/\(id)/pages/\(page)", form)
                #expect(res.status == .seeOther, "marriage \(page): \(res.status)")
            }
            let wished = LocalDate(portal.clock.now()).adding(days: 40).iso
            var res = try await a.upload("/applications/\(id)/pages/ceremony", field: "medical", filename: "arayis.pdf",
                                         contents: Data("%PDF-1.4 medical".utf8), contentType: "application/pdf",
                                         [("wished_date", wished), ("ceremony_unit", MatrixCast.regionR), ("surname_choice", "keep")])
            #expect(res.headers.first(name: .location) == "/applications/\(id)/check", "ceremony page: \(res.status)")
            res = try await a.post("/applications/\(id)/submit")
            #expect(res.headers.first(name: .location) == "/applications/\(id)", "A submits the marriage registration: \(res.status)")
            return id
        }
    }

    /// A draft company X applies for (VAT registration with the tax service), started by A acting for X.
    var companyDraftOfX: String {
        get async throws {
            try await shared("company X's draft") {
                let director = try await cast.signIn(.citizenA, self, confirm: false)
                try await director.get("/cabinet")  // the session's form token
                var res = try await director.post("/acting-as", [("company", try await companyX)])
                #expect(res.status == .seeOther, "A acts for company X: \(res.status)")
                try await director.get("/services/DVX-0007/apply")
                res = try await director.post("/services/DVX-0007/apply", [("forCompany", "yes")])
                let location = try #require(res.headers.first(name: .location), "company X applies: \(res.status)")
                return String(location.split(separator: "/")[1])
            }
        }
    }
}
