import Foundation
import PortalCore

/// The published catalog in memory, with precomputed search keys: searching, filtering and sorting
/// never touch the database. Rebuilt whole when something is published (a few ms for 1,000 services).
public struct CatalogIndex: Sendable {
    public struct Agency: Sendable, Hashable {
        public var code: String
        public var name: LocalizedText
        public init(code: String, name: LocalizedText) {
            self.code = code
            self.name = name
        }
    }

    public struct Entry: Sendable {
        public let definition: ServiceDefinition
        public let agency: Agency
        public let publishedAt: Date?
        public let version: Int
        let names: [Language: SearchKey]
        let exactNames: [Language: String]
        let keywords: [SearchKey]
        /// Whole keywords, to recognise a query that is exactly what people call the service.
        let keywordSet: Set<SearchKey>
        let descriptions: SearchKey
        /// Every searchable field in one key: a token absent here is absent everywhere (quick reject).
        let everything: SearchKey
        let sortKeys: [Language: [UInt32]]
    }

    public let entries: [Entry]
    let byCode: [String: Int]
    /// Lenient words of names and keywords, with how many services use them ("did you mean").
    let vocabulary: [String: Int]
    /// The newest publication (Last-Modified of the catalog).
    public let lastModified: Date?

    public init(services: [(ServiceDefinition, Agency, Date?, Int)]) {
        var entries: [Entry] = []
        var vocabulary: [String: Int] = [:]
        for (definition, agency, publishedAt, version) in services where definition.status == .active {
            var names: [Language: SearchKey] = [:], exact: [Language: String] = [:], sort: [Language: [UInt32]] = [:]
            for language in Language.allCases {
                let text = definition.name.text(language)
                names[language] = SearchKey(text)
                exact[language] = AzerbaijaniText.exactKey(text)
                sort[language] = AzerbaijaniCollation.sortKey(text)
            }
            let descriptionText = Language.allCases.map { definition.description.text($0) }.joined(separator: " | ")
            let entry = Entry(definition: definition, agency: agency, publishedAt: publishedAt, version: version, names: names,
                              exactNames: exact, keywords: definition.keywords.map { SearchKey($0) },
                              keywordSet: Set(definition.keywords.map { SearchKey($0) }),
                              descriptions: SearchKey(descriptionText),
                              everything: SearchKey(precomputed: (Language.allCases.map { String(decoding: names[$0]!.bytes, as: UTF8.self) }
                                  + definition.keywords.map(AzerbaijaniText.lenientKey) + [AzerbaijaniText.lenientKey(descriptionText)])
                                  .joined(separator: "\u{1}")),
                              sortKeys: sort)
            entries.append(entry)
            let words = Set((Language.allCases.map { definition.name.text($0) } + definition.keywords)
                .flatMap { AzerbaijaniText.lenientKey($0).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
                .map(String.init).filter { $0.count >= 3 })
            for word in words { vocabulary[word, default: 0] += 1 }
        }
        self.entries = entries
        self.byCode = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.definition.code, $0) })
        self.vocabulary = vocabulary
        self.lastModified = entries.compactMap(\.publishedAt).max()
    }

    public func entry(code: String) -> Entry? { byCode[code].map { entries[$0] } }

    // MARK: Search

    public enum Sort: String, Sendable { case relevance, name }

    public struct Query: Sendable {
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
    }

    public struct Result: Sendable {
        public var total: Int
        public var hits: [Hit]
        /// The query the results are for, when a near miss was corrected ("did you mean").
        public var correctedText: String?
        /// Lenient tokens to highlight.
        public var tokens: [SearchKey]

        /// What to mark in names: the tokens, and their stems (they match inflected words).
        public var highlights: [SearchKey] { tokens + tokens.compactMap(CatalogIndex.stem) }
    }

    public func search(_ query: Query) -> Result {
        var tokens = Self.tokens(query.text)
        var scored = score(tokens, query)
        var corrected: String?
        if scored.isEmpty, !tokens.isEmpty, let fixed = correction(for: query.text) {
            let fixedTokens = Self.tokens(fixed)
            let retry = score(fixedTokens, query)
            if !retry.isEmpty { (scored, tokens, corrected) = (retry, fixedTokens, fixed) }
        }
        let language = query.language
        let sorted: [Hit]
        if query.sort == .name || tokens.isEmpty {
            sorted = scored.sorted { Self.nameOrder($0.entry, $1.entry, language) }
        } else {
            sorted = scored.sorted { $0.score != $1.score ? $0.score > $1.score : Self.nameOrder($0.entry, $1.entry, language) }
        }
        let page = Array(sorted.dropFirst(query.offset).prefix(query.limit))
        return Result(total: sorted.count, hits: page, correctedText: corrected, tokens: tokens)
    }

    static func nameOrder(_ a: Entry, _ b: Entry, _ language: Language) -> Bool {
        let ka = a.sortKeys[language]!, kb = b.sortKeys[language]!
        return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.definition.code < b.definition.code
    }

    static func tokens(_ text: String) -> [SearchKey] {
        AzerbaijaniText.lenientKey(String(text.prefix(200))).split(separator: " ").map { SearchKey(precomputed: String($0)) }
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

    /// Long words also match by their stem (the word without its last two letters): Russian and
    /// Azerbaijani change endings ("удостоверение" / "удостоверения", "vəsiqə" / "vəsiqəsi").
    static func stem(_ token: SearchKey) -> SearchKey? {
        let text = String(decoding: token.bytes, as: UTF8.self)
        guard text.count >= 7 else { return nil }
        return SearchKey(precomputed: String(text.dropLast(2)))
    }

    /// Every token must match somewhere; names weigh more than keywords, keywords more than descriptions.
    func score(_ tokens: [SearchKey], _ query: Query) -> [Hit] {
        let exactQuery = AzerbaijaniText.exactKey(query.text)
        let phrase = tokens.count > 1 ? SearchKey(precomputed: tokens.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: " ")) : nil
        let whole = SearchKey(query.text)
        let stems = tokens.map(Self.stem)
        var hits: [Hit] = []
        for entry in entries where passesFilters(entry, query) {
            guard !tokens.isEmpty else { hits.append(Hit(entry: entry, score: 0)); continue }
            var total = 0
            var all = true
            for (token, stem) in zip(tokens, stems) {
                guard entry.everything.contains(stem ?? token) else { all = false; break }
                var best = 0
                for (language, key) in entry.names {
                    var penalty = 0
                    var found = key.firstMatch(of: token)
                    if found == nil, let stem { found = key.firstMatch(of: stem); penalty = 2 }
                    guard let offset = found else { continue }
                    var points = (language == query.language ? 12 : 10) - penalty
                    if key.matchesWordStart(penalty == 0 ? token : stem!) { points += 4 }
                    // What a service is comes first in its name ("Issuing of an ID card" vs "… driving licence card").
                    if offset < 16 { points += 3 }
                    best = max(best, points)
                }
                let inKeywords = entry.keywords.contains(where: { $0.contains(token) })
                if best == 0, inKeywords {
                    best = entry.keywords.contains(where: { $0.matchesWordStart(token) }) ? 11 : 9
                } else if inKeywords {
                    best += 2  // the name and a synonym agree
                }
                if best == 0, entry.descriptions.contains(token) { best = 3 }
                if best == 0 { all = false; break }
                total += best
            }
            guard all else { continue }
            if let phrase, entry.names.values.contains(where: { $0.contains(phrase) }) { total += 15 }
            // The registry lists the query itself as what people call this service ("pasport" for the ID card).
            if entry.keywordSet.contains(whole) { total += 12 }
            // Typed with Azerbaijani letters and matching them exactly: a little more relevant.
            if !exactQuery.isEmpty, exactQuery != AzerbaijaniText.lenientKey(query.text),
               entry.exactNames.values.contains(where: { $0.contains(exactQuery) }) { total += 2 }
            hits.append(Hit(entry: entry, score: total))
        }
        return hits
    }

    // MARK: Did you mean

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
