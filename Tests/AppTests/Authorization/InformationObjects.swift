import Foundation
import PortalHTTP
import Testing
import VaporTesting

/// Agency Y's information items, written in the newsroom by R's operator and published by R's reviewer.
extension MatrixWorld {
    static let itemForm: [(String, String)] = [("agency", MatrixCast.agencyY), ("kind", "news"), ("title_az", "Matris xəbəri"),
                                                ("body_az", "Matris üçün **mətn**."), ("title_en", "Matrix news"), ("body_en", "Text for the matrix.")]

    /// A draft news item of Y (its id), made by R's operator.
    func draftItemOfY(fresh: Bool, kind: String = "news") async throws -> String {
        try await object("a draft \(kind) item of Y", fresh: fresh) {
            var form = Self.itemForm.filter { $0.0 != "kind" } + [("kind", kind)]
            if kind == "documents" { form += [("document_type", "Qərar"), ("document_number", "7"), ("document_date", "2026-11-02")] }
            let res = try await browser(.operatorR).post("/office/information", form)
            let location = try #require(res.headers.first(name: .location), "R's operator drafts an item: \(res.status) \(MatrixRunner.detail(res) ?? "")")
            return String(location.dropFirst("/office/information/".count))
        }
    }

    /// A news item of Y submitted by R's operator (its id).
    func submittedItemOfY(fresh: Bool) async throws -> String {
        try await object("a submitted item of Y", fresh: fresh) {
            let id = try await draftItemOfY(fresh: true)
            let res = try await browser(.operatorR).post("/office/information/\(id)/submit")
            #expect(res.status == .seeOther, "R's operator submits \(id): \(res.status)")
            return id
        }
    }

    /// A news item of Y published by R's reviewer (its id and path).
    func publishedItemOfY(fresh: Bool) async throws -> (id: String, path: String) {
        try await object("a published item of Y", fresh: fresh) {
            let id = try await submittedItemOfY(fresh: true)
            let res = try await browser(.reviewerR).post("/office/information/\(id)/publish")
            #expect(res.headers.first(name: .location) == "/office/information/\(id)", "R's reviewer publishes \(id): \(res.status)")
            let page = try await browser(.reviewerR).get("/office/information/\(id)")
            let path = try #require(page.body.string.firstMatch(of: #/href="(/agencies/EN/news/[a-z0-9-]+)"/#)?.1, "the item's public path")
            return (id, String(path))
        }
    }

    /// A published document of Y with its PDF (its public path).
    var publishedDocumentOfY: String {
        get async throws {
            try await shared("a published document of Y") {
                // Its own draft: the shared draft document stays a draft for the attach row.
                let id = try await draftItemOfY(fresh: true, kind: "documents")
                let pdf = Data("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
                let attached = try await browser(.operatorR).upload("/office/information/\(id)/file", field: "file", filename: "qerar.pdf",
                                                                    contents: pdf, contentType: "application/pdf")
                #expect(attached.status == .seeOther, "R's operator attaches the PDF: \(attached.status)")
                _ = try await browser(.operatorR).post("/office/information/\(id)/submit")
                let res = try await browser(.reviewerR).post("/office/information/\(id)/publish")
                #expect(res.status == .seeOther, "R's reviewer publishes the document: \(res.status)")
                let page = try await browser(.reviewerR).get("/office/information/\(id)")
                let path = try #require(page.body.string.firstMatch(of: #/href="(/agencies/EN/documents/[a-z0-9-]+)"/#)?.1, "the document's public path")
                return String(path)
            }
        }
    }
}
