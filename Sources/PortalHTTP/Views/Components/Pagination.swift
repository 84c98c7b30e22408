/// A numbered page link (`1 2 3`), the current page marked.
public struct PageLink: Sendable, Hashable {
    public var label: String
    public var url: String
    public var current: Bool

    public init(label: String, url: String, current: Bool) {
        self.label = label
        self.url = url
        self.current = current
    }

    /// Links to pages 1…`count` (none for a single page); `url` makes a page's address.
    public static func pages(_ count: Int, current: Int, url: (Int) -> String) -> [PageLink] {
        count > 1 ? (1...count).map { PageLink(label: String($0), url: url($0), current: $0 == current) } : []
    }
}

/// Numbered pages: `<nav class="pagination" aria-label=…><ul><li>…`; nothing for a single page.
public struct Pagination: HTMLView {
    public let label: Localized
    public let links: [PageLink]

    public init(label: Localized, links: [PageLink]) {
        self.label = label
        self.links = links
    }

    public var body: some HTMLContent {
        if !links.isEmpty {
            nav(.class("pagination"), .ariaLabel(label)) {
                ul {
                    for link in links {
                        li {
                            if link.current { span(.ariaCurrent("page", when: true)) { link.label } } else { a(.href(link.url)) { link.label } }
                        }
                    }
                }
            }
        }
    }
}

/// Previous / next links for long lists paged by offset (the office queue).
public struct PreviousNext: HTMLView {
    public let label: Localized
    public let previous: String?
    public let next: String?
    public let previousLabel: Localized
    public let nextLabel: Localized

    public init(label: Localized, previous: String?, next: String?, previousLabel: Localized, nextLabel: Localized) {
        self.label = label
        self.previous = previous
        self.next = next
        self.previousLabel = previousLabel
        self.nextLabel = nextLabel
    }

    public var body: some HTMLContent {
        nav(.class("pagination"), .ariaLabel(label)) {
            if let previous { a(.href(previous)) { previousLabel }; " " }
            if let next { a(.href(next)) { nextLabel } }
        }
    }
}
