import FluentKit
import PortalHTTP
import SQLKit

/// A company link holds only while the register backs it, checked each time the links are used (every
/// request builds the principal's companies from here, so the check is never older than the request):
/// a director's link while the taxpayer register names them director, any link while the company is in
/// the register. A link the register no longer backs ends there and then: the row is deleted, sessions
/// stop acting for the company, and the end is audited. Representatives a former director authorised
/// keep their authority: it was the company's act, not the director's own (as a power of attorney
/// outlives the change of the director who signed it), until the company's present director revokes
/// it or the company leaves the register (docs/security.md).
struct RegisterBackedCompanies {
    let db: any Database
    let portal: PortalServices

    struct Link: Sendable {
        let link: RepresentativeModel
        let company: CompanyModel
    }

    /// The links of `user` the register backs now. When the register cannot answer, the company is left
    /// out of this request (closed, not open) and the link kept for the next one.
    func backed(_ links: [Link], user: UserModel) async throws -> [Link] {
        var kept: [Link] = []
        for item in links {
            let record: CompanyRecord?
            do { record = try await portal.registryLookup.company(voen: VOEN(uncheckedValue: item.company.voen)) } catch { continue }
            guard let record else {
                try await end(item, user: user, reason: "not_in_register")
                continue
            }
            if item.link.role == .director, record.directorFIN.value != user.fin {
                try await end(item, user: user, reason: "not_director")
                continue
            }
            kept.append(item)
        }
        return kept
    }

    /// Ends one link (once: of two requests noticing it together, only the one that deletes the row audits).
    func end(_ item: Link, user: UserModel, reason: String) async throws {
        try await db.writeTransaction { db in
            guard let sql = db as? any SQLDatabase, let id = item.link.id,
                  try await sql.raw("DELETE FROM identity_company_representatives WHERE id = \(bind: id) RETURNING id").first() != nil
            else { return }
            try await SessionModel.query(on: db).filter(\.$userID == item.link.userID).filter(\.$actingCompanyID == item.company.id!)
                .set(\.$actingCompanyID, to: nil).update()
            try await portal.audit.record(AuditEvent(actor: .system, action: "identity.company.link_ended", subjectFIN: user.fin,
                                                     objectType: "company", objectID: item.company.voen,
                                                     details: ["role": item.link.role.rawValue, "reason": reason]), on: db)
        }
    }
}
