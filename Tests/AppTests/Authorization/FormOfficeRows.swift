import Foundation
import PortalHTTP
import Testing
import VaporTesting

/// The form builder: agency Y's forms are edited by Y's agency administrator and the platform
/// administrator; the other agency's administrator 403; everyone else in the office 403.
enum FormOfficeRows {
    static let code = MatrixWorld.draftService

    static var rows: [Row] {
        let form = ObjectUse.owned("agency Y's application form (birth registration)")
        let field = ObjectUse.owned("a field of agency Y's application form")
        func editors(_ e: Expect) -> [Actor: Expect] { .office([.adminR: e, .platformAdmin: e]) }
        func back(_ flash: String) -> Expect { .see("/office/forms/\(code)", flash: flash) }
        return [
            Row(method: .GET, route: "/office/forms", expect: .office([.adminR: .ok, .otherAgency: .ok, .platformAdmin: .ok])),
            Row(method: .GET, route: "/office/forms/:code", object: form, expect: editors(.ok), call: { _ in Call("/office/forms/\(code)") }),
            Row(method: .POST, route: "/office/forms/:code/pages", object: form,
                expect: editors(.see("/office/forms/\(code)#add-field", flash: "flash.applications.page_added")), call: { context in
                    Call("/office/forms/\(code)/pages", form: [("page_id", "matrix_page_\(context.world.next())"), ("page_title_az", "Əlavə")])
                }),
            Row(method: .POST, route: "/office/forms/:code/fields", object: form, expect: editors(back("flash.applications.field_added")),
                call: { context in Call("/office/forms/\(code)/fields", form: newField(context.world.next())) }),
            Row(method: .POST, route: "/office/forms/:code/fields/:field/move", object: field, expect: editors(back("flash.applications.form_saved")),
                call: { _ in Call("/office/forms/\(code)/fields/email/move", form: [("direction", "up")]) }),
            Row(method: .POST, route: "/office/forms/:code/fields/:field/delete", object: field, expect: editors(back("flash.applications.form_saved")),
                consumes: true, call: { context in Call("/office/forms/\(code)/fields/\(try await context.world.formField(fresh: context.fresh))/delete") }),
            Row(method: .POST, route: "/office/forms/:code/import", object: form, expect: editors(back("flash.applications.form_imported")),
                call: { context in Call("/office/forms/\(code)/import", form: [("json", try await context.world.formJSON)]) }),
            Row(method: .GET, route: "/office/forms/:code/export.json", object: form, expect: editors(.ok), call: { _ in Call("/office/forms/\(code)/export.json") }),
            Row(method: .GET, route: "/office/forms/:code/preview", object: form, expect: editors(.ok), call: { _ in Call("/office/forms/\(code)/preview") }),
            Row(method: .POST, route: "/office/forms/:code/publish", object: .owned("a draft of agency Y's form, saved by R's agency administrator"),
                expect: editors(back("flash.applications.form_published")), consumes: true, call: { context in
                    if context.fresh { try await context.world.cleanFormDraft() }
                    return Call("/office/forms/\(code)/publish")
                }),
            Row(method: .POST, route: "/office/forms/:code/discard", object: .owned("a draft of agency Y's form, saved by R's agency administrator"),
                expect: editors(back("flash.applications.draft_discarded")), consumes: true, call: { context in
                    if context.fresh { try await context.world.cleanFormDraft() }
                    return Call("/office/forms/\(code)/discard")
                }),
        ]
    }

    static func newField(_ n: Int) -> [(String, String)] {
        [("page", "applicant"), ("kind", "text"), ("field_id", "matrix_field_\(n)"), ("label_az", "Qeyd \(n)"), ("required", "no")]
    }
}

extension MatrixWorld {
    /// The form as published, exported by R's agency administrator before anything changed it.
    var formJSON: String {
        get async throws {
            try await shared("agency Y's form") {
                let res = try await browser(.adminR).get("/office/forms/\(FormOfficeRows.code)/export.json")
                #expect(res.status == .ok, "R's administrator exports the form: \(res.status)")
                return res.body.string
            }
        }
    }

    /// A draft of the form equal to the published one (R's administrator imports it).
    func cleanFormDraft() async throws {
        let res = try await browser(.adminR).post("/office/forms/\(FormOfficeRows.code)/import", [("json", try await formJSON)])
        #expect(res.status == .seeOther, "R's administrator saves a draft: \(res.status)")
    }

    /// A field R's administrator added to the form's draft (its id).
    func formField(fresh: Bool) async throws -> String {
        try await object("a field of Y's form", fresh: fresh) {
            let n = next()
            let res = try await browser(.adminR).post("/office/forms/\(FormOfficeRows.code)/fields", FormOfficeRows.newField(n))
            #expect(res.status == .seeOther, "R's administrator adds a field: \(res.status)")
            return "matrix_field_\(n)"
        }
    }
}
