/// A light stemmer for search words. It reads a word in the exact key (lower case, Azerbaijani letters
/// kept: the endings are told apart by them, "arayış+ı" is not "araya+sı") and answers the stem in the
/// lenient key (ə→e, ı→i, ö→o, ü→u, ş→s, ç→c, ğ→g), the form the index compares.
///
/// Both the index and the query go through it, and two stems are `related` when one begins the other,
/// so it only has to cut in the right region, not find the exact root: "yerindən" → `yeri`,
/// "yerlərdə" → `yer`, "yaşayış yeri" → `yasayis yeri` all relate.
///
/// - Azerbaijani (Latin script) is agglutinative: case, possessive and plural endings stack on the
///   root (`vəsiqə+si+nin`, `yer+lər+i+ndən`), so endings are stripped repeatedly, longest first,
///   while at least three letters remain (four after a one-letter ending); the infinitive (`almaq`,
///   `getmək`) loses `-maq/-mək`; a root's final q softened to ğ before an ending (`uşaq` / `uşağı`)
///   is spelt q again. English words pass through the same rules (consistently on both sides) and
///   lose a plural `-s` and `-ation`, `-ing`, `-ed`, `-er` (register, registered, registration).
/// - Russian (Cyrillic) loses one inflectional ending (`удостоверения` → `удостоверен`), keeping four letters.
public enum WordStemmer {
    /// Two stems match when they are equal or one begins the other and is at least three letters long
    /// (a short root, "yer" or "ata", still finds its inflected forms; "ad" does not find "adres").
    public static func related(_ a: String, _ b: String) -> Bool {
        a == b || (a.count >= 3 && b.hasPrefix(a)) || (b.count >= 3 && a.hasPrefix(b))
    }

    /// The lenient stem of a word given in the exact key (`AzerbaijaniText.exactKey`).
    public static func stem(_ word: String) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let stem = (0x0400...0x04FF).contains(first.value) ? russian(word) : latin(word)
        return AzerbaijaniText.lenientKey(stem)
    }

    static let latinEndings: [[Unicode.Scalar]] = [
        // plural (+ possessive)
        "lar", "lər", "ları", "ləri",
        // ablative, locative
        "dan", "dən", "ndan", "ndən", "da", "də", "nda", "ndə",
        // genitive
        "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
        // accusative, dative
        "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", "a", "ə", "ya", "yə", "na", "nə",
        // possessive: 3rd person, 1st person, plural persons
        "sı", "si", "su", "sü", "ım", "im", "um", "üm", "ımız", "imiz", "umuz", "ümüz", "ınız", "iniz", "unuz", "ünüz",
        // infinitive
        "maq", "mək",
        // English: register / registered / registration / registering
        "ation", "ations", "ing", "ed", "er",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// Endings by their last letter, so a word is compared only with the endings it can have.
    static let latinEndingsByLast: [Unicode.Scalar: [[Unicode.Scalar]]] = Dictionary(grouping: latinEndings, by: { $0.last! })

    static func latin(_ word: String) -> String {
        var letters = Array(word.unicodeScalars)
        while let ending = latinEnding(of: letters) { letters.removeLast(ending) }
        if letters.last == "ğ" { letters[letters.count - 1] = "q" }
        var stem = String.UnicodeScalarView()
        stem.append(contentsOf: letters)
        return String(stem)
    }

    /// How many letters at the end of `letters` are an ending to strip, if any.
    static func latinEnding(of letters: [Unicode.Scalar]) -> Int? {
        guard let last = letters.last else { return nil }
        for ending in latinEndingsByLast[last] ?? [] where letters.count - ending.count >= (ending.count == 1 ? 4 : 3) {
            if letters.suffix(ending.count).elementsEqual(ending) { return ending.count }
        }
        // An English plural (certificates): not after s, and not the Azerbaijani -is/-us roots.
        if letters.count >= 5, last == "s", !["s", "i", "u"].contains(letters[letters.count - 2]) { return 1 }
        return nil
    }

    static let russianEndings: [[Unicode.Scalar]] = [
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ие", "ия", "ью", "ья", "ье", "ой", "ей", "ий", "ый",
        "ая", "яя", "ое", "ее", "ую", "юю", "ов", "ев", "ах", "ях", "ам", "ям", "ом", "ем", "ию", "ы", "и", "а", "я", "о",
        "е", "у", "ю", "ь",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    static func russian(_ word: String) -> String {
        let letters = Array(word.unicodeScalars)
        for ending in russianEndings where letters.count - ending.count >= 4 && letters.suffix(ending.count).elementsEqual(ending) {
            var stem = String.UnicodeScalarView()
            stem.append(contentsOf: letters.dropLast(ending.count))
            return String(stem)
        }
        return word
    }
}
