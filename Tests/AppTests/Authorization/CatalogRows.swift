import Foundation
import PortalHTTP
import VaporTesting

/// The State Services Registry: the public catalog; agency Y's entries kept by its agency administrator;
/// review and publishing by the registry keeper (ASAN's reviewer) or the platform administrator, never
/// by the person who submitted; export and import by the platform administrator only.
enum CatalogRows {
    static var rows: [Row] { publicRows + officeRows + reviewRows }

    static var publicRows: [Row] {
        let service = ObjectUse.publicObject("a published service of agency Y")
        let code = MatrixWorld.serviceOfY
        return [
            Row(method: .GET, route: "/services", expect: .all(.ok)),
            Row(method: .GET, route: "/services/:code", object: service, expect: .all(.ok), call: { _ in Call("/services/\(code)") }),
            Row(method: .GET, route: "/services/:code/history", object: service, expect: .all(.ok), call: { _ in Call("/services/\(code)/history") }),
            Row(method: .GET, route: "/services/:code/versions/:version", object: service, expect: .all(.ok),
                call: { _ in Call("/services/\(code)/versions/1") }),
            Row(method: .GET, route: "/registry/report", expect: .all(.ok)),
            Row(method: .GET, route: "/registry/report.csv", expect: .all(.ok)),
            Row(method: .GET, route: "/api/v1/services", expect: .all(.ok)),
            Row(method: .GET, route: "/api/v1/services/:code", object: service, expect: .all(.ok), call: { _ in Call("/api/v1/services/\(code)") }),
            Row(method: .GET, route: "/api/v1/registry/report", expect: .all(.ok)),
        ]
    }

    /// Editing: agency administrators (of Y: R's; of the other agency: not Y's entries) and the platform administrator.
    static var officeRows: [Row] {
        let entry = ObjectUse.owned("a service of agency Y in the registry")
        let draft = ObjectUse.owned("a draft service of agency Y, made by R's agency administrator")
        let editors: [Actor: Expect] = [.adminR: .ok, .otherAgency: .ok, .platformAdmin: .ok]
        let saved = Expect.see("/office/registry/services/\(MatrixWorld.serviceOfY)", flash: "flash.catalog.draft_saved")
        return [
            // Anyone holding an editing, publishing or transfer right reaches the list.
            Row(method: .GET, route: "/office/registry",
                expect: .office([.reviewerR: .ok, .headR: .ok, .adminR: .ok, .headS: .ok, .otherAgency: .ok, .registryEditor: .ok, .platformAdmin: .ok])),
            Row(method: .GET, route: "/office/registry/new", expect: .office(editors)),
            Row(method: .POST, route: "/office/registry/new",
                expect: .office([.adminR: .seeUnder("/office/registry/services/EN-", flash: "flash.catalog.draft_saved"), .otherAgency: .forbidden,
                                 .platformAdmin: .seeUnder("/office/registry/services/EN-", flash: "flash.catalog.draft_saved")]),
                call: { context in
                    Call("/office/registry/new", form: try await context.world.formFields(of: MatrixWorld.serviceOfY).filter { $0.0 != "agency" }
                        + [("agency", MatrixCast.agencyY)])
                }),
            Row(method: .GET, route: "/office/registry/services/:code", object: entry,
                expect: .office([.adminR: .ok, .platformAdmin: .ok]), call: { _ in Call("/office/registry/services/\(MatrixWorld.serviceOfY)") }),
            Row(method: .POST, route: "/office/registry/services/:code", object: entry,
                expect: .office([.adminR: saved, .platformAdmin: saved]), call: { context in
                    Call("/office/registry/services/\(MatrixWorld.serviceOfY)", form: try await context.world.formFields(of: MatrixWorld.serviceOfY))
                }),
            Row(method: .POST, route: "/office/registry/services/:code/submit", object: draft,
                expect: .office([.adminR: .see("/office/registry", flash: "flash.catalog.submitted"),
                                 .platformAdmin: .see("/office/registry", flash: "flash.catalog.submitted")]),
                consumes: true, call: { context in
                    Call("/office/registry/services/\(try await context.world.draftServiceOfY(fresh: context.fresh))/submit")
                }),
            Row(method: .GET, route: "/office/registry/export.csv", expect: .office([.platformAdmin: .ok])),
            Row(method: .GET, route: "/office/registry/export.json", expect: .office([.platformAdmin: .ok])),
            Row(method: .GET, route: "/office/registry/import", expect: .office([.platformAdmin: .ok])),
            // Agency Y's entry exported a moment ago, imported back unchanged.
            Row(method: .POST, route: "/office/registry/import", expect: .office([.platformAdmin: .ok]), call: { context in
                var call = Call("/office/registry/import")
                call.upload = (field: "file", name: "registry.json", bytes: try await context.world.registryExport, type: "application/json")
                return call
            }),
        ]
    }

    /// Review: the registry keeper's reviewer and the platform administrator; agency Y's own reviewer and
    /// head hold the publishing right but not for the registry (403).
    static var reviewRows: [Row] {
        let submitted = ObjectUse.owned("a version of agency Y's service submitted by R's agency administrator")
        let keepers: [Actor: Expect] = [.registryEditor: .ok, .platformAdmin: .ok]
        @Sendable func version(_ context: CallContext, _ suffix: String) async throws -> Call {
            let (code, number) = try await context.world.submittedVersionOfY(fresh: context.fresh)
            return Call("/office/registry/review/\(code)/\(number)\(suffix)", form: [("note", "matrix: please correct")])
        }
        let published = Expect.see("/office/registry/review", flash: "flash.catalog.published")
        let returned = Expect.see("/office/registry/review", flash: "flash.catalog.returned")
        return [
            Row(method: .GET, route: "/office/registry/review", expect: .office(keepers)),
            Row(method: .GET, route: "/office/registry/review/:code/:version", object: submitted, expect: .office(keepers),
                call: { try await version($0, "") }),
            Row(method: .POST, route: "/office/registry/review/:code/:version/publish", object: submitted,
                expect: .office([.registryEditor: published, .platformAdmin: published]), consumes: true, call: { try await version($0, "/publish") }),
            Row(method: .POST, route: "/office/registry/review/:code/:version/return", object: submitted,
                expect: .office([.registryEditor: returned, .platformAdmin: returned]), consumes: true, call: { try await version($0, "/return") }),
        ]
    }
}
