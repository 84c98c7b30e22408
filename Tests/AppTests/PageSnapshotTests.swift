import Catalog
import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Every page rendered by a Swift view, as the portal serves it: Azerbaijani, the harness's fixed clock,
/// data the test made (docs/views.md, "Snapshots"). References in __Snapshots__/PageSnapshotTests/.
@Suite("Page snapshots")
struct PageSnapshotTests {
    @Test("shell: home (visitor and signed in), site search, error pages")
    func shell() async throws {
        try await withPortal(routes: WebShellTests.failingRoute) { portal in
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/", named: "home")
            try await assertPageSnapshot(visitor, "/search", named: "search-empty")
            try await assertPageSnapshot(visitor, "/search?q=quba", named: "search-hits")
            try await assertPageSnapshot(visitor, "/search?q=zzqx", named: "search-nothing")
            try await assertPageSnapshot(visitor, "/no-such-page", named: "error-404", status: .notFound)
            try await assertPageSnapshot(visitor, "/test-failure", named: "error-500", status: .internalServerError,
                                         headers: ["X-Request-Id": "snapshot-request"])
            try await portal.account("5VBK5VR")
            let citizen = portal.browser()
            try await citizen.signIn("5VBK5VR", "correct horse battery")
            try await assertPageSnapshot(citizen, "/", named: "home-signed-in")
        }
    }

    @Test("catalog: search (all, hit, nothing, filtered), service, past version, history, report")
    func catalog() async throws {
        try await withPortal { portal in
            let definitions = CatalogTransferTests.definitions()
            try await RegistryTransferHarness.apply(definitions.enumerated().map { (row: $0.offset + 1, definition: $0.element) }, portal)
            var changed = definitions[0]
            changed.deadlineDays = 5
            try await RegistryTransferHarness.apply([(row: 1, definition: changed)], portal)
            let visitor = portal.browser()
            for (path, name) in [("/services", "search-all"), ("/services?q=nikah", "search-hit"), ("/services?q=zzqx", "search-nothing"),
                                 ("/services?event=starting_family&online=1", "search-filtered"), ("/services/DIN-0001", "service"),
                                 ("/services/DIN-0001/versions/1", "service-past-version"), ("/services/DIN-0001/history", "history"),
                                 ("/registry/report", "report")] {
                try await assertPageSnapshot(visitor, path, named: name)
            }
        }
    }

    @Test("registry office: the form (new, with errors, edit), the list, review queue and version, import")
    func registryOffice() async throws {
        try await withPortal { portal in
            let cast = try await CatalogFlowTests.cast(portal)
            let dvx = try await cast.browser("2DVX3J9")
            try await assertPageSnapshot(dvx, "/office/registry/new", named: "form-new")
            let invalid = try await dvx.post("/office/registry/new", CatalogFlowTests.form.filter { $0.0 != "name_en" && $0.0 != "category" })
            #expect(invalid.status == .unprocessableEntity)
            assertHTMLSnapshot(invalid.body.string, named: "form-errors")
            try await dvx.post("/office/registry/new", CatalogFlowTests.form)
            try await assertPageSnapshot(dvx, "/office/registry/services/DVX-0001", named: "form-edit")
            try await assertPageSnapshot(dvx, "/office/registry", named: "list")
            try await dvx.post("/office/registry/services/DVX-0001/submit")
            let editor = try await cast.browser("4ASN5L2")
            try await assertPageSnapshot(editor, "/office/registry/review", named: "review-queue")
            try await assertPageSnapshot(editor, "/office/registry/review/DVX-0001/1", named: "review-version")
            let admin = try await cast.browser("9ADM1N1")
            try await assertPageSnapshot(admin, "/office/registry/import", named: "import")
            let refused = try await admin.upload("/office/registry/import", field: "file", filename: "registry.csv",
                                                 contents: Data("code,agency,name_az\nX-1,NOPE,\n".utf8), contentType: "text/csv")
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "import-refused")
        }
    }

    @Test("applications: the office queue, with a case and filtered to nothing")
    func officeQueue() async throws {
        try await withPortal { portal in
            let cast = try await ApplicationFlowTests.cast(portal)
            let citizen = try await cast.browser(ApplicationFlowTests.citizen)
            let id = try await ApplicationFlowTests.apply(citizen)
            try await citizen.get("/applications/\(id)/check")
            try await citizen.post("/applications/\(id)/submit")
            let officer = try await cast.browser(ApplicationFlowTests.qubaOperator)
            try await assertPageSnapshot(officer, "/office/applications", named: "queue")
            try await assertPageSnapshot(officer, "/office/applications?status=approved&mine=1", named: "queue-nothing")
        }
    }
}
