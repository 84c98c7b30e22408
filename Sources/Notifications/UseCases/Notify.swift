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

    func notify(_ notice: OutgoingNotice, on db: any Database) async throws {
        // A link, a code or a change notice without its address would land in the inbox: never.
        guard !notice.event.isAddressed || notice.only != nil,
              let contact = try await contacts()?.contact(of: notice.recipient, on: db) else { return }
        let preferences = try await PreferenceQueries(db: db).preferences(of: notice.recipient)
        let language = preferences.language ?? contact.language
        let category = notice.event.category
        let payload = try CanonicalJSON.string(notice.event)
        let now = clock.now()
        var channels = preferences.channels(for: category, hasEmail: contact.email?.isEmpty == false, hasPhone: contact.phone?.isEmpty == false)
        var only: String? = nil
        // An addressed notice (a verification link, a reset code, the old address told of a change)
        // goes to that one address only: no inbox copy, whatever the preferences.
        switch notice.only {
        case .email(let value)?: (channels, only) = ([.email], value)
        case .phone(let value)?: (channels, only) = ([.sms], value)
        case nil: break
        }
        guard let sql = db as? any SQLDatabase else { return }
        for channel in channels {
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
            try await sql.insert(into: OutboxModel.schema)
                .columns("id", "dedupe_key", "channel", "recipient_id", "kind", "category", "payload", "language", "address",
                         "reference", "status", "attempts", "next_attempt_at", "created_at")
                .values(SQLBind(id), SQLBind(notice.dedupeKey), SQLBind(channel.rawValue), SQLBind(notice.recipient),
                        SQLBind(notice.event.kind), SQLBind(category.rawValue), SQLBind(payload), SQLBind(language.rawValue),
                        SQLBind(address), SQLBind(reference), SQLBind(status.rawValue), SQLBind(0), SQLBind(due), SQLBind(now))
                .ignoringConflicts(with: ["dedupe_key", "channel", "recipient_id"])
                .run()
        }
    }
}
