import PortalCore

/// Anything a view can put on a page. `String` and `Int` are text (escaped); markup comes from the
/// DSL's elements; unescaped HTML only from `TrustedHTML`.
public protocol HTMLContent {
    func write(to writer: inout HTMLWriter)
}

/// A page or a component: a typed model (its stored properties) and the markup it makes of them.
/// Views are structs; inside `body` the element functions (`div`, `p`, `a`…) and `t("key")` are in scope.
public protocol HTMLView: HTMLContent {
    associatedtype Body: HTMLContent
    @HTMLBuilder var body: Body { get }
}

extension HTMLView {
    @inlinable
    public func write(to writer: inout HTMLWriter) { body.write(to: &writer) }
}

extension String: HTMLContent {
    @inlinable
    public func write(to writer: inout HTMLWriter) { writer.writeText(self) }
}

extension Int: HTMLContent {
    @inlinable
    public func write(to writer: inout HTMLWriter) { writer.writeInteger(self) }
}

extension Optional: HTMLContent where Wrapped: HTMLContent {
    @inlinable
    public func write(to writer: inout HTMLWriter) { self?.write(to: &writer) }
}

extension Array: HTMLContent where Element: HTMLContent {
    @inlinable
    public func write(to writer: inout HTMLWriter) {
        for item in self { item.write(to: &writer) }
    }
}

/// Nothing (an empty element body, a branch without content).
public struct EmptyHTML: HTMLContent {
    @inlinable public init() {}
    @inlinable public func write(to writer: inout HTMLWriter) {}
}

/// Two pieces one after the other (what a builder block becomes).
public struct HTMLPair<First: HTMLContent, Second: HTMLContent>: HTMLContent {
    @usableFromInline let first: First
    @usableFromInline let second: Second

    @inlinable init(_ first: First, _ second: Second) {
        self.first = first
        self.second = second
    }

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        first.write(to: &writer)
        second.write(to: &writer)
    }
}

/// One of two branches of an `if`/`else` or `switch`.
public enum HTMLEither<First: HTMLContent, Second: HTMLContent>: HTMLContent {
    case first(First)
    case second(Second)

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        switch self {
        case .first(let content): content.write(to: &writer)
        case .second(let content): content.write(to: &writer)
        }
    }
}

/// HTML written as it is, unescaped. The only door for markup that does not come from the DSL: use it
/// for markup built by code you can vouch for (an SVG drawn by our QR encoder), never for user data.
/// Every use is greppable: `TrustedHTML(verbatim:`.
public struct TrustedHTML: HTMLContent, Sendable {
    @usableFromInline let html: String

    public init(verbatim html: String) { self.html = html }

    @inlinable
    public func write(to writer: inout HTMLWriter) { writer.writeTrusted(html) }
}

/// A UI string from the locale files, resolved in the page's language when it is written.
public struct Localized: HTMLContent, Sendable, Hashable {
    public let key: String
    public let arguments: [String]
    /// Text after the string (`fee formula (en)`), escaped like the rest.
    public var suffix: String?

    @inlinable
    public init(key: String, arguments: [String]) {
        self.key = key
        self.arguments = arguments
    }

    /// The same string followed by `text`.
    public func followed(by text: String) -> Localized {
        var copy = self
        copy.suffix = (suffix ?? "") + text
        return copy
    }

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        writer.writeLocalized(key, arguments)
        if let suffix { writer.writeText(suffix) }
    }
}

/// `t("key")`: a string from the locale files. Keys are literals (so a test can find every key a view
/// uses and check it in az, en and ru); computed keys go through `t(dynamic:)`.
@inlinable
public func t(_ key: StaticString, _ arguments: String...) -> Localized {
    Localized(key: key.description, arguments: arguments)
}

/// A computed key (`"catalog.stage.\(stage.rawValue)"`): the snapshot tests must render every case.
@inlinable
public func t(dynamic key: String, _ arguments: String...) -> Localized {
    Localized(key: key, arguments: arguments)
}

/// An amount in qəpik written for the page's language (`AZN 5.00`, `5,00 AZN`).
public struct MoneyText: HTMLContent, Sendable {
    public let minorUnits: Int64

    public init(_ minorUnits: Int64) { self.minorUnits = minorUnits }

    public func write(to writer: inout HTMLWriter) {
        writer.writeText(Money(minorUnits: minorUnits).formatted(writer.language))
    }
}
