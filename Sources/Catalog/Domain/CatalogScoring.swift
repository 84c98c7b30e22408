import PortalCore

extension CatalogIndex {
    struct Scored {
        var hits: [Hit]
        var bestCoverage: Int
        /// A word no service has (nor its synonyms, nor a place of that name): worth a "did you mean".
        var unmatchedWord: Bool
    }

    /// How closely an indexed word's stem matches the query word's stem.
    enum Closeness {
        /// The same stem, or the indexed one a letter or two longer (vəsiqə / vəsiqəsi typed as a stem).
        case same
        /// The indexed stem continues the query's (typing "sexsiy" for "şəxsiyyət").
        case longer
        /// The indexed stem is only the start of the query's ("boş" inside "boşanmaq"): weak evidence.
        case shorter

        init(term: [UInt8], query: [UInt8]) {
            if term.count < query.count { self = .shorter } else { self = term.count - query.count <= 2 ? .same : .longer }
        }
    }

    /// Points for one query word found in one field of a service.
    static func points(_ posting: SearchTerms.Posting, language: Language, closeness: Closeness, synonym: Bool) -> Int {
        var points: Int
        switch posting.field {
        case .keyword: points = 11
        case .description: points = 3
        default: points = posting.field == .name(language) ? 12 : 10
        }
        if posting.leading { points += 3 }
        switch closeness {
        case .same: points += 2
        case .longer: break
        case .shorter: points -= 4
        }
        if synonym { points -= 4 }
        return max(points, 1)
    }

    /// Points for a query word that names the unit a service is scoped to ("quba" for Quba's services).
    static let placePoints = 9

    /// Each service that covers enough of the query's words (all of one or two words, half of more),
    /// with its coverage and points; every service passing the filters when there are no words.
    func score(_ words: [String], _ query: Query) -> Scored {
        guard !words.isEmpty else {
            return Scored(hits: entries.filter { passesFilters($0, query) }.map { Hit(entry: $0, score: 0, covered: 0) },
                          bestCoverage: 0, unmatchedWord: false)
        }
        let count = words.count
        // best[entry * count + word]: the most points the word earns in the service.
        var best = [Int](repeating: 0, count: entries.count * count)
        // Which kinds of field the word was found in (a bit per SearchTerms.Field).
        var fields = [UInt8](repeating: 0, count: entries.count * count)
        var candidates: [Int32] = []
        var seen = [Bool](repeating: false, count: entries.count)
        var unmatched = false
        for (index, word) in words.enumerated() {
            let stem = WordStemmer.stem(word)
            var any = false
            let alternatives = [(Array(stem.utf8), false)] + (language.synonyms[stem] ?? []).map { (Array($0.utf8), true) }
            for (alternative, synonym) in alternatives {
                for position in terms.matches(alternative) {
                    let closeness = Closeness(term: terms.terms[position], query: alternative)
                    for posting in terms.postings[position] {
                        let slot = Int(posting.entry) * count + index
                        let points = Self.points(posting, language: query.language, closeness: closeness, synonym: synonym)
                        if points > best[slot] { best[slot] = points }
                        fields[slot] |= 1 << posting.field.rawValue
                        if !seen[Int(posting.entry)] { seen[Int(posting.entry)] = true; candidates.append(posting.entry) }
                        any = true
                    }
                }
            }
            for unit in places[stem] ?? [] {
                for entry in scoped[unit] ?? [] {
                    let slot = Int(entry) * count + index
                    best[slot] = max(best[slot], Self.placePoints)
                    if !seen[Int(entry)] { seen[Int(entry)] = true; candidates.append(entry) }
                    any = true
                }
            }
            if !any { unmatched = true }
        }
        let needed = count <= 2 ? 1 : (count + 1) / 2
        let whole = SearchKey(words.joined(separator: " "))
        let phrase = count > 1 ? whole : nil
        let exactQuery = AzerbaijaniText.exactKey(query.text)
        let typedLetters = !exactQuery.isEmpty && exactQuery != AzerbaijaniText.lenientKey(query.text)
        var hits: [Hit] = []
        var bestCoverage = 0
        for position in candidates {
            let entry = entries[Int(position)]
            let row = best[Int(position) * count..<Int(position + 1) * count]
            let covered = row.count(where: { $0 > 0 })
            guard covered >= needed, passesFilters(entry, query) else { continue }
            var total = row.reduce(0, +)
            // A word found both in a name and in a keyword: the name and what people call it agree.
            let names = SearchTerms.Field.bits([.nameAz, .nameEn, .nameRu]), keywords = SearchTerms.Field.bits([.keyword])
            total += 2 * fields[Int(position) * count..<Int(position + 1) * count].count(where: { $0 & names != 0 && $0 & keywords != 0 })
            if let phrase, entry.names.contains(where: { $0.contains(phrase) }) { total += 15 }
            // The registry lists the query itself as what people call this service ("pasport" for the ID card).
            if entry.keywordSet.contains(whole) { total += 12 }
            // Typed with Azerbaijani letters and matching them exactly: a little more relevant.
            if typedLetters, entry.exactNames.contains(where: { $0.contains(exactQuery) }) { total += 2 }
            bestCoverage = max(bestCoverage, covered)
            hits.append(Hit(entry: entry, score: total, covered: covered))
        }
        return Scored(hits: hits, bestCoverage: bestCoverage, unmatchedWord: unmatched)
    }
}
