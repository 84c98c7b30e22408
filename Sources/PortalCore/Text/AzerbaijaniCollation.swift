import Foundation

/// Sorting in the order of the Azerbaijani alphabet (CLDR `az`):
/// A B C Ç D E Ə F G Ğ H X I İ J K Q L M N O Ö P R S Ş T U Ü V Y Z.
/// A code-point sort puts Ç, Ə, Ş… after Z and X, Q in the wrong place.
public enum AzerbaijaniCollation {
    /// Latin letters in Azerbaijani order; W (not Azerbaijani) keeps its Latin place after V.
    static let latinOrder: [Character] = [
        "a", "b", "c", "ç", "d", "e", "ə", "f", "g", "ğ", "h", "x", "ı", "i", "j", "k", "q",
        "l", "m", "n", "o", "ö", "p", "r", "s", "ş", "t", "u", "ü", "v", "w", "y", "z",
    ]
    static let primaryWeight: [Character: UInt32] = {
        var weights: [Character: UInt32] = [:]
        for (index, letter) in latinOrder.enumerated() { weights[letter] = 1_000 + UInt32(index) }
        return weights
    }()

    /// Primary weights: spaces and punctuation first, then digits, then Latin letters in
    /// Azerbaijani order, then everything else (e.g. Cyrillic) by code point.
    public static func sortKey(_ text: String) -> [UInt32] {
        AzerbaijaniText.lowercased(text).map { ch -> UInt32 in
            if let w = primaryWeight[ch] { return w }
            if let digit = ch.wholeNumberValue, ch.isASCII { return 100 + UInt32(digit) }
            if ch.isWhitespace || ch.isPunctuation || ch.isSymbol { return 10 }
            return 10_000 + (ch.unicodeScalars.first?.value ?? 0)
        }
    }

    /// Azerbaijani-order comparison; ties on letters are broken by case (lower first), then code points.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        precedes((sortKey(a), a), (sortKey(b), b))
    }

    static func precedes(_ lhs: ([UInt32], String), _ rhs: ([UInt32], String)) -> Bool {
        if lhs.0 != rhs.0 { return lhs.0.lexicographicallyPrecedes(rhs.0) }
        return lhs.1 > rhs.1  // same letters: lower case (the higher code point) first
    }
}

extension Sequence {
    /// Sorted by a text key in Azerbaijani alphabet order.
    public func sortedAzerbaijani(by key: (Element) -> String) -> [Element] {
        map { element -> ([UInt32], String, Element) in
            let text = key(element)
            return (AzerbaijaniCollation.sortKey(text), text, element)
        }
        .sorted { AzerbaijaniCollation.precedes(($0.0, $0.1), ($1.0, $1.1)) }
        .map(\.2)
    }
}
