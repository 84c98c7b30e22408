import Foundation

/// The one Markdown renderer (docs/adr/0016-information-markdown-and-editorial-model.md): what editors
/// write is stored as Markdown and shown through here. It knows headings, paragraphs, flat lists,
/// emphasis (`*`, `_`, `**`, `__`), code spans and links, and nothing else: raw HTML is shown as text,
/// a link's target must be http, https, mailto or a path on this site (anything else keeps its text and
/// loses the link), and nesting deeper than `maximumDepth` is written literally. The output is built as a
/// tree and serialised, so every tag it opens it closes, whatever the input.
public enum SafeMarkdown {
    /// Emphasis and links inside each other, at most this deep (hostile input cannot recurse further).
    public static let maximumDepth = 6
    /// Longer input is cut (editors' forms refuse it before; this bounds the renderer's work).
    public static let maximumLength = 100_000

    /// The body as HTML: `# x` is an `h2` (the page's `h1` is the item's title), `##` an `h3`…, at most `h6`.
    public static func html(_ source: String) -> String {
        blocks(source).map { block -> String in
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(level + 1, 6))"
                return "<\(tag)>" + Inline(text, plain: false).render() + "</\(tag)>"
            case .paragraph(let lines):
                return "<p>" + Inline(lines.joined(separator: "\n"), plain: false).render() + "</p>"
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                return "<\(tag)>" + items.map { "<li>" + Inline($0, plain: false).render() + "</li>" }.joined() + "</\(tag)>"
            }
        }.joined(separator: "\n")
    }

    /// The text a reader sees, without markup (summaries, feed entries, OpenGraph descriptions).
    public static func plainText(_ source: String) -> String {
        blocks(source).map { block -> String in
            switch block {
            case .heading(_, let text): return Inline(text, plain: true).render()
            case .paragraph(let lines): return Inline(lines.joined(separator: " "), plain: true).render()
            case .list(_, let items): return items.map { Inline($0, plain: true).render() }.joined(separator: "; ")
            }
        }.joined(separator: " ")
    }

    /// `url` when it may be a link's target: http(s) and mailto, or a relative reference that stays on
    /// this site (`/path`, `path`, `#part`, `?query`); nil for any other scheme (`javascript:`, `data:`,
    /// `vbscript:`…), a protocol-relative `//host`, whitespace, control characters or backslashes.
    public static func safeLink(_ url: String) -> String? {
        guard !url.isEmpty, url.utf8.count <= 2_048, !url.hasPrefix("//"),
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\" || $0.properties.isWhitespace }) else { return nil }
        let head = url.prefix { !"/?#".contains($0) }
        guard let colon = head.firstIndex(of: ":") else { return url }
        switch head[..<colon].lowercased() {
        case "http", "https": return url[colon...].hasPrefix("://") && url.count > head[..<colon].count + 3 ? url : nil
        case "mailto": return url.count > 7 ? url : nil
        default: return nil
        }
    }

    enum Block: Equatable {
        case heading(Int, String)
        case paragraph([String])
        case list(ordered: Bool, items: [String])
    }

    static func blocks(_ source: String) -> [Block] {
        let text = String(source.prefix(maximumLength)).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var blocks: [Block] = []
        var current: Block?
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { close(); continue }
            if let (level, title) = heading(line) {
                close()
                blocks.append(.heading(level, title))
            } else if let (ordered, item) = listItem(line) {
                if case .list(let o, var items)? = current, o == ordered {
                    items.append(item)
                    current = .list(ordered: o, items: items)
                } else {
                    close()
                    current = .list(ordered: ordered, items: [item])
                }
            } else if case .list(let o, var items)? = current, raw.first?.isWhitespace == true {
                items[items.count - 1] += "\n" + line  // an indented line continues the item
                current = .list(ordered: o, items: items)
            } else if case .paragraph(var lines)? = current {
                lines.append(line)
                current = .paragraph(lines)
            } else {
                close()
                current = .paragraph([line])
            }
        }
        close()
        return blocks
    }

    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        let title = rest.trimmingCharacters(in: .whitespaces)
        return title.isEmpty ? nil : (hashes, title)
    }

    static func listItem(_ line: String) -> (Bool, String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            let item = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            return item.isEmpty ? nil : (false, item)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        let item = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : (true, item)
    }
}
