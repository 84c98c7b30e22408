import Foundation

extension SafeMarkdown {
    /// Emphasis, code spans and links inside one block, written as HTML (every text character escaped)
    /// or as plain text. A delimiter without its closing partner is text.
    struct Inline {
        let chars: [Character]
        let plain: Bool

        init(_ text: String, plain: Bool) {
            chars = Array(text)
            self.plain = plain
        }

        func render() -> String { render(0..<chars.count, depth: 0, inLink: false) }

        static let escapable: Set<Character> = Set("\\`*_[]()#+-.!<>&\"'")

        func text(_ c: Character) -> String { plain ? String(c) : XMLEscape.text(String(c)) }
        func text(_ s: String) -> String { plain ? s : XMLEscape.text(s) }
        func tag(_ open: String, _ inner: String) -> String { plain ? inner : "<\(open)>" + inner + "</\(open.split(separator: " ")[0])>" }

        func render(_ range: Range<Int>, depth: Int, inLink: Bool) -> String {
            var out = ""
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = chars[i]
                if c == "\\", i + 1 < end, Self.escapable.contains(chars[i + 1]) {
                    out += text(chars[i + 1])
                    i += 2
                } else if c == "\n" {
                    out += plain ? " " : "\n"
                    i += 1
                } else if c == "`", let close = find("`", from: i + 1, end: end, skipping: false), close > i + 1 {
                    out += tag("code", text(String(chars[(i + 1)..<close])))
                    i = close + 1
                } else if (c == "*" || c == "_"), depth < SafeMarkdown.maximumDepth, let (inner, next, strong) = emphasis(at: i, end: end) {
                    out += tag(strong ? "strong" : "em", render(inner, depth: depth + 1, inLink: inLink))
                    i = next
                } else if c == "[", !inLink, depth < SafeMarkdown.maximumDepth, let (label, url, next) = link(at: i, end: end) {
                    let inner = render(label, depth: depth + 1, inLink: true)
                    if let href = SafeMarkdown.safeLink(url), !plain {
                        out += "<a href=\"" + XMLEscape.text(href) + "\">" + inner + "</a>"
                    } else {
                        out += inner
                    }
                    i = next
                } else {
                    out += text(c)
                    i += 1
                }
            }
            return out
        }

        /// The first unescaped `mark` at or after `from` (a code span's end; emphasis skips doubled marks).
        func find(_ mark: Character, from: Int, end: Int, skipping doubled: Bool) -> Int? {
            var j = from
            while j < end {
                if chars[j] == "\\" { j += 2; continue }
                if chars[j] == mark {
                    if doubled, j + 1 < end, chars[j + 1] == mark { j += 2; continue }
                    return j
                }
                j += 1
            }
            return nil
        }

        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < chars.count && (chars[index].isLetter || chars[index].isNumber)
        }

        /// `**x**`/`__x__` (strong) or `*x*`/`_x_` (emphasis) starting at `i`: the inner range, where to go
        /// on, and whether it is strong. `_` only at word edges (`snake_case` stays text).
        func emphasis(at i: Int, end: Int) -> (Range<Int>, Int, Bool)? {
            let mark = chars[i]
            if mark == "_", isWordCharacter(i - 1) { return nil }
            let doubled = i + 1 < end && chars[i + 1] == mark
            if doubled {
                var j = i + 2
                while j + 1 < end {
                    if chars[j] == "\\" { j += 2; continue }
                    if chars[j] == mark, chars[j + 1] == mark, j > i + 2, !chars[j - 1].isWhitespace,
                       mark == "*" || !isWordCharacter(j + 2) {
                        return ((i + 2)..<j, j + 2, true)
                    }
                    j += 1
                }
                return nil
            }
            guard i + 1 < end, !chars[i + 1].isWhitespace, let close = find(mark, from: i + 1, end: end, skipping: true),
                  close > i + 1, !chars[close - 1].isWhitespace, mark == "*" || !isWordCharacter(close + 1) else { return nil }
            return ((i + 1)..<close, close + 1, false)
        }

        /// `[label](target)` starting at `i`: the label's range, the target, where to go on. Brackets in the
        /// label nest; the target ends at the first `)` or space (a title after it is dropped).
        func link(at i: Int, end: Int) -> (Range<Int>, String, Int)? {
            var depth = 0
            var j = i
            var closeBracket: Int?
            while j < end {
                if chars[j] == "\\" { j += 2; continue }
                if chars[j] == "[" { depth += 1 }
                if chars[j] == "]" {
                    depth -= 1
                    if depth == 0 { closeBracket = j; break }
                }
                j += 1
            }
            guard let k = closeBracket, k + 1 < end, chars[k + 1] == "(", let paren = find(")", from: k + 2, end: end, skipping: false) else { return nil }
            let target = String(chars[(k + 2)..<paren]).trimmingCharacters(in: .whitespaces)
            let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            return ((i + 1)..<k, url, paren + 1)
        }
    }
}
