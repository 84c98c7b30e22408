import FluentKit
import Foundation
import PortalCore

/// One notice for one account. `dedupeKey` names the event (`reception.booked:<booking id>`): the
/// same key for the same recipient is written once per channel, whoever calls again.
public struct OutgoingNotice: Sendable {
    public var event: NoticeEvent
    public var recipient: UUID
    public var dedupeKey: String
    /// Set: exactly one message to this address, whatever the preferences and contacts on file (no
    /// inbox copy). For what must reach one address only: a verification link to a new, unverified
    /// address, a reset code to the verified phone, the notice to an address the account just left.
    public var only: NoticeAddress?

    public init(_ event: NoticeEvent, to recipient: UUID, dedupeKey: String, only: NoticeAddress? = nil) {
        self.event = event
        self.recipient = recipient
        self.dedupeKey = dedupeKey
        self.only = only
    }
}

/// One e-mail address or one phone number.
public enum NoticeAddress: Sendable, Hashable {
    case email(String)
    case phone(String)
}

/// The portal's notification service as every capability sees it (implemented by Notifications,
/// wired in `app.portal.notices`): the notice is written to an outbox on the caller's database, so it
/// commits or rolls back with the change that caused it, and is delivered later by a worker.
public protocol NoticeSending: Sendable {
    func notify(_ notice: OutgoingNotice, on db: any Database) async throws
}

/// How to reach an account holder (owned by Identity): the address and phone on file that the person
/// has verified (an unverified one is nil: only its verification message goes there), and the language.
public struct AccountContact: Sendable, Hashable {
    public var userID: UUID
    public var name: String
    public var email: String?
    public var phone: String?
    public var language: Language

    public init(userID: UUID, name: String, email: String?, phone: String?, language: Language) {
        self.userID = userID
        self.name = name
        self.email = email
        self.phone = phone
        self.language = language
    }
}

public protocol AccountContacts: Sendable {
    /// The account's contact details read on `db` (the caller's transaction), nil for no such account.
    func contact(of userID: UUID, on db: any Database) async throws -> AccountContact?
}

/// The signed-in person's unread messages, for the header (one indexed count per page).
public protocol InboxCounter: Sendable {
    /// The path of the inbox the count links to.
    var path: String { get }
    func unread(userID: UUID, on db: any Database) async throws -> Int
}
