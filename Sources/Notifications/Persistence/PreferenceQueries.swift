import Fluent
import Foundation
import PortalHTTP

/// Reads and writes a person's notification preferences.
struct PreferenceQueries {
    let db: any Database

    func preferences(of accountID: UUID) async throws -> NoticePreferences {
        guard let row = try await PreferenceModel.find(accountID, on: db) else { return .defaults }
        return NoticePreferences(email: NoticePreferences.decode(row.email), sms: NoticePreferences.decode(row.sms),
                                 language: row.language.flatMap(Language.init(rawValue:)))
    }

    /// Several accounts' preferences in one query (absent: the defaults).
    func preferences(of accountIDs: [UUID]) async throws -> [UUID: NoticePreferences] {
        guard !accountIDs.isEmpty else { return [:] }
        var out: [UUID: NoticePreferences] = [:]
        for row in try await PreferenceModel.query(on: db).filter(\.$id ~~ accountIDs).all() {
            guard let id = row.id else { continue }
            out[id] = NoticePreferences(email: NoticePreferences.decode(row.email), sms: NoticePreferences.decode(row.sms),
                                        language: row.language.flatMap(Language.init(rawValue:)))
        }
        return out
    }

    func save(_ preferences: NoticePreferences, of accountID: UUID, now: Date) async throws {
        let row = try await PreferenceModel.find(accountID, on: db) ?? {
            let fresh = PreferenceModel()
            fresh.id = accountID
            return fresh
        }()
        row.email = NoticePreferences.encode(preferences.email)
        row.sms = NoticePreferences.encode(preferences.sms)
        row.language = preferences.language?.rawValue
        row.updatedAt = now
        try await row.save(on: db)
    }
}
