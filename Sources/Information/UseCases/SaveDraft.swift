import FluentKit
import Foundation
import PortalHTTP

/// Creates an item with its first draft, or writes the draft of an existing one (a new version after
/// the published ones: a correction, which needs its change note). Slugs are made here, once per language.
struct SaveDraft {
    let newsroom: Newsroom

    func create(agencyCode: String, kind: ItemKind, draft raw: ItemDraft) async throws -> Newsroom.Outcome {
        let draft = raw.normalized
        let problems = draft.problems(kind: kind, revision: false)
        guard problems.isEmpty else { return .invalid(problems) }
        return try await newsroom.app.db.writeTransaction { db in
            guard let agency = try await newsroom.app.portal.directory.agency(code: agencyCode, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.edit, agency: agency.id) else { return .forbidden }
            let item = ItemModel()
            item.id = UUID()
            item.agencyID = agency.id
            item.unitCode = agency.territorialUnitCode
            item.kind = kind
            item.slugAZ = try await unique(Slug.make(draft.title.az), agency.id, kind, on: db)
            item.createdBy = newsroom.principal.userID
            item.createdAt = newsroom.now
            try await assignTranslationSlugs(item, draft, on: db)
            try await item.create(on: db)
            try await write(draft, into: nil, item: item, number: 1, on: db)
            try await newsroom.audit("information.item.created", item, ["kind": kind.rawValue, "version": "1"], on: db)
            return .saved(id: item.id!, version: 1)
        }
    }

    func update(id: UUID, draft raw: ItemDraft) async throws -> Newsroom.Outcome {
        let draft = raw.normalized
        return try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.edit, agency: item.agencyID) else { return .forbidden }
            guard item.withdrawnAt == nil else { return .wrongState }
            let open = try await newsroom.openVersion(of: id, on: db)
            if let open, open.state != .draft { return .wrongState }
            let latest = try await newsroom.latestVersion(of: id, on: db)
            let revision = try await VersionModel.query(on: db).filter(\.$itemID == id).filter(\.$state == .published).count() > 0
            let problems = draft.problems(kind: item.kind, revision: revision)
            guard problems.isEmpty else { return .invalid(problems) }
            let number = open?.version ?? ((latest?.version ?? 0) + 1)
            try await assignTranslationSlugs(item, draft, on: db)
            try await item.update(on: db)
            try await write(draft, into: open, item: item, number: number, on: db)
            try await newsroom.audit("information.item.drafted", item, ["version": String(number)], on: db)
            return .saved(id: id, version: number)
        }
    }

    private func write(_ draft: ItemDraft, into existing: VersionModel?, item: ItemModel, number: Int, on db: any Database) async throws {
        let version = existing ?? VersionModel()
        version.itemID = item.id!
        version.version = number
        version.state = .draft
        version.titleAZ = draft.title.az
        version.titleEN = draft.title.en
        version.titleRU = draft.title.ru
        version.bodyAZ = draft.body.az
        version.bodyEN = draft.body.en
        version.bodyRU = draft.body.ru
        version.validUntil = item.kind == .announcement ? draft.validUntil : nil
        version.documentType = item.kind == .document ? draft.documentType : nil
        version.documentNumber = item.kind == .document ? draft.documentNumber : nil
        version.documentDate = item.kind == .document ? draft.documentDate : nil
        version.changeNote = draft.changeNote
        if existing == nil {
            // A correction keeps the document's file unless a new one is attached.
            if item.kind == .document, let previous = try await newsroom.latestVersion(of: item.id!, on: db) {
                version.fileSHA256 = previous.fileSHA256
                version.fileKind = previous.fileKind
            }
            version.createdBy = newsroom.principal.userID
            version.createdAt = newsroom.now
            try await version.create(on: db)
        } else {
            try await version.update(on: db)
        }
    }

    /// The en and ru slugs, the first time a translation's title is written (never changed after).
    private func assignTranslationSlugs(_ item: ItemModel, _ draft: ItemDraft, on db: any Database) async throws {
        if item.slugEN == nil, let title = draft.title.en { item.slugEN = try await unique(Slug.make(title), item.agencyID, item.kind, on: db) }
        if item.slugRU == nil, let title = draft.title.ru { item.slugRU = try await unique(Slug.make(title), item.agencyID, item.kind, on: db) }
    }

    private func unique(_ base: String, _ agency: UUID, _ kind: ItemKind, on db: any Database) async throws -> String {
        var candidate = base
        var n = 2
        while try await taken(candidate, agency, kind, on: db) {
            candidate = base + "-" + String(n)
            n += 1
        }
        return candidate
    }

    /// A slug is taken when any item of the kind at the agency has it in any language (links never collide).
    private func taken(_ slug: String, _ agency: UUID, _ kind: ItemKind, on db: any Database) async throws -> Bool {
        try await ItemModel.query(on: db).filter(\.$agencyID == agency).filter(\.$kind == kind).group(.or) {
            $0.filter(\.$slugAZ == slug).filter(\.$slugEN == slug).filter(\.$slugRU == slug)
        }.count() > 0
    }
}
