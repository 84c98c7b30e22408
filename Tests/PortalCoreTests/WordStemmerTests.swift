import PortalCore
import Testing

@Suite("Word stemmer")
struct WordStemmerTests {
    func stem(_ text: String) -> String { WordStemmer.stem(AzerbaijaniText.exactKey(text)) }

    /// Every two forms relate under the search's rule (one stem begins the other).
    func allRelated(_ forms: [String]) -> Bool {
        let stems = forms.map(stem)
        return stems.allSatisfy { a in stems.allSatisfy { b in WordStemmer.related(a, b) } }
    }

    @Test("inflected Azerbaijani forms of one word relate", arguments: [
        ["yer", "yeri", "yerindən", "yerləri", "yerdə", "yerlərdə"],
        ["vəsiqə", "vəsiqəsi", "vəsiqəsinin", "vəsiqəni"],
        ["nikah", "nikahın", "nikaha", "nikahı"],
        ["uşaq", "uşağı", "uşağımı", "uşaqlar"],
        ["qeydiyyat", "qeydiyyatı", "qeydiyyata", "qeydiyyatdan"],
        ["arayış", "arayışı", "arayışın", "arayışlar"],
        ["Quba", "Qubada", "Qubadan"],
    ])
    func azerbaijani(forms: [String]) {
        #expect(allRelated(forms), "\(forms) → \(forms.map(stem))")
    }

    @Test("Russian endings and English plurals")
    func otherLanguages() {
        #expect(allRelated(["удостоверение", "удостоверения", "удостоверений"]))
        #expect(allRelated(["водительское", "водительского"]))
        #expect(allRelated(["справка", "справку", "справки"]))
        #expect(allRelated(["certificates", "certificate"]))
    }

    @Test("different words do not relate")
    func different() {
        #expect(!WordStemmer.related(stem("nikah"), stem("vəsiqə")))
        #expect(!WordStemmer.related(stem("ad"), stem("adres")))
        #expect(!WordStemmer.related(stem("ev"), stem("evlilik")), "a two-letter word finds only itself")
    }

    @Test("short words are kept whole")
    func short() {
        #expect(stem("id") == "id")
        #expect(stem("ev") == "ev")
        #expect(stem("ata") == "ata")
    }
}
