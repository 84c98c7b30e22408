import Foundation
import PortalHTTP

/// A person's choice of channels per category and the language of their messages. The inbox is always
/// on; security notices always go by e-mail (they cannot be turned off).
public struct NoticePreferences: Sendable, Equatable {
    public var email: Set<NoticeCategory>
    public var sms: Set<NoticeCategory>
    /// Nil: the account's own language.
    public var language: Language?

    public init(email: Set<NoticeCategory> = Set(NoticeCategory.allCases), sms: Set<NoticeCategory> = [.security, .reception],
                language: Language? = nil) {
        self.email = email.union([.security])
        self.sms = sms
        self.language = language
    }

    public static let defaults = NoticePreferences()

    /// The channels a notice of `category` goes to for a person with these contacts.
    public func channels(for category: NoticeCategory, hasEmail: Bool, hasPhone: Bool) -> [NoticeChannel] {
        var out: [NoticeChannel] = [.inbox]
        if hasEmail, category == .security || email.contains(category) { out.append(.email) }
        if hasPhone, sms.contains(category) { out.append(.sms) }
        return out
    }

    /// Stored as a comma-separated list of category names.
    static func encode(_ set: Set<NoticeCategory>) -> String {
        NoticeCategory.allCases.filter(set.contains).map(\.rawValue).joined(separator: ",")
    }

    static func decode(_ text: String) -> Set<NoticeCategory> {
        Set(text.split(separator: ",").compactMap { NoticeCategory(rawValue: String($0)) })
    }
}
