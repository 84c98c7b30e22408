import Foundation
import PortalCore

/// The published catalog in memory, with precomputed search terms: searching, filtering and sorting
/// never touch the database. Rebuilt whole when something is published (a few ms for 1,000 services).
///
/// Search is by words as people type them: each query word is stemmed (`WordStemmer`: "yerindən" is
/// "yer"), stop words are dropped ("almaq", "how to", "получить"), synonyms from the data count at a
/// small discount ("evlilik" finds "nikah"), a place name ("quba", "lənkəranda") matches the services
/// scoped to that unit, and services are ranked first by how many of the query's words they cover,
/// then by where they match (name in the page's language, another name, a keyword, the description).
public struct CatalogIndex: Sendable {
    public struct Agency: Sendable, Hashable {
        public var code: String
        public var name: LocalizedText
        public init(code: String, name: LocalizedText) {
            self.code = code
            self.name = name
        }
    }

    /// A published service; a class, so a hit or a page of hits shares it instead of copying it.
    public final class Entry: Sendable {
        public let definition: ServiceDefinition
        public let agency: Agency
        public let publishedAt: Date?
        public let version: Int
        /// Lenient names, for the phrase bonus.
        let names: [SearchKey]
        let exactNames: [String]
        /// Whole keywords, to recognise a query that is exactly what people call the service.
        let keywordSet: Set<SearchKey>
        let sortKeys: [Language: [UInt32]]

        init(definition: ServiceDefinition, agency: Agency, publishedAt: Date?, version: Int) {
            self.definition = definition
            self.agency = agency
            self.publishedAt = publishedAt
            self.version = version
            names = Language.allCases.map { SearchKey(definition.name.text($0)) }
            exactNames = Language.allCases.map { AzerbaijaniText.exactKey(definition.name.text($0)) }
            keywordSet = Set(definition.keywords.map { SearchKey($0) })
            sortKeys = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, AzerbaijaniCollation.sortKey(definition.name.text($0))) })
        }
    }

    /// A territorial unit by the names a query may use for it.
    public struct Place: Sendable {
        public var code: String
        public var name: LocalizedText
        public init(code: String, name: LocalizedText) {
            self.code = code
            self.name = name
        }
    }

    public let entries: [Entry]
    let byCode: [String: Int]
    let terms: SearchTerms
    let language: SearchVocabulary
    /// A place name's stem → the units it names.
    let places: [String: [String]]
    /// A unit → the services scoped to it (nationwide services are not listed).
    let scoped: [String: [Int32]]
    /// Lenient words of names and keywords, with how many services use them ("did you mean").
    let vocabulary: [String: Int]
    /// The newest publication (Last-Modified of the catalog).
    public let lastModified: Date?

    public init(services: [(ServiceDefinition, Agency, Date?, Int)], places: [Place] = [], vocabulary language: SearchVocabulary = .bundled) {
        var entries: [Entry] = []
        var vocabulary: [String: Int] = [:]
        var documents: [(entry: Int32, field: SearchTerms.Field, text: String)] = []
        var scoped: [String: [Int32]] = [:]
        for (definition, agency, publishedAt, version) in services where definition.status == .active {
            let position = Int32(entries.count)
            entries.append(Entry(definition: definition, agency: agency, publishedAt: publishedAt, version: version))
            let name = definition.name, description = definition.description
            documents += [(position, .nameAz, name.az)] + [name.en.map { (position, .nameEn, $0) }, name.ru.map { (position, .nameRu, $0) }].compactMap { $0 }
            documents += definition.keywords.map { (position, .keyword, $0) }
            documents += ([description.az, description.en, description.ru].compactMap { $0 }).map { (position, .description, $0) }
            for unit in definition.territorialUnits ?? [] { scoped[unit, default: []].append(position) }
            let words = Set((Language.allCases.map { definition.name.text($0) } + definition.keywords)
                .flatMap { SearchVocabulary.words($0).map(AzerbaijaniText.lenientKey) }.filter { $0.count >= 3 })
            for word in words { vocabulary[word, default: 0] += 1 }
        }
        var placeStems: [String: Set<String>] = [:]
        for place in places {
            for language in Language.allCases {
                let stems = SearchVocabulary.stems(place.name.text(language))
                if stems.count == 1 { placeStems[stems[0], default: []].insert(place.code) }
            }
        }
        self.entries = entries
        self.byCode = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.definition.code, $0) })
        self.terms = SearchTerms(documents)
        self.language = language
        self.places = placeStems.mapValues { $0.sorted() }
        self.scoped = scoped
        self.vocabulary = vocabulary
        self.lastModified = entries.compactMap(\.publishedAt).max()
    }

    public func entry(code: String) -> Entry? { byCode[code].map { entries[$0] } }

    // MARK: Search

    public enum Sort: String, Sendable { case relevance, name }

    public struct Query: Sendable, Equatable {
        public var text: String = ""
        public var lifeEvent: LifeEvent?
        public var category: ServiceCategory?
        public var agencyCode: String?
        public var audience: Audience?
        public var channel: Channel?
        public var unit: String?
        public var onlineOnly = false
        public var sort: Sort = .relevance
        public var language: Language = .az
        public var limit = 20
        public var offset = 0

        public init() {}
    }

    public struct Hit: Sendable {
        public let entry: Entry
        public let score: Int
        /// How many of the query's words the service covers.
        public let covered: Int
    }

    public struct Result: Sendable {
        public var total: Int
        public var hits: [Hit]
        /// The query the results are for, when a near miss was corrected ("did you mean").
        public var correctedText: String?
        /// Lenient words of the query (without stop words), to highlight.
        public var tokens: [SearchKey]
        /// Their stems (they match inflected words).
        var stems: [SearchKey] = []

        /// What to mark in names: the words, and their stems (they match inflected words).
        public var highlights: [SearchKey] {
            tokens + stems.filter { $0.bytes.count >= 3 && !tokens.contains($0) }
        }
    }

    public func search(_ query: Query) -> Result {
        var words = words(of: query.text)
        var scored = score(words, query)
        var corrected: String?
        if !words.isEmpty, scored.unmatchedWord, let fixed = correction(for: words.joined(separator: " ")) {
            let fixedWords = self.words(of: fixed)
            let retry = score(fixedWords, query)
            if retry.bestCoverage > scored.bestCoverage { (scored, words, corrected) = (retry, fixedWords, fixed) }
        }
        let language = query.language
        let hits = scored.hits
        let sorted: [Hit]
        if query.sort == .name || words.isEmpty {
            sorted = hits.sorted { Self.nameOrder($0.entry, $1.entry, language) }
        } else {
            sorted = hits.sorted {
                if $0.covered != $1.covered { return $0.covered > $1.covered }
                return $0.score != $1.score ? $0.score > $1.score : Self.nameOrder($0.entry, $1.entry, language)
            }
        }
        let page = Array(sorted.dropFirst(query.offset).prefix(query.limit))
        return Result(total: sorted.count, hits: page, correctedText: corrected, tokens: words.map { SearchKey($0) },
                      stems: words.map { SearchKey(precomputed: WordStemmer.stem($0)) })
    }

    static func nameOrder(_ a: Entry, _ b: Entry, _ language: Language) -> Bool {
        let ka = a.sortKeys[language]!, kb = b.sortKeys[language]!
        return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.definition.code < b.definition.code
    }

    /// The query's words (exact key) without stop words (unless nothing else is left), each once, at most eight.
    func words(of text: String) -> [String] {
        let all = SearchVocabulary.words(String(text.prefix(200)))
        let meaningful = all.filter { !language.stopWords.contains(AzerbaijaniText.lenientKey($0)) }
        var seen: Set<String> = []
        return (meaningful.isEmpty ? all : meaningful).filter { seen.insert($0).inserted }.prefix(8).map { $0 }
    }

    func passesFilters(_ entry: Entry, _ query: Query) -> Bool {
        let d = entry.definition
        if let event = query.lifeEvent, !d.lifeEvents.contains(event) { return false }
        if let category = query.category, d.category != category { return false }
        if let agency = query.agencyCode, entry.agency.code != agency { return false }
        if let audience = query.audience, !d.audiences.contains(audience) { return false }
        if let channel = query.channel, !d.channels.contains(channel) { return false }
        if let unit = query.unit, !d.serves(unit: unit) { return false }
        if query.onlineOnly, !d.stage.isElectronic { return false }
        return true
    }
}
