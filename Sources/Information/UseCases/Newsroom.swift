import FluentKit
import Foundation
import PortalHTTP

/// Who is working in an authority's newsroom and what the newsroom's use cases (SaveDraft, SubmitItem,
/// PublishItem, WithdrawItem) share: the outcome, the per-agency rights, the audit helper. An editor
/// drafts and submits; a second person of the same agency publishes — never the submitter.
struct Newsroom {
    enum Outcome: Equatable {
        case saved(id: UUID, version: Int)
        case invalid([ItemDraft.Problem])
        case forbidden
        case notFound
        /// The version is not in a state that allows this (publishing a draft, editing a submitted one).
        case wrongState
        /// The two-person rule: the submitter cannot publish.
        case samePerson
    }

    let app: Application
    let principal: Principal
    let ip: String

    var now: Date { app.portal.now() }

    /// The agencies whose items this person may act on with `permission` (nil: all, the platform administrator).
    func agencies(for permission: Permission) -> Set<UUID>? {
        if principal.isPlatformAdmin { return nil }
        return Set(app.portal.permissions.assignments(of: principal, granting: permission).compactMap(\.agencyID))
    }

    func may(_ permission: Permission, agency: UUID) -> Bool { agencies(for: permission).map { $0.contains(agency) } ?? true }

    func audit(_ action: String, _ item: ItemModel, _ details: [String: String], on db: any Database) async throws {
        let actor = principal.officialActor(agencyID: principal.isPlatformAdmin ? nil : item.agencyID, ip: ip)
        try await app.portal.audit.record(AuditEvent(actor: actor, action: action, objectType: "information_item",
                                                     objectID: item.id?.uuidString, details: details), on: db)
    }

    func item(_ id: UUID, on db: any Database) async throws -> ItemModel? {
        try await ItemModel.find(id, on: db)
    }

    /// The version being worked on (draft or submitted), if any.
    func openVersion(of id: UUID, on db: any Database) async throws -> VersionModel? {
        try await VersionModel.query(on: db).filter(\.$itemID == id).filter(\.$state ~~ [.draft, .submitted]).first()
    }

    func latestVersion(of id: UUID, on db: any Database) async throws -> VersionModel? {
        try await VersionModel.query(on: db).filter(\.$itemID == id).sort(\.$version, .descending).first()
    }
}
