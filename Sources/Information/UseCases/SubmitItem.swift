import FluentKit
import Foundation
import PortalHTTP

/// Sends an item's draft to be published by a second person.
struct SubmitItem {
    let newsroom: Newsroom

    func run(id: UUID) async throws -> Newsroom.Outcome {
        try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.edit, agency: item.agencyID) else { return .forbidden }
            guard item.withdrawnAt == nil, let open = try await newsroom.openVersion(of: id, on: db), open.state == .draft else { return .wrongState }
            // A document is published with its file.
            if item.kind == .document, open.fileSHA256 == nil { return .invalid([ItemDraft.Problem(field: "file", key: "information.error.file_required")]) }
            open.state = .submitted
            open.submittedBy = newsroom.principal.userID
            open.submittedAt = newsroom.now
            try await open.update(on: db)
            try await newsroom.audit("information.item.submitted", item, ["version": String(open.version)], on: db)
            return .saved(id: id, version: open.version)
        }
    }
}

/// Publishes a submitted version now or at a later time (`publishAt`), never by its submitter. Readers
/// see it from that time on; until then the previous published version stays what they see.
struct PublishItem {
    let newsroom: Newsroom

    func run(id: UUID, publishAt: Date?) async throws -> Newsroom.Outcome {
        try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.publish, agency: item.agencyID) else { return .forbidden }
            guard item.withdrawnAt == nil, let open = try await newsroom.openVersion(of: id, on: db), open.state == .submitted else { return .wrongState }
            guard open.submittedBy != newsroom.principal.userID else { return .samePerson }
            let at = max(publishAt ?? newsroom.now, newsroom.now)
            open.state = .published
            open.publishedBy = newsroom.principal.userID
            open.publishAt = at
            try await open.update(on: db)
            try await newsroom.audit("information.item.published", item,
                                     ["version": String(open.version), "publish_at": ISO8601DateFormatter().string(from: at)], on: db)
            return .saved(id: id, version: open.version)
        }
    }
}

/// Sends a submitted version back to its editor as a draft (the publisher's "not like this").
struct ReturnItem {
    let newsroom: Newsroom

    func run(id: UUID) async throws -> Newsroom.Outcome {
        try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.publish, agency: item.agencyID) else { return .forbidden }
            guard let open = try await newsroom.openVersion(of: id, on: db), open.state == .submitted else { return .wrongState }
            open.state = .draft
            open.submittedBy = nil
            open.submittedAt = nil
            try await open.update(on: db)
            try await newsroom.audit("information.item.returned", item, ["version": String(open.version)], on: db)
            return .saved(id: id, version: open.version)
        }
    }
}

/// Takes a published item down with a reason: its URL then says it was withdrawn, and why; it leaves
/// every list, feed and the sitemap. Withdrawal is final (a new item replaces it).
struct WithdrawItem {
    let newsroom: Newsroom

    func run(id: UUID, reason raw: String) async throws -> Newsroom.Outcome {
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else {
            return .invalid([ItemDraft.Problem(field: "reason", key: reason.isEmpty ? "information.error.required" : "information.error.too_long")])
        }
        return try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db) else { return .notFound }
            guard newsroom.may(InformationPermissions.publish, agency: item.agencyID) else { return .forbidden }
            let published = try await VersionModel.query(on: db).filter(\.$itemID == id).filter(\.$state == .published).count()
            guard item.withdrawnAt == nil, published > 0 else { return .wrongState }
            item.withdrawnAt = newsroom.now
            item.withdrawalReason = reason
            item.withdrawnBy = newsroom.principal.userID
            try await item.update(on: db)
            try await newsroom.audit("information.item.withdrawn", item, ["reason": reason], on: db)
            return .saved(id: id, version: 0)
        }
    }
}

/// A document's file (PDF) on its draft, kept in the file store Applications' attachments use.
struct AttachDocumentFile {
    let newsroom: Newsroom

    func run(id: UUID, bytes: [UInt8]) async throws -> Newsroom.Outcome {
        let stored: FileStore.Stored
        do { stored = try await newsroom.app.files.store(bytes, allowed: [.pdf]) } catch let refusal as FileStore.Refusal {
            return .invalid([ItemDraft.Problem(field: "file", key: refusal.key)])
        }
        return try await newsroom.app.db.writeTransaction { db in
            guard let item = try await newsroom.item(id, on: db), item.kind == .document else { return .notFound }
            guard newsroom.may(InformationPermissions.edit, agency: item.agencyID) else { return .forbidden }
            guard let open = try await newsroom.openVersion(of: id, on: db), open.state == .draft else { return .wrongState }
            open.fileSHA256 = stored.sha256
            open.fileKind = stored.kind.rawValue
            try await open.update(on: db)
            try await newsroom.audit("information.document.attached", item, ["version": String(open.version), "sha256": stored.sha256], on: db)
            return .saved(id: id, version: open.version)
        }
    }
}
