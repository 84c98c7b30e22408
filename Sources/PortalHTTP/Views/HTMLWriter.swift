import PortalCore
import Vapor

/// Where views write: straight into the response's `ByteBuffer`, with the page's language and what the
/// shell knows (the CSRF token of its forms). Text goes in escaped; raw bytes only from `StaticString`
/// markup written by the DSL itself and from `TrustedHTML`.
public struct HTMLWriter {
    public var buffer: ByteBuffer
    /// The strings of the page's language.
    public let strings: ViewStrings
    /// The token for this page's POST forms; nil on reading pages for visitors (no forms, no cookie).
    public let csrf: String?
    /// Locale keys a view asked for that the page's language lacks (rendering fails on them in tests).
    public internal(set) var missingKeys: [String] = []
    /// Other mistakes found while writing (a POST form without a token); rendering fails on them in tests.
    public internal(set) var problems: [String] = []

    public init(buffer: ByteBuffer, strings: ViewStrings, csrf: String? = nil) {
        self.buffer = buffer
        self.strings = strings
        self.csrf = csrf
    }

    public var language: Language { strings.language }

    /// Markup the DSL itself writes (tag names, `="`…): never user data.
    @inlinable
    public mutating func writeMarkup(_ markup: StaticString) {
        buffer.writeStaticString(markup)
    }

    /// Text, escaped: `& < > " '` become entities (the same five Leaf escaped), so it is safe both
    /// between tags and inside a quoted attribute value.
    @inlinable
    public mutating func writeText(_ text: String) {
        var text = text
        text.withUTF8 { writeEscaped($0) }
    }

    @usableFromInline
    mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default:
                index += 1
                continue
            }
            if index > start { buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<index]))) }
            buffer.writeStaticString(entity)
            index += 1
            start = index
        }
        if start < bytes.count { buffer.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...]))) }
    }

    /// A whole number as text (digits need no escaping).
    @inlinable
    public mutating func writeInteger(_ value: Int) {
        buffer.writeString(String(value))
    }

    /// HTML someone vouched for (see `TrustedHTML`); the only way unescaped text reaches the page.
    @usableFromInline
    mutating func writeTrusted(_ html: String) {
        buffer.writeString(html)
    }

    /// The string for `key` in the page's language with `{0}`, `{1}`… replaced, escaped. A missing key
    /// writes the key itself (as Leaf's `#t` did) and is recorded, so tests fail on it.
    public mutating func writeLocalized(_ key: String, _ arguments: [String]) {
        guard let template = strings.template(key) else {
            missingKeys.append(key)
            let fallback = strings.fallbackText(key)
            writeText(arguments.isEmpty ? fallback : Localizer.format(fallback, arguments))
            return
        }
        writeText(arguments.isEmpty ? template : Localizer.format(template, arguments))
    }

    /// Records a mistake in the view (see `problems`).
    public mutating func report(_ problem: String) { problems.append(problem) }

    /// The string for `key` as a Swift value (for the rare view that must compute with it).
    public mutating func localized(_ key: String, _ arguments: [String] = []) -> String {
        guard let template = strings.template(key) else {
            missingKeys.append(key)
            let fallback = strings.fallbackText(key)
            return arguments.isEmpty ? fallback : Localizer.format(fallback, arguments)
        }
        return arguments.isEmpty ? template : Localizer.format(template, arguments)
    }
}

/// One language's UI strings, as views read them.
public struct ViewStrings: Sendable {
    public let language: Language
    let table: [String: String]
    /// Azerbaijani, the fallback (as `Localizer.text`); the locale parity test keeps it unused.
    let fallback: [String: String]

    public init(_ localizer: Localizer, _ language: Language) {
        self.language = language
        self.table = localizer.tables[language] ?? [:]
        self.fallback = language == .az ? [:] : localizer.tables[.az] ?? [:]
    }

    /// Nil when this language lacks the key (the caller records it); the text shown is then az's or the key.
    func template(_ key: String) -> String? { table[key] }

    func fallbackText(_ key: String) -> String { fallback[key] ?? key }

    /// The string for `key` with `{n}` replaced, as `Localizer.text` (for code outside the DSL).
    public func text(_ key: String, _ arguments: [String] = []) -> String {
        let template = table[key] ?? fallbackText(key)
        return arguments.isEmpty ? template : Localizer.format(template, arguments)
    }
}
