import Foundation
import PortalHTTP

/// The person chooses channels per category and the language of their messages. Security notices
/// always go by e-mail, whatever the form says.
public struct SaveNoticePreferences {
    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ preferences: NoticePreferences, of person: Principal, ip: String?) async throws {
        let now = app.portal.now()
        let saved = NoticePreferences(email: preferences.email, sms: preferences.sms, language: preferences.language)
        try await app.db.writeTransaction { db in
            try await PreferenceQueries(db: db).save(saved, of: person.userID, now: now)
            try await app.portal.audit.record(AuditEvent(
                actor: person.auditActor(ip: ip), action: "notifications.preferences.changed", subjectFIN: person.fin.value,
                objectType: "account", objectID: person.userID.uuidString,
                details: ["email": NoticePreferences.encode(saved.email), "sms": NoticePreferences.encode(saved.sms),
                          "language": saved.language?.rawValue ?? "account"]), on: db)
        }
    }

    public func current(of person: Principal) async throws -> NoticePreferences {
        try await PreferenceQueries(db: app.db).preferences(of: person.userID)
    }
}
