import PortalCore

extension CatalogIndex {
    /// Replaces each unknown word by the nearest known word or word beginning (edit distance ≤ 1 for
    /// short words, ≤ 2 for words of 7+ letters) — matching is by substring, so "nikha" → "nikah"
    /// finds "nikahın" — or nil when nothing is near.
    public func correction(for text: String) -> String? {
        let words = AzerbaijaniText.lenientKey(text).split(separator: " ").map(String.init)
        var changed = false
        let fixed = words.map { word -> String in
            guard word.count >= 4, vocabulary[word] == nil, !vocabulary.keys.contains(where: { $0.contains(word) }) else { return word }
            let limit = word.count >= 7 ? 2 : 1
            let scalars = Array(word.unicodeScalars)
            // Nearest first, then the length closest to what was typed, then the most used word.
            var best: (word: String, rank: (Int, Int, Int))?
            for (candidate, frequency) in vocabulary where candidate.count + limit >= word.count {
                let full = Array(candidate.unicodeScalars)
                for length in max(1, scalars.count - limit)...min(full.count, scalars.count + limit) {
                    let distance = Self.editDistance(scalars, Array(full.prefix(length)), limit: limit)
                    guard distance <= limit else { continue }
                    let rank = (distance, abs(length - scalars.count), -frequency)
                    if best == nil || rank < best!.rank { best = (String(String.UnicodeScalarView(full.prefix(length))), rank) }
                }
            }
            if let best { changed = true; return best.word }
            return word
        }
        return changed ? fixed.joined(separator: " ") : nil
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps), cut off above `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, previousPrevious[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
