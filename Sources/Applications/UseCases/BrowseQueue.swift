import FluentKit
import Foundation
import PortalHTTP

/// The office queue page: the official's cases with their applicants' names and FINs, which is a read
/// of personal data. Audited like an opened case, but once per page view (not per row): the cases
/// shown are listed in the entry, and when they are all one applicant's (a search by FIN or name)
/// the entry names that applicant, so it shows in their data-access log.
struct BrowseQueue {
    enum Outcome: Sendable {
        case listed([ApplicationsQueries.QueueItem], total: Int)
    }

    let official: CaseOfficial

    func run(_ filter: ApplicationsQueries.QueueFilter) async throws -> Outcome {
        let (items, total) = try await official.queue(filter)
        guard !items.isEmpty else { return .listed(items, total: total) }
        let app = official.app
        let applicants = Set(items.map(\.applicantFIN))
        var details = ["view": "queue", "cases": items.compactMap(\.number).joined(separator: ","), "total": String(total)]
        if let search = filter.search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty { details["search"] = "yes" }
        let agency = official.scopes.first?.agencyID
        try await app.portal.audit.record(AuditEvent(actor: official.principal.officialActor(agencyID: agency, ip: official.ip),
                                                     action: "applications.queue.read", subjectFIN: applicants.count == 1 ? applicants.first : nil,
                                                     objectType: "application", purpose: "case_handling", details: details,
                                                     isPersonalDataRead: true), on: app.db)
        return .listed(items, total: total)
    }
}
