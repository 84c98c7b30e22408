import PortalCore

/// Splits a text into plain and highlighted parts where the lenient tokens occur (for `<mark>`).
public enum Highlighter {
    public struct Segment: Encodable, Sendable, Equatable {
        public var text: String
        public var mark: Bool
    }

    public static func segments(_ text: String, tokens: [SearchKey]) -> [Segment] {
        let characters = Array(text)
        guard !tokens.isEmpty, !characters.isEmpty else { return [Segment(text: text, mark: false)] }
        var folded: [UInt8] = []
        var owner: [Int] = []  // folded byte → character index
        for (index, character) in characters.enumerated() {
            let bytes = Array(AzerbaijaniText.lenientFold(character).utf8)
            folded += bytes
            owner += Array(repeating: index, count: bytes.count)
        }
        let haystack = SearchKey(precomputed: String(decoding: folded, as: UTF8.self))
        var marked = [Bool](repeating: false, count: characters.count)
        for token in tokens where !token.isEmpty {
            var from = 0
            while let start = haystack.firstMatch(of: token, from: from) {
                let end = start + token.bytes.count - 1
                for i in owner[start]...owner[end] { marked[i] = true }
                from = start + 1
            }
        }
        var segments: [Segment] = []
        for (index, character) in characters.enumerated() {
            if let last = segments.last, last.mark == marked[index] {
                segments[segments.count - 1].text.append(character)
            } else {
                segments.append(Segment(text: String(character), mark: marked[index]))
            }
        }
        return segments
    }
}
