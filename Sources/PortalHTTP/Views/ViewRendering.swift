import PortalCore
import Vapor

/// A view asked for locale keys its language lacks. In testing mode rendering fails on it (so a test
/// that opens the page fails); elsewhere the page shows Azerbaijani or the key and the keys are logged.
public struct MissingLocaleKeys: Error, CustomStringConvertible {
    public let keys: [String]
    public var description: String { "missing locale keys: " + keys.joined(separator: ", ") }
}

/// Renders views without a request: the snapshot tests' and the benchmarks' entry point, and what
/// `Request.render` uses.
public enum ViewRenderer {
    /// `content` inside the layout, written into `buffer`.
    public static func page<Content: HTMLContent>(_ content: Content, layout: LayoutContext, strings: ViewStrings,
                                                 buffer: ByteBuffer) -> (buffer: ByteBuffer, missingKeys: [String]) {
        var writer = HTMLWriter(buffer: buffer, strings: strings, csrf: layout.csrf)
        Layout(layout, content: content).write(to: &writer)
        return (writer.buffer, writer.missingKeys)
    }

    /// A fragment on its own (a component in a test).
    public static func fragment<Content: HTMLContent>(_ content: Content, strings: ViewStrings, csrf: String? = nil) -> (html: String, missingKeys: [String]) {
        var writer = HTMLWriter(buffer: ByteBufferAllocator().buffer(capacity: 1_024), strings: strings, csrf: csrf)
        content.write(to: &writer)
        return (String(buffer: writer.buffer), writer.missingKeys)
    }
}

extension Request {
    /// Renders a Swift view inside the portal layout with `status` (422 for a form with errors).
    /// `forms: false` declares a page without POST forms of its own (reading pages: catalog, agencies):
    /// visitors then get no CSRF token or cookie and the language switch is plain links.
    public func render<Content: HTMLContent>(_ content: Content, titleKey: String, titleArguments: [String] = [],
                                             status: HTTPResponseStatus = .ok, forms: Bool = true) throws -> Response {
        let strings = ViewStrings(portal.localizer, language)
        var missing: [String] = []
        var title = portal.localizer.text(titleKey, language, titleArguments)
        if !portal.localizer.has(titleKey, in: language) {
            missing.append(titleKey)
            title = titleKey
        }
        let layout = layoutContext(title: title, needsCSRF: forms || principal != nil)
        let rendered = ViewRenderer.page(content, layout: layout, strings: strings, buffer: byteBufferAllocator.buffer(capacity: 16 * 1_024))
        missing += rendered.missingKeys
        if !missing.isEmpty {
            if portal.config.mode == .testing { throw MissingLocaleKeys(keys: missing) }
            logger.warning("missing locale keys", metadata: ["keys": .string(missing.joined(separator: ",")), "language": .string(language.rawValue)])
        }
        let response = Response(status: status, body: .init(buffer: rendered.buffer))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        if storage[FlashKey.self] != nil {
            response.cookies[portal.config.flashCookieName] = portal.cookie("", maxAge: 0)
        }
        return response
    }
}
