import PortalCore
import Vapor

struct LanguageKey: StorageKey { typealias Value = Language }

extension Request {
    /// The language of this response: a signed-in person's choice, else the language cookie,
    /// else the browser's Accept-Language, else Azerbaijani.
    public var language: Language {
        get {
            if let chosen = storage[LanguageKey.self] { return chosen }
            let name = application.portal.config.languageCookieName
            if let cookie = cookies[name]?.string, let lang = Language(rawValue: cookie) { return lang }
            return Language.negotiate(acceptLanguage: headers.first(name: .acceptLanguage)) ?? .default
        }
        set { storage[LanguageKey.self] = newValue }
    }

    /// A UI string in the request's language.
    public func t(_ key: String, _ arguments: String...) -> String {
        portal.localizer.text(key, language, arguments)
    }
}

extension Request {
    /// A moment in Baku time, in the request's language (`BakuTime.display(_:_:)`).
    @Sendable public func displayTime(_ date: Date) -> String { BakuTime.display(date, language) }

    /// A calendar date in the request's language (`BakuTime.displayDate(_:_:)`).
    @Sendable public func displayDate(_ date: LocalDate) -> String { BakuTime.displayDate(date, language) }
}
