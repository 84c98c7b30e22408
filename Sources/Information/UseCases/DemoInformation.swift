import Fluent
import PortalHTTP

/// The pilot authorities' information (Gəncə, Masallı, Quba) in az, en and ru, written by their
/// operator and published by their head through the newsroom's own use cases (so the audit trail has it).
enum DemoInformation {
    static let agencies = ["ICRA-GA", "ICRA-MAS", "ICRA-QBA"]

    static func seed(_ context: SeedContext) async throws {
        guard try await ItemModel.query(on: context.db).count() == 0 else { return }
        for code in agencies {
            guard let agency = try await context.app.portal.directory.agency(code: code), let unit = agency.territorialUnitCode,
                  let editor = try await official(code, .operator_, agency, context), let head = try await official(code, .head, agency, context) else { continue }
            for (kind, draft) in DemoTexts.items(agency: agency.name, unit: unit) {
                guard case .saved(let id, _) = try await SaveDraft(newsroom: editor).create(agencyCode: code, kind: kind, draft: draft) else { continue }
                if kind == .document { _ = try await AttachDocumentFile(newsroom: editor).run(id: id, bytes: DemoTexts.pdf(title: draft.title.az)) }
                _ = try await SubmitItem(newsroom: editor).run(id: id)
                _ = try await PublishItem(newsroom: head).run(id: id, publishAt: nil)
            }
        }
    }

    /// The demo cast's official of `role` at the agency, as a newsroom.
    static func official(_ code: String, _ role: OfficialRole, _ agency: AgencySummary, _ context: SeedContext) async throws -> Newsroom? {
        guard let person = DemoCast.people.first(where: { $0.office?.agency == code && $0.office?.role == role }),
              let userID = try await context.app.portal.staff.account(fin: person.fin, on: context.db) else { return nil }
        let principal = Principal(userID: userID, fin: FIN(uncheckedValue: person.fin), firstName: person.firstName, lastName: person.lastName,
                                  roles: [RoleAssignment(role: role, agencyID: agency.id, territorialUnitCode: person.office?.unit)],
                                  channel: .session(hash: "demo-seed"), secondFactorVerified: true, totpEnabled: true)
        return Newsroom(app: context.app, principal: principal, ip: "127.0.0.1")
    }
}
