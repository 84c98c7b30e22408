import PortalCore
import Vapor

/// A view asked for locale keys its language lacks, or made a mistake the writer caught (a POST form
/// on a page without a CSRF token). In testing mode rendering fails on it (so a test that opens the page
/// fails); elsewhere the page shows Azerbaijani or the key and the problems are logged.
public struct ViewProblems: Error, CustomStringConvertible {
    public let missingKeys: [String]
    public let problems: [String]
    public var description: String {
        var parts = problems
        if !missingKeys.isEmpty { parts.insert("missing locale keys: " + missingKeys.joined(separator: ", "), at: 0) }
        return parts.joined(separator: "; ")
    }
}

/// Renders views without a request (tests, benchmarks) and for `Request.render`.
public enum ViewRenderer {
    public struct Rendered {
        public var buffer: ByteBuffer
        public var missingKeys: [String]
        public var problems: [String]
    }

    /// `content` inside the layout, written into `buffer`.
    public static func page<Content: HTMLContent>(_ content: Content, layout: LayoutContext, strings: ViewStrings,
                                                 buffer: ByteBuffer) -> Rendered {
        var writer = HTMLWriter(buffer: buffer, strings: strings, csrf: layout.csrf)
        Layout(layout, content: content).write(to: &writer)
        return Rendered(buffer: writer.buffer, missingKeys: writer.missingKeys, problems: writer.problems)
    }

    /// A fragment on its own (a component in a test).
    public static func fragment<Content: HTMLContent>(_ content: Content, strings: ViewStrings,
                                                     csrf: String? = nil) -> (html: String, missingKeys: [String], problems: [String]) {
        var writer = HTMLWriter(buffer: ByteBufferAllocator().buffer(capacity: 1_024), strings: strings, csrf: csrf)
        content.write(to: &writer)
        return (String(buffer: writer.buffer), writer.missingKeys, writer.problems)
    }
}

extension Request {
    /// Renders a Swift view inside the portal layout with `status` (422 for a form with errors): the one
    /// way a page is answered (docs/views.md). `forms: false` declares a page without POST forms of its
    /// own (reading pages: catalog, agencies): visitors then get no CSRF token or cookie and the language
    /// switch is plain links.
    /// `head` adds elements to the page's `<head>` (OpenGraph tags, a feed link).
    public func render<Content: HTMLContent>(_ content: Content, titleKey: String, titleArguments: [String] = [],
                                             status: HTTPResponseStatus = .ok, forms: Bool = true, head: [HeadElement] = []) throws -> Response {
        var layout = layoutContext(title: portal.localizer.text(titleKey, language, titleArguments), needsCSRF: forms || principal != nil)
        layout.head = head
        return try respond(content, layout: layout, titleKey: titleKey, status: status)
    }

    /// `content` inside the layout as the response; a missing key or a view's mistake fails in tests and
    /// is logged elsewhere.
    func respond<Content: HTMLContent>(_ content: Content, layout: LayoutContext, titleKey: String, status: HTTPResponseStatus) throws -> Response {
        let strings = ViewStrings(portal.localizer, language)
        var missing: [String] = []
        if !portal.localizer.has(titleKey, in: language) { missing.append(titleKey) }
        let rendered = ViewRenderer.page(content, layout: layout, strings: strings, buffer: byteBufferAllocator.buffer(capacity: 16 * 1_024))
        try checkView(missingKeys: missing + rendered.missingKeys, problems: rendered.problems)
        let response = Response(status: status, body: .init(buffer: rendered.buffer))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        if storage[FlashKey.self] != nil {
            response.cookies[portal.config.flashCookieName] = portal.cookie("", maxAge: 0)
        }
        return response
    }
}

extension Request {
    /// A whole document without the portal's layout: the view writes its own `<!doctype html>`, head and
    /// body. For the one page that is not part of the site (the waiting room's queue board, a wall screen
    /// without navigation); every other page goes through `render`. It gets no CSRF token (no POST forms);
    /// a missing key or a view's mistake fails in tests as with `render`.
    public func renderDocument<Content: HTMLContent>(_ content: Content, status: HTTPResponseStatus = .ok) throws -> Response {
        var writer = HTMLWriter(buffer: byteBufferAllocator.buffer(capacity: 8 * 1_024), strings: ViewStrings(portal.localizer, language))
        content.write(to: &writer)
        try checkView(missingKeys: writer.missingKeys, problems: writer.problems)
        let response = Response(status: status, body: .init(buffer: writer.buffer))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        return response
    }

    /// Missing keys and view mistakes: thrown in testing mode, logged elsewhere.
    func checkView(missingKeys: [String], problems: [String]) throws {
        guard !missingKeys.isEmpty || !problems.isEmpty else { return }
        let failure = ViewProblems(missingKeys: missingKeys, problems: problems)
        if portal.config.mode == .testing { throw failure }
        logger.warning("view problems", metadata: ["problems": .string(failure.description), "language": .string(language.rawValue)])
    }
}
