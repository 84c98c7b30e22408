import Foundation
import PortalCore

/// An Atom feed (RFC 4287): the feed's id, title, updated, author and links, and one entry per item
/// with its id (`urn:uuid:` of the item, stable across corrections), title, updated, published,
/// alternate link and summary. Every text is escaped (`XMLEscape`).
struct AtomFeed: Sendable {
    struct Entry: Sendable {
        var id: UUID
        var title: String
        var link: String
        var published: Date
        var updated: Date
        var summary: String
    }

    /// The feed's own absolute URL (its id and its `self` link).
    var selfURL: String
    /// The page the feed follows (`alternate`).
    var pageURL: String
    var title: String
    var author: String
    var language: String
    /// When nothing is in the feed: the feed's own start (an `updated` is required).
    var fallbackUpdated: Date
    var entries: [Entry]

    static let contentType = "application/atom+xml; charset=utf-8"

    var xml: String {
        let updated = entries.map(\.updated).max() ?? fallbackUpdated
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLEscape.text(language))">
        <id>\(XMLEscape.text(selfURL))</id>
        <title>\(XMLEscape.text(title))</title>
        <updated>\(Self.time(updated))</updated>
        <author><name>\(XMLEscape.text(author))</name></author>
        <link rel="self" type="application/atom+xml" href="\(XMLEscape.text(selfURL))"/>
        <link rel="alternate" type="text/html" href="\(XMLEscape.text(pageURL))"/>

        """
        for entry in entries {
            out += """
            <entry>
            <id>urn:uuid:\(entry.id.uuidString.lowercased())</id>
            <title>\(XMLEscape.text(entry.title))</title>
            <link rel="alternate" type="text/html" href="\(XMLEscape.text(entry.link))"/>
            <published>\(Self.time(entry.published))</published>
            <updated>\(Self.time(entry.updated))</updated>
            <summary>\(XMLEscape.text(entry.summary))</summary>
            </entry>

            """
        }
        return out + "</feed>\n"
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// `/sitemap.xml` (sitemaps.org 0.9): absolute locations, with `lastmod` where the page knows it.
struct Sitemap: Sendable {
    struct Location: Sendable {
        var path: String
        var modified: Date?
    }

    var base: String
    var locations: [Location]

    var xml: String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for location in locations {
            out += "<url><loc>" + XMLEscape.text(base + location.path) + "</loc>"
            if let modified = location.modified { out += "<lastmod>" + AtomFeed.time(modified) + "</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}
