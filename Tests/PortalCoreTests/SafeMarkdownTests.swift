import Foundation
import PortalCore
import Testing

@Suite("Safe Markdown")
struct SafeMarkdownTests {
    @Test("blocks: headings one level below the page title, paragraphs, flat lists", arguments: [
        ("# Başlıq", "<h2>Başlıq</h2>"),
        ("###### Six", "<h6>Six</h6>"),
        ("####### seven", "<p>####### seven</p>"),
        ("#no space", "<p>#no space</p>"),
        ("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"),
        ("- a\n- b\n* c", "<ul><li>a</li><li>b</li><li>c</li></ul>"),
        ("1. a\n2) b", "<ol><li>a</li><li>b</li></ol>"),
        ("- a\n  more\nnext", "<ul><li>a\nmore</li></ul>\n<p>next</p>"),
        ("Salam, dünya", "<p>Salam, dünya</p>"),
    ])
    func blocks(_ input: String, _ expected: String) {
        #expect(SafeMarkdown.html(input) == expected)
    }

    @Test("inline: emphasis, strong, code, links, escapes", arguments: [
        ("*a* _b_ **c** __d__", "<p><em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong></p>"),
        ("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>"),
        ("**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("`<b>`", "<p><code>&lt;b&gt;</code></p>"),
        ("\\*not\\*", "<p>*not*</p>"),
        ("[ASAN](https://asan.gov.az)", "<p><a href=\"https://asan.gov.az\">ASAN</a></p>"),
        ("[yaz](mailto:info@example.az)", "<p><a href=\"mailto:info@example.az\">yaz</a></p>"),
        ("[bax](/r/AZ-QBA)", "<p><a href=\"/r/AZ-QBA\">bax</a></p>"),
        ("[bölmə](#contacts)", "<p><a href=\"#contacts\">bölmə</a></p>"),
        ("[*vacib*](/x)", "<p><a href=\"/x\"><em>vacib</em></a></p>"),
        ("[a [b] c](/x \"title\")", "<p><a href=\"/x\">a [b] c</a></p>"),
    ])
    func inline(_ input: String, _ expected: String) {
        #expect(SafeMarkdown.html(input) == expected)
    }

    @Test("hostile input is text or loses its link", arguments: [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("[x](javascript:alert(1))", "<p>x)</p>"),
        ("[x](JaVaScRiPt:alert`1`)", "<p>x</p>"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>"),
        ("[x](vbscript:msgbox)", "<p>x</p>"),
        ("[x](//evil.example/)", "<p>x</p>"),
        ("[x](java\tscript:alert(1))", "<p>x)</p>"),
        ("[x](https://a.az/\"onmouseover=\"alert(1))", "<p><a href=\"https://a.az/&quot;onmouseover=&quot;alert(1\">x</a>)</p>"),
        ("[x](/a'b)", "<p><a href=\"/a&#39;b\">x</a></p>"),
        ("[x](javascript&#58;alert(1))", "<p><a href=\"javascript&amp;#58;alert(1\">x</a>)</p>"),
        ("[[x](https://a.az)](https://b.az)", "<p><a href=\"https://b.az\">[x](https://a.az)</a></p>"),
        ("***a***", "<p><strong>*a</strong>*</p>"),
        ("**a *b** c*", "<p><strong>a *b</strong> c*</p>"),
        ("# <h1 onclick=x>", "<h2>&lt;h1 onclick=x&gt;</h2>"),
        ("a\u{0}b\u{7}c", "<p>abc</p>"),
    ])
    func hostile(_ input: String, _ expected: String) {
        #expect(SafeMarkdown.html(input) == expected)
    }

    @Test("link targets: http(s), mailto and paths on this site only")
    func linkTargets() {
        for good in ["https://e-gov.az", "http://a.az/x?y=1#z", "mailto:a@b.az", "/path", "relative/page", "#top", "?q=1"] {
            #expect(SafeMarkdown.safeLink(good) == good, "\(good)")
        }
        for bad in ["javascript:alert(1)", " javascript:x", "JAVASCRIPT:x", "data:x", "file:///etc/passwd", "//evil.az", "http:evil",
                    "https://", "mailto:", "a b", "/x\\y", "ftp://a.az", "\u{1}javascript:x", ""] {
            #expect(SafeMarkdown.safeLink(bad) == nil, "\(bad)")
        }
    }

    @Test("plain text drops markup and keeps the words")
    func plain() {
        #expect(SafeMarkdown.plainText("# Başlıq\n\n**Vacib**: [bax](/x) və <b>\n\n- a\n- b") == "Başlıq Vacib: bax və <b> a; b")
    }

    /// Random mixes of every delimiter and hostile fragment: the output never holds a tag other than the
    /// renderer's own, its tags always nest and close, and every link target is an allowed one.
    @Test("property: any input gives well-formed, allowed markup")
    func property() {
        var random = SeededRandom(seed: 20261208)
        let pieces = ["*", "**", "_", "__", "`", "[", "]", "(", ")", "<", ">", "\"", "'", "&", "\\", "#", "# ", "- ", "1. ", "\n", "\n\n",
                      " ", "a", "ə", "javascript:", "https://a.az", "/x", "<script>", "onerror=", "mailto:x@y.az", "[x](", "](", "data:"]
        for _ in 0..<3_000 {
            let count = Int(random.next() % 40)
            let input = (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let html = SafeMarkdown.html(input)
            #expect(Self.wellFormed(html), "\(input.debugDescription) → \(html.debugDescription)")
        }
    }

    static let allowed: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "a"]

    static func wellFormed(_ html: String) -> Bool {
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if inside.hasPrefix("/") {
                guard stack.popLast() == String(inside.dropFirst()) else { return false }
                continue
            }
            let parts = inside.split(separator: " ", maxSplits: 1)
            let name = String(parts.first ?? "")
            guard allowed.contains(name) else { return false }
            if parts.count == 2 {
                let attribute = parts[1]
                guard name == "a", attribute.hasPrefix("href=\""), attribute.hasSuffix("\""),
                      !attribute.dropFirst(6).dropLast().contains("\""),
                      SafeMarkdown.safeLink(String(attribute.dropFirst(6).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
                        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
                        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")) != nil else { return false }
            }
            stack.append(name)
        }
        return stack.isEmpty
    }
}
