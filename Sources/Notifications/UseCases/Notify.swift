import Fluent
import Foundation
import PortalDB
import PortalHTTP
import SQLKit

/// The use case every capability calls through `app.portal.notify` (`NoticeSending`): writes one
/// outbox row per channel the person's preferences allow, on the caller's database — inside the
/// caller's transaction, so the notice exists exactly when the change that caused it does. A repeat of
/// the same dedupe key writes nothing (`ON CONFLICT DO NOTHING` on the schema's unique index: on
/// PostgreSQL a caught unique violation would abort the caller's whole transaction).
struct Notify: NoticeSending {
    let settings: NotificationsSettings
    let contacts: @Sendable () -> (any AccountContacts)?
    let clock: any PortalClock

    /// Rows per INSERT: 14 binds a row stays under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
    static let rowsPerInsert = 500

    func notify(_ notice: OutgoingNotice, on db: any Database) async throws {
        guard let contact = try await contacts()?.contact(of: notice.recipient, on: db) else { return }
        try await notifyAll([(notice, contact)], on: db)
    }

    /// A page of notices whose recipients' contacts the caller already read (the proactive scan): one
    /// query for the preferences, multi-row inserts. Returns the outbox rows actually written (a
    /// dedupe key already there writes none).
    @discardableResult
    func notifyAll(_ notices: [(OutgoingNotice, AccountContact)], on db: any Database) async throws -> Int {
        guard !notices.isEmpty, let sql = db as? any SQLDatabase else { return 0 }
        let preferences = try await PreferenceQueries(db: db).preferences(of: Array(Set(notices.map(\.1.userID))))
        let now = clock.now()
        var rows: [[any SQLExpression]] = []
        // A link, a code or a change notice without its address would land in the inbox: never.
        for (notice, contact) in notices where !notice.event.isAddressed || notice.only != nil {
            rows += try self.rows(notice, contact: contact, preferences: preferences[contact.userID] ?? .defaults, now: now)
        }
        var written = 0
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + Self.rowsPerInsert, rows.count)]
            written += try await sql.insert(into: OutboxModel.schema)
                .columns("id", "dedupe_key", "channel", "recipient_id", "kind", "category", "payload", "language", "address",
                         "reference", "status", "attempts", "next_attempt_at", "created_at")
                .rows(chunk)
                .ignoringConflicts(with: ["dedupe_key", "channel", "recipient_id"])
                .returning("id")
                .all().count
            start += Self.rowsPerInsert
        }
        return written
    }

    private func rows(_ notice: OutgoingNotice, contact: AccountContact, preferences: NoticePreferences, now: Date) throws -> [[any SQLExpression]] {
        let language = preferences.language ?? contact.language
        let category = notice.event.category
        let payload = try CanonicalJSON.string(notice.event)
        var channels = preferences.channels(for: category, hasEmail: contact.email?.isEmpty == false, hasPhone: contact.phone?.isEmpty == false)
        var only: String? = nil
        // An addressed notice (a verification link, a reset code, the old address told of a change)
        // goes to that one address only: no inbox copy, whatever the preferences.
        switch notice.only {
        case .email(let value)?: (channels, only) = ([.email], value)
        case .phone(let value)?: (channels, only) = ([.sms], value)
        case nil: break
        }
        return channels.map { channel in
            let id = UUID()
            var address: String? = nil
            var reference = "inbox-\(id.uuidString.lowercased())"
            var status = DeliveryStatus.delivered
            var due = now
            switch channel {
            case .inbox:
                break
            case .email:
                (address, reference, status) = (only ?? contact.email, "<\(id.uuidString.lowercased())@\(settings.messageIDDomain)>", .queued)
            case .sms:
                (address, reference, status) = (only ?? contact.phone, "ow-\(id.uuidString.lowercased())", .queued)
                if category != .security { due = QuietHours.nextAllowed(after: now, calendar: BakuTime.calendar()) }
            }
            return [SQLBind(id), SQLBind(notice.dedupeKey), SQLBind(channel.rawValue), SQLBind(notice.recipient),
                    SQLBind(notice.event.kind), SQLBind(category.rawValue), SQLBind(payload), SQLBind(language.rawValue),
                    SQLBind(address), SQLBind(reference), SQLBind(status.rawValue), SQLBind(0), SQLBind(due), SQLBind(now)]
        }
    }
}
