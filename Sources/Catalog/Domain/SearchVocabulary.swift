import Foundation
import PortalCore

/// Stop words and synonyms of the catalog search, kept as data (`Data/search-vocabulary.json`), in the
/// lenient, stemmed form the index uses: "almaq", "how", "получить" are ignored in a query; "evlilik"
/// also finds "nikah", "справка" also finds "arayış".
public struct SearchVocabulary: Sendable {
    /// Lenient words (not stems: "al" would swallow every word starting with it).
    let stopWords: Set<String>
    /// A stem → the stems that mean the same (never itself).
    let synonyms: [String: [String]]

    public init(stopWords: [String], synonyms: [[String]]) {
        self.stopWords = Set(stopWords.map(AzerbaijaniText.lenientKey))
        var table: [String: Set<String>] = [:]
        for group in synonyms {
            let stems = Set(group.flatMap(Self.stems))
            for stem in stems { table[stem, default: []].formUnion(stems.subtracting([stem])) }
        }
        self.synonyms = table.mapValues { $0.sorted() }
    }

    /// The stems of a text's words (a synonym may be two words: "nikah qeydiyyatı").
    static func stems(_ text: String) -> [String] {
        words(text).map(WordStemmer.stem)
    }

    /// A text's words in the exact key (lower case, Azerbaijani letters kept), as the stemmer reads them.
    static func words(_ text: String) -> [String] {
        AzerbaijaniText.exactKey(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    public static let empty = SearchVocabulary(stopWords: [], synonyms: [])

    struct File: Decodable {
        var stop_words: [String: [String]]
        var synonyms: [[String]]
    }

    /// The bundled vocabulary (read once).
    public static let bundled: SearchVocabulary = {
        guard let url = Bundle.module.url(forResource: "search-vocabulary", withExtension: "json", subdirectory: "Data"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
            fatalError("Catalog/Data/search-vocabulary.json is missing or malformed")
        }
        return SearchVocabulary(stopWords: file.stop_words.values.flatMap { $0 }, synonyms: file.synonyms)
    }()
}

/// Every word of the published catalog, stemmed, with where it occurs (an inverted index): a query
/// word finds its services by a binary search for the words starting with its stem, not by reading
/// every service.
struct SearchTerms: Sendable {
    enum Field: UInt8, Sendable {
        case nameAz, nameEn, nameRu, keyword, description

        static func name(_ language: Language) -> Field {
            switch language {
            case .az: .nameAz
            case .en: .nameEn
            case .ru: .nameRu
            }
        }

        var isName: Bool { rawValue <= Field.nameRu.rawValue }

        /// A bit per field, as `CatalogIndex.score` records where a word was found.
        static func bits(_ fields: [Field]) -> UInt8 { fields.reduce(0) { $0 | 1 << $1.rawValue } }
    }

    struct Posting: Sendable {
        let entry: Int32
        let field: Field
        /// Among the first two words of a name: what the service is ("Issuing of an ID card").
        let leading: Bool
    }

    /// Sorted, unique stems (compared as UTF-8 bytes) and, at the same position, where they occur.
    let terms: [[UInt8]]
    let postings: [[Posting]]

    init(_ documents: [(entry: Int32, field: Field, text: String)]) {
        var table: [String: [Posting]] = [:]
        var stems: [String: String] = [:]  // a word → its stem: descriptions repeat their words
        for document in documents {
            var seen: Set<String> = []
            for (position, word) in SearchVocabulary.words(document.text).enumerated() {
                let stem: String
                if let known = stems[word] { stem = known } else { stem = WordStemmer.stem(word); stems[word] = stem }
                let leading = document.field.isName && position < 2
                if seen.insert(stem).inserted {
                    table[stem, default: []].append(Posting(entry: document.entry, field: document.field, leading: leading))
                } else if leading, let index = table[stem]?.lastIndex(where: { $0.entry == document.entry && $0.field == document.field }) {
                    table[stem]![index] = Posting(entry: document.entry, field: document.field, leading: true)
                }
            }
        }
        let sorted = table.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        terms = sorted.map(\.0)
        postings = sorted.map(\.1)
    }

    /// The positions of the terms a query stem relates to (`WordStemmer.related`): the terms starting
    /// with it (one range of the sorted terms), and the terms it starts with (a lookup per length).
    func matches(_ stem: [UInt8]) -> [Int] {
        var found: [Int] = []
        if stem.count >= 3 {
            var position = lowerBound(stem)
            while position < terms.count, terms[position].starts(with: stem) { found.append(position); position += 1 }
        } else if let position = exact(stem) {
            found.append(position)
        }
        if stem.count > 3 {
            for length in 3..<stem.count { if let position = exact(Array(stem.prefix(length))) { found.append(position) } }
        }
        return found
    }

    func exact(_ stem: [UInt8]) -> Int? {
        let position = lowerBound(stem)
        return position < terms.count && terms[position] == stem ? position : nil
    }

    func lowerBound(_ stem: [UInt8]) -> Int {
        var low = 0, high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].lexicographicallyPrecedes(stem) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
