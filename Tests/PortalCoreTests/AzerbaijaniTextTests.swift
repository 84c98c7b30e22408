import PortalCore
import Testing

@Suite("Azerbaijani text")
struct AzerbaijaniTextTests {
    @Test("case mapping follows the dotted and dotless i rules")
    func caseMapping() {
        #expect(AzerbaijaniText.lowercased("İSMAYILLI") == "ismayıllı")
        #expect(AzerbaijaniText.lowercased("Ismayıllı") == "ısmayıllı")
        #expect(AzerbaijaniText.uppercased("ismayıllı") == "İSMAYILLI")
        #expect(AzerbaijaniText.uppercased("şəki") == "ŞƏKİ")
        #expect(AzerbaijaniText.capitalizedFirst("ismayıllı") == "İsmayıllı")
        // Decomposed İ (I + U+0307) composes before lower-casing: no stray combining dot.
        #expect(AzerbaijaniText.lowercased("I\u{0307}SMAYILLI") == "ismayıllı")
    }

    @Test("U+01DD and U+018E become ə and Ə")
    func schwaNormalisation() {
        #expect(AzerbaijaniText.normalize("K\u{01DD}ng\u{01DD}rli") == "Kəngərli")
        #expect(AzerbaijaniText.normalize("\u{018E}li") == "Əli")
        #expect(AzerbaijaniText.exactKey("K\u{01DD}ng\u{01DD}rli") == AzerbaijaniText.exactKey("Kəngərli"))
    }

    @Test("lenient keys find names typed without an Azerbaijani keyboard",
          arguments: [("seki", "Şəki"), ("ismayilli", "İsmayıllı"), ("İSMAYILLI", "İsmayıllı"), ("Ismayıllı", "İsmayıllı"),
                      ("agdas", "Ağdaş"), ("AGDAS", "Ağdaş"), ("gence", "Gəncə"), ("masalli", "Masallı"), ("quba", "Quba"),
                      ("sumqayit", "Sumqayıt"), ("kengerli", "K\u{01DD}ng\u{01DD}rli"), ("naxcivan", "Naxçıvan"), ("lenkeran", "Lənkəran")])
    func lenientFinds(query: String, name: String) {
        #expect(AzerbaijaniText.leniently(name, contains: query))
        #expect(AzerbaijaniText.leniently("\(name) Rayon İcra Hakimiyyəti", contains: query))
    }

    @Test("the exact key keeps Azerbaijani letters apart")
    func exactKeyDistinguishes() {
        #expect(AzerbaijaniText.exactKey("Şəki") != AzerbaijaniText.exactKey("Seki"))
        #expect(AzerbaijaniText.exactKey("  Şəki   Rayonu ") == "şəki rayonu")
        #expect(!AzerbaijaniText.leniently("Quba", contains: "seki"))
    }

    static let alphabet = Array("aAbBcCçÇdDeEəƏfFgGğĞhHxXıIiİjJkKqQlLmMnNoOöÖpPrRsSşŞtTuUüÜvVyYzZwW0123456789 -.,ёЁабвгдежзийклмнопрстуфхцчшщъыьэюяАБВГ\u{01DD}\u{0307}")

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            String((0..<Int.random(in: 0...24, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
        }
    }

    @Test("keys are idempotent (property, 2,000 random strings)")
    func keysAreIdempotent() {
        for text in Self.randomStrings(count: 2_000, seed: 42) {
            let exact = AzerbaijaniText.exactKey(text)
            #expect(AzerbaijaniText.exactKey(exact) == exact, "exact key of \(text.debugDescription)")
            let lenient = AzerbaijaniText.lenientKey(text)
            #expect(AzerbaijaniText.lenientKey(lenient) == lenient, "lenient key of \(text.debugDescription)")
            #expect(AzerbaijaniText.lenientKey(exact) == lenient)
        }
    }

    @Test("lower-casing then upper-casing keeps Azerbaijani letters (property)")
    func caseRoundTrip() {
        let letters = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
        for text in Self.randomStrings(count: 500, seed: 7) {
            let upper = String(AzerbaijaniText.uppercased(text).filter { letters.contains($0) })
            #expect(AzerbaijaniText.uppercased(AzerbaijaniText.lowercased(upper)) == upper)
        }
    }

    @Test("sorting follows the Azerbaijani alphabet, not code points")
    func collation() {
        let names = ["Zaqatala", "Şəki", "Xaçmaz", "Qax", "İsmayıllı", "Ağdaş", "Çinarə", "Əli", "Ordubad", "Ucar", "Ismayıl", "Həsən", "Kürdəmir", "Gəncə", "Göygöl"]
        let sorted = names.sortedAzerbaijani { $0 }
        #expect(sorted == ["Ağdaş", "Çinarə", "Əli", "Gəncə", "Göygöl", "Həsən", "Xaçmaz", "Ismayıl", "İsmayıllı", "Kürdəmir", "Qax", "Ordubad", "Şəki", "Ucar", "Zaqatala"])
        #expect(AzerbaijaniCollation.areInIncreasingOrder("ı", "i"))
        #expect(AzerbaijaniCollation.areInIncreasingOrder("h", "x"))
        #expect(AzerbaijaniCollation.areInIncreasingOrder("k", "q"))
        #expect(AzerbaijaniCollation.areInIncreasingOrder("q", "l"))
        #expect(AzerbaijaniCollation.areInIncreasingOrder("abc", "abç"))
    }
}

@Suite("Search keys")
struct SearchKeyTests {
    @Test("byte-level contains agrees with lenient string matching (property)")
    func agrees() {
        let texts = AzerbaijaniTextTests.randomStrings(count: 400, seed: 11)
        let queries = AzerbaijaniTextTests.randomStrings(count: 40, seed: 12).map { String($0.prefix(3)) } + ["", "a", "şə", "seki"]
        for text in texts {
            let key = SearchKey(text)
            for query in queries {
                #expect(key.contains(SearchKey(query)) == AzerbaijaniText.leniently(text, contains: query), "\(text) / \(query)")
            }
        }
        #expect(SearchKey("Şəki Rayon İcra Hakimiyyəti").contains(SearchKey("SEKI")))
        #expect(SearchKey("Ağdaş").hasPrefix(SearchKey("agd")))
        #expect(!SearchKey("Quba").contains(SearchKey("qubaa")))
    }
}
