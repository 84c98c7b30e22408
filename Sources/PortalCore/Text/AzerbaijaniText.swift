import Foundation

/// Azerbaijani-correct text handling: normalisation, case mapping and search keys.
///
/// Foundation's `lowercased()` maps `İ` to `i̇` (i + combining dot) and `I` to `i`, which is wrong for
/// Azerbaijani; diacritic folding merges letters. Everything here is computed in Swift so that search
/// behaves identically on SQLite and PostgreSQL (see docs/architecture.md).
public enum AzerbaijaniText {
    /// NFC, U+01DD→ə and U+018E→Ə (Debian's iso-codes spells Kəngərli with the wrong schwa).
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x01DD: scalars.append("\u{0259}")
            case 0x018E: scalars.append("\u{018F}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Lower case with the Azerbaijani dotted/dotless i rules (I→ı, İ→i).
    public static func lowercased(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in normalize(text) {
            switch ch {
            case "I": out.append("ı")
            case "İ": out.append("i")
            default: out.append(contentsOf: ch.lowercased())
            }
        }
        return out
    }

    /// Upper case with the Azerbaijani dotted/dotless i rules (i→İ, ı→I).
    public static func uppercased(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in normalize(text) {
            switch ch {
            case "i": out.append("İ")
            case "ı": out.append("I")
            default: out.append(contentsOf: ch.uppercased())
            }
        }
        return out
    }

    /// First letter upper case, the rest unchanged ("ismayıllı" → "İsmayıllı").
    public static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return uppercased(String(first)) + text.dropFirst()
    }

    /// The exact search key: normalised, Azerbaijani lower case, whitespace collapsed.
    public static func exactKey(_ text: String) -> String {
        collapseWhitespace(lowercased(text))
    }

    /// The lenient search key: the exact key with the seven Azerbaijani-specific letters folded to
    /// their plain Latin look-alikes, for people typing without an Azerbaijani keyboard.
    public static func lenientKey(_ text: String) -> String {
        var out = ""
        for ch in exactKey(text) {
            out.append(lenientFold[ch] ?? ch)
        }
        return out
    }

    /// True when `query` occurs in `text` by the lenient key (the rule every search box uses).
    public static func leniently(_ text: String, contains query: String) -> Bool {
        let q = lenientKey(query)
        return q.isEmpty || lenientKey(text).contains(q)
    }

    /// One character as the lenient key spells it (whitespace kept), for mapping matches back onto text.
    public static func lenientFold(_ character: Character) -> String {
        switch character {
        case "I": return "i"
        case "İ": return "i"
        default:
            var out = ""
            for ch in character.lowercased() { out.append(lenientFold[ch] ?? ch) }
            return out
        }
    }

    static let lenientFold: [Character: Character] = [
        "ə": "e", "ı": "i", "ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g",
    ]

    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
