import PortalCore

/// Text an editor wrote in Markdown, shown through the one sanitising renderer (PortalCore's
/// `SafeMarkdown`: headings, paragraphs, lists, emphasis, safe links; raw HTML as text), in a `div`
/// marked with the text's language when it differs from the page's (`lang`).
public struct MarkdownText: HTMLView {
    public let source: String
    public let lang: String?

    public init(_ source: String, lang: String? = nil) {
        self.source = source
        self.lang = lang
    }

    public var body: some HTMLContent {
        div(.class("prose"), .lang(lang)) { TrustedHTML(verbatim: SafeMarkdown.html(source)) }
    }
}
