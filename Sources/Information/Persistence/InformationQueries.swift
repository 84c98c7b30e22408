import FluentKit
import Foundation
import PortalCore

/// One published version as readers see it.
struct PublishedVersion: Sendable {
    var version: Int
    var title: LocalizedText
    var body: LocalizedText
    var validUntil: String?
    var documentType: String?
    var documentNumber: String?
    var documentDate: String?
    var fileSHA256: String?
    var fileKind: String?
    var changeNote: String?
    var publishAt: Date
}

/// An item with the versions readers may see (published, and their time has come), oldest first.
struct PublicItem: Sendable {
    var id: UUID
    var agencyID: UUID
    var unitCode: String?
    var kind: ItemKind
    var slugAZ: String
    var slugEN: String?
    var slugRU: String?
    var withdrawnAt: Date?
    var withdrawalReason: String?
    var versions: [PublishedVersion]

    var current: PublishedVersion { versions[versions.count - 1] }
    var firstPublishedAt: Date { versions[0].publishAt }
    /// Set when a correction was published after the first version (the "updated" note).
    var updatedAt: Date? { versions.count > 1 ? current.publishAt : nil }
    var isWithdrawn: Bool { withdrawnAt != nil }

    /// The one path of the item (its Azerbaijani slug; the other languages' slugs redirect here).
    func path(agencyCode: String) -> String { "/agencies/\(agencyCode)/\(kind.segment)/\(slugAZ)" }

    /// In the lists today: not withdrawn, and an announcement not past its last day.
    func isListed(today: LocalDate) -> Bool {
        guard !isWithdrawn else { return false }
        if kind == .announcement, let until = current.validUntil.flatMap(LocalDate.init(iso:)) { return !(until < today) }
        return true
    }
}

/// An item as the newsroom sees it: every version, whatever its state.
struct NewsroomItem: Sendable {
    struct Version: Sendable {
        var version: Int
        var state: VersionModel.State
        var title: LocalizedText
        var body: LocalizedText
        var draft: ItemDraft
        var hasFile: Bool
        var createdBy: UUID
        var submittedBy: UUID?
        var publishedBy: UUID?
        var publishAt: Date?
    }

    var id: UUID
    var agencyID: UUID
    var kind: ItemKind
    var slugAZ: String
    var withdrawnAt: Date?
    var withdrawalReason: String?
    var versions: [Version]

    var latest: Version { versions[versions.count - 1] }
    var open: Version? { versions.last { $0.state != .published } }
    var hasPublished: Bool { versions.contains { $0.state == .published } }
}

/// Every read the information pages, feeds, sitemap and newsroom make.
struct InformationQueries {
    let db: any Database

    /// Published items of an agency or a unit (or all), newest first; withdrawn ones only when asked.
    func published(agency: UUID? = nil, unit: String? = nil, kinds: [ItemKind] = ItemKind.allCases, now: Date,
                   includeWithdrawn: Bool = false) async throws -> [PublicItem] {
        var query = ItemModel.query(on: db).filter(\.$kind ~~ kinds)
        if let agency { query = query.filter(\.$agencyID == agency) }
        if let unit { query = query.filter(\.$unitCode == unit) }
        if !includeWithdrawn { query = query.filter(\.$withdrawnAt == nil) }
        return try await attach(try await query.all(), now: now).sorted { $0.current.publishAt > $1.current.publishAt }
    }

    /// The item at `/agencies/{code}/{kind}/{slug}`, by its slug in any language.
    func item(agency: UUID, kind: ItemKind, slug: String, now: Date) async throws -> PublicItem? {
        let found = try await ItemModel.query(on: db).filter(\.$agencyID == agency).filter(\.$kind == kind).group(.or) {
            $0.filter(\.$slugAZ == slug).filter(\.$slugEN == slug).filter(\.$slugRU == slug)
        }.first()
        guard let found else { return nil }
        return try await attach([found], now: now).first
    }

    private func attach(_ items: [ItemModel], now: Date) async throws -> [PublicItem] {
        guard !items.isEmpty else { return [] }
        let versions = try await VersionModel.query(on: db).filter(\.$itemID ~~ items.compactMap(\.id)).filter(\.$state == .published)
            .filter(\.$publishAt <= now).sort(\.$version).all()
        let byItem = Dictionary(grouping: versions, by: \.itemID)
        return items.compactMap { item in
            guard let rows = byItem[item.id!], !rows.isEmpty else { return nil }
            return PublicItem(id: item.id!, agencyID: item.agencyID, unitCode: item.unitCode, kind: item.kind, slugAZ: item.slugAZ,
                              slugEN: item.slugEN, slugRU: item.slugRU, withdrawnAt: item.withdrawnAt, withdrawalReason: item.withdrawalReason,
                              versions: rows.map(Self.published))
        }
    }

    static func published(_ v: VersionModel) -> PublishedVersion {
        PublishedVersion(version: v.version, title: LocalizedText(az: v.titleAZ, en: v.titleEN, ru: v.titleRU),
                         body: LocalizedText(az: v.bodyAZ, en: v.bodyEN, ru: v.bodyRU), validUntil: v.validUntil, documentType: v.documentType,
                         documentNumber: v.documentNumber, documentDate: v.documentDate, fileSHA256: v.fileSHA256, fileKind: v.fileKind,
                         changeNote: v.changeNote, publishAt: v.publishAt!)
    }

    /// The newsroom's list: items of these agencies (nil: all), newest first.
    func newsroom(agencies: Set<UUID>?) async throws -> [NewsroomItem] {
        var query = ItemModel.query(on: db).sort(\.$createdAt, .descending)
        if let agencies { query = query.filter(\.$agencyID ~~ Array(agencies)) }
        return try await newsroomItems(try await query.limit(500).all())
    }

    func newsroomItem(_ id: UUID) async throws -> NewsroomItem? {
        guard let item = try await ItemModel.find(id, on: db) else { return nil }
        return try await newsroomItems([item]).first
    }

    private func newsroomItems(_ items: [ItemModel]) async throws -> [NewsroomItem] {
        guard !items.isEmpty else { return [] }
        let versions = Dictionary(grouping: try await VersionModel.query(on: db).filter(\.$itemID ~~ items.compactMap(\.id)).sort(\.$version).all(),
                                  by: \.itemID)
        return items.map { item in
            NewsroomItem(id: item.id!, agencyID: item.agencyID, kind: item.kind, slugAZ: item.slugAZ, withdrawnAt: item.withdrawnAt,
                         withdrawalReason: item.withdrawalReason, versions: (versions[item.id!] ?? []).map { v in
                let title = LocalizedText(az: v.titleAZ, en: v.titleEN, ru: v.titleRU)
                let body = LocalizedText(az: v.bodyAZ, en: v.bodyEN, ru: v.bodyRU)
                return .init(version: v.version, state: v.state, title: title, body: body,
                             draft: ItemDraft(title: title, body: body, validUntil: v.validUntil, documentType: v.documentType,
                                              documentNumber: v.documentNumber, documentDate: v.documentDate, changeNote: v.changeNote),
                             hasFile: v.fileSHA256 != nil, createdBy: v.createdBy, submittedBy: v.submittedBy, publishedBy: v.publishedBy,
                             publishAt: v.publishAt)
            })
        }
    }
}
