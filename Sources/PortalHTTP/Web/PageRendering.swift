import PortalCore
import Vapor

/// What every page's layout needs: language, title, the CSRF token for its forms, who is signed in,
/// and the navigation of the modules that exist.
public struct LayoutContext: Encodable, Sendable {
    public var lang: String
    public var title: String
    /// Nil on pages without POST forms for visitors who are not signed in: no token, no cookie, and the
    /// language switch is plain links.
    public var csrf: String?
    /// Path and query of this page, so the language switch returns here.
    public var returnTo: String
    /// The same, percent-encoded for a query parameter.
    public var returnToEncoded: String
    public var user: UserBadge?
    public var flash: String?
    public var languages: [LanguageOption]
    public var navigation: [NavigationLink]
    public var siteName: String
    /// Extra elements a page puts in `<head>` (OpenGraph tags, a feed's alternate link); usually none.
    public var head: [HeadElement] = []

    public init(lang: String, title: String, csrf: String?, returnTo: String, returnToEncoded: String, user: UserBadge?, flash: String?,
                languages: [LanguageOption], navigation: [NavigationLink], siteName: String) {
        self.lang = lang
        self.title = title
        self.csrf = csrf
        self.returnTo = returnTo
        self.returnToEncoded = returnToEncoded
        self.user = user
        self.flash = flash
        self.languages = languages
        self.navigation = navigation
        self.siteName = siteName
    }
}

public struct UserBadge: Encodable, Sendable {
    public var name: String
    public var actingFor: String?
    public var companies: [CompanyContext]
    public var hasCompanies: Bool
    public var hasOfficeAccess: Bool

    public init(name: String, actingFor: String?, companies: [CompanyContext], hasCompanies: Bool, hasOfficeAccess: Bool) {
        self.name = name
        self.actingFor = actingFor
        self.companies = companies
        self.hasCompanies = hasCompanies
        self.hasOfficeAccess = hasOfficeAccess
    }
}

public struct LanguageOption: Encodable, Sendable {
    public var code: String
    public var label: String
    public var current: Bool

    public init(code: String, label: String, current: Bool) {
        self.code = code
        self.label = label
        self.current = current
    }
}

/// One element a page adds to `<head>`: an OpenGraph (or other `property`) meta tag, or a `link`
/// (`alternate` Atom feed, `canonical`). Values are escaped like any attribute.
public enum HeadElement: Encodable, Sendable, Equatable {
    case property(String, content: String)
    case link(rel: String, href: String, type: String? = nil, title: String? = nil, hreflang: String? = nil)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .property(let name, let content): try container.encode([name, content])
        case .link(let rel, let href, _, _, _): try container.encode([rel, href])
        }
    }
}

/// A link in the header navigation, contributed by a module.
public struct NavigationLink: Encodable, Sendable {
    public enum Audience: String, Encodable, Sendable { case everyone, signedIn, office }
    public var labelKey: String
    public var path: String
    public var audience: Audience
    public var label: String = ""
    public var current: Bool = false
    /// A count shown beside the label (unread messages), nil for none.
    public var badge: Int? = nil
    /// Shown only to people some role of whom grants this (no link that answers 403).
    public var permission: Permission?

    enum CodingKeys: String, CodingKey { case labelKey, path, audience, label, current, badge }

    public init(labelKey: String, path: String, audience: Audience, permission: Permission? = nil) {
        self.labelKey = labelKey
        self.path = path
        self.audience = audience
        self.permission = permission
    }
}

/// A form's field errors in the GOV.UK pattern: a summary at the top linking to each field, and the
/// message beside the field. Keys are field ids; messages are already localised.
public struct FormErrors: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public var field: String
        public var message: String
    }
    public var items: [Item] = []
    public var byField: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { items.isEmpty }

    /// The message for a field (its control's id), or nil.
    public subscript(field: String) -> String? { byField[field] }

    public mutating func add(_ field: String, _ message: String) {
        guard byField[field] == nil else { return }
        items.append(.init(field: field, message: message))
        byField[field] = message
    }
}

struct FlashKey: StorageKey { typealias Value = String }

extension Request {
    /// The navigation this person may follow, labelled in the page's language, the current one marked:
    /// by audience (everyone, signed in, the office) and by the permission a link names. The header and
    /// the office home show the same list.
    public func navigationLinks() -> [NavigationLink] {
        let lang = language
        let principal = self.principal
        let path = url.path
        return portal.navigation.compactMap { link -> NavigationLink? in
            switch link.audience {
            case .everyone: break
            case .signedIn: if principal == nil { return nil }
            case .office: if principal?.hasOfficeAccess != true { return nil }
            }
            if let permission = link.permission,
               principal.map({ portal.permissions.assignments(of: $0, granting: permission).isEmpty }) ?? true { return nil }
            var link = link
            link.label = portal.localizer.text(link.labelKey, lang)
            link.current = path == link.path || (link.path != "/" && path.hasPrefix(link.path + "/"))
            if let badge = storage[NavigationBadgeKey.self], badge.path == link.path, badge.count > 0 { link.badge = badge.count }
            return link
        }
    }
}

extension Request {
    public func layoutContext(title: String, needsCSRF: Bool = true) -> LayoutContext {
        let lang = language
        let principal = self.principal
        let links = navigationLinks()
        var returnTo = url.path
        if let query = url.query, !query.isEmpty { returnTo += "?" + query }
        return LayoutContext(
            lang: lang.rawValue,
            title: title,
            csrf: needsCSRF ? CSRF.token(for: self) : nil,
            returnTo: returnTo,
            returnToEncoded: returnTo.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/", "-", "_", "."])) ?? "/",
            user: principal.map {
                UserBadge(name: $0.displayName, actingFor: $0.actingFor?.name, companies: $0.companies,
                          hasCompanies: !$0.companies.isEmpty, hasOfficeAccess: $0.hasOfficeAccess)
            },
            flash: flashMessage(),
            languages: Language.allCases.map {
                LanguageOption(code: $0.rawValue, label: portal.localizer.text("language.\($0.rawValue)", $0), current: $0 == lang)
            },
            navigation: links,
            siteName: portal.localizer.text("site.name", lang)
        )
    }

    /// Reads (and marks for clearing) a one-time message left by the previous response.
    func flashMessage() -> String? {
        guard let key = cookies[portal.config.flashCookieName]?.string, !key.isEmpty, key.hasPrefix("flash."),
              portal.localizer.has(key, in: language) else { return nil }
        storage[FlashKey.self] = key
        return portal.localizer.text(key, language)
    }

    /// Redirects (303) and leaves a one-time message (a locale key starting with `flash.`) for the next page.
    public func redirect(to location: String, flash key: String) -> Response {
        let response = redirect(to: location, redirectType: .normal)
        response.cookies[portal.config.flashCookieName] = portal.cookie(key, maxAge: 60)
        return response
    }

    /// A local path to return to after a form, never another site (`//evil`, `/\evil`, `/%2F%2Fevil`,
    /// a tab or line break anywhere): the rule is `LocalPath.isSafe`.
    public func safeReturnPath(_ candidate: String?, fallback: String = "/") -> String {
        LocalPath.safe(candidate, fallback: fallback)
    }
}
